package dk.dialogforum.ui.kit;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * Where a worksheet item is written, by a table or on its behalf: a wrapping area, and under it how long
 * the text is against the workshop's limit, counted as the meeting counts it (in characters, so an emoji
 * is one). Past the limit the count says so, and {@link #tooLong()} turns the action it feeds off, so a
 * text the meeting would refuse is never sent.
 */
public final class ItemText {
    private final TextArea area;
    private final Label length = new Label();
    private final VBox node;
    private final IntegerBinding characters;
    private final BooleanBinding tooLong;

    public ItemText(I18n i18n, int limit, String text, String id) {
        area = TextDirection.follow(new TextArea(text));
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        characters = Bindings.createIntegerBinding(
                () -> area.getText().codePointCount(0, area.getText().length()), area.textProperty());
        tooLong = characters.greaterThan(limit);
        length.setId(id + "Length");
        length.setWrapText(true);
        length.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> tooLong.get()
                                ? i18n.t("item.length.over", characters.get(), limit, characters.get() - limit)
                                : i18n.t("item.length", characters.get(), limit),
                        characters,
                        i18n.localeProperty()));
        length.getStyleClass().add("muted");
        tooLong.addListener((o, was, now) -> {
            length.getStyleClass().setAll("label", now ? "feedback-error" : "muted");
        });
        node = new VBox(4, area, length);
    }

    public VBox node() {
        return node;
    }

    public TextArea area() {
        return area;
    }

    public String text() {
        return area.getText();
    }

    public void clear() {
        area.clear();
    }

    /** True while the text is longer than the meeting accepts. */
    public BooleanBinding tooLong() {
        return tooLong;
    }
}
