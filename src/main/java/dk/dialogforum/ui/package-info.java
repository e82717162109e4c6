/**
 * The facilitator's program, in rooms by feature: {@code start} (the start screen), {@code console} (the
 * facilitator's console), {@code projector} (the slides the room sees), {@code table} (the table laptop), and
 * {@code designer} (the workshop designer, to come), with what they share in {@code kit}. A room uses the kit
 * and no other room, but for the console, which shows the projector's preview; docs/architecture.md has the map.
 */
package dk.dialogforum.ui;
