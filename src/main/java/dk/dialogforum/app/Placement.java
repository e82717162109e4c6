package dk.dialogforum.app;

import javafx.geometry.Rectangle2D;

/**
 * The window's size on a screen's usable part (without its task bar). A 1366x768 laptop has no room for
 * the usual 1280x800: there the window takes the screen, so its top bar and status line are on it, not
 * under the task bar or off the bottom.
 */
public record Placement(double width, double height, double minWidth, double minHeight, boolean maximized) {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    /** About what a window system's title bar and frame take from the screen's height. */
    public static final double TITLE_BAR = 40;

    public static Placement on(Rectangle2D room) {
        boolean small = room.getWidth() < WIDTH || room.getHeight() < HEIGHT + TITLE_BAR;
        return new Placement(
                Math.min(WIDTH, room.getWidth()),
                Math.min(HEIGHT, room.getHeight() - TITLE_BAR),
                Math.min(900, room.getWidth()),
                Math.min(600, room.getHeight() - TITLE_BAR),
                small);
    }
}
