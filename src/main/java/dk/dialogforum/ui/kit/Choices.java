package dk.dialogforum.ui.kit;

import dk.dialogforum.workshop.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** The drop-down choices the console and the table laptop share. */
public final class Choices {
    private Choices() {}

    /** A choice of {@code values}, each shown by {@code name}; the first is chosen. */
    public static <T> ChoiceBox<T> of(Iterable<T> values, Function<T, String> name, String id) {
        ChoiceBox<T> box = new ChoiceBox<>();
        values.forEach(box.getItems()::add);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        if (!box.getItems().isEmpty()) {
            box.setValue(box.getItems().get(0));
        }
        box.setId(id);
        return box;
    }

    /** An answer on the agreement scale (1..n, and 0 for "don't know" where allowed), unanswered at first. */
    public static ChoiceBox<Integer> scaleAnswer(Workshop.Scale scale, String id) {
        List<Integer> values = new ArrayList<>();
        for (int v = 1; v <= scale.size(); v++) {
            values.add(v);
        }
        if (scale.allowsDontKnow()) {
            values.add(0);
        }
        ChoiceBox<Integer> box =
                of(values, v -> v == 0 ? scale.dontKnow() : scale.steps().get(v - 1), id);
        box.setValue(null);
        return box;
    }
}
