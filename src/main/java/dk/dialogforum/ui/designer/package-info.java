/**
 * Room for the workshop designer: where a facilitator will prepare a meeting without writing JSON. Nothing is
 * here yet; like every room, it will use {@code ui.kit} and no other room.
 */
package dk.dialogforum.ui.designer;
