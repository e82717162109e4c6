package dk.dialogforum.ui.kit;

import atlantafx.base.theme.Styles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One choice among a few, each a button in a row: one click or tap chooses, and the keyboard does it too
 * (← → move the choice, a digit chooses that button, Space or Enter the one with the focus). The buttons
 * share the row's width and wrap long names, so the row fits a narrow window.
 */
public final class Segmented<T> extends HBox {
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final List<T> values;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();

    /**
     * {@code values} shown by {@code name}; the buttons' ids are {@code id-0}, {@code id-1} …; nothing is
     * chosen at first, and {@code mayUnchoose}: clicking the chosen button again leaves nothing chosen.
     */
    public Segmented(List<T> values, Function<T, String> name, String id, boolean mayUnchoose) {
        this.values = List.copyOf(values);
        setId(id);
        getStyleClass().add("segmented");
        for (int i = 0; i < values.size(); i++) {
            ToggleButton b = new ToggleButton(name.apply(values.get(i)));
            b.setId(id + "-" + i);
            b.setToggleGroup(group);
            b.setUserData(values.get(i));
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMaxHeight(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            if (values.size() > 1) {
                b.getStyleClass()
                        .add(
                                i == 0
                                        ? Styles.LEFT_PILL
                                        : i == values.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            }
            buttons.add(b);
        }
        getChildren().setAll(buttons);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && !mayUnchoose && was != null) {
                group.selectToggle(was);
                return;
            }
            @SuppressWarnings("unchecked")
            T chosen = now == null ? null : (T) now.getUserData();
            value.set(chosen);
        });
        value.addListener((o, was, now) -> {
            int at = indexOf(now);
            group.selectToggle(at < 0 ? null : buttons.get(at));
            traversable();
        });
        traversable();
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /**
     * Tab comes to the row once, at its chosen button (or its first): a form of many rows is crossed one
     * row a key, and ← → choose within the row.
     */
    private void traversable() {
        int at = indexOf(value.get());
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setFocusTraversable(i == Math.max(0, at));
        }
    }

    private int indexOf(T v) {
        return v == null ? -1 : values.indexOf(v);
    }

    private void key(KeyEvent e) {
        int at = buttons.indexOf(group.getSelectedToggle());
        int focused = -1;
        for (int i = 0; i < buttons.size(); i++) {
            if (buttons.get(i).isFocused()) {
                focused = i;
            }
        }
        int from = focused >= 0 ? focused : at;
        int to = -1;
        if (e.getCode() == KeyCode.RIGHT) {
            to = Math.min(buttons.size() - 1, from + 1);
        } else if (e.getCode() == KeyCode.LEFT) {
            to = Math.max(0, from < 0 ? 0 : from - 1);
        } else if (e.getCode().isDigitKey()) {
            // "4" and "Numpad 4" alike.
            String key = e.getCode().getName();
            int digit = Character.digit(key.charAt(key.length() - 1), 10);
            to = digit >= 1 && digit <= buttons.size() ? digit - 1 : -1;
        }
        if (to >= 0) {
            value.set(values.get(to));
            buttons.get(to).requestFocus();
            e.consume();
        }
    }

    /** The chosen value; null while none is chosen. */
    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T getValue() {
        return value.get();
    }

    /** The button of the {@code i}th value. */
    public ToggleButton button(int i) {
        return buttons.get(i);
    }
}
