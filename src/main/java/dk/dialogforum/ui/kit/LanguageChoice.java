package dk.dialogforum.ui.kit;

import dk.dialogforum.text.Texts;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The language switch: Dansk or English, each named in its own language; switching redraws the screens. */
public final class LanguageChoice {
    private LanguageChoice() {}

    public static ChoiceBox<Locale> create(I18n i18n) {
        ChoiceBox<Locale> language = new ChoiceBox<>();
        language.getItems().addAll(Texts.DANISH, Texts.ENGLISH);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : i18n.t("language." + l.getLanguage());
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.setValue(i18n.locale());
        language.setId("language");
        language.valueProperty()
                .addListener((o, was, now) -> i18n.localeProperty().set(now));
        return language;
    }

    /**
     * The same switch as two joined buttons, both languages in view: for the start screen, where it is
     * the first thing a facilitator may need, and where it costs less to show than a drop-down.
     */
    public static HBox buttons(I18n i18n) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.setId("language");
        box.setAlignment(Pos.CENTER_LEFT);
        List<Locale> locales = List.of(Texts.DANISH, Texts.ENGLISH);
        for (int i = 0; i < locales.size(); i++) {
            Locale l = locales.get(i);
            ToggleButton b = new ToggleButton(i18n.t("language." + l.getLanguage()));
            b.setId("language-" + l.getLanguage());
            b.setUserData(l);
            b.setToggleGroup(group);
            b.setSelected(l.equals(i18n.locale()));
            b.getStyleClass()
                    .add(i == 0 ? atlantafx.base.theme.Styles.LEFT_PILL : atlantafx.base.theme.Styles.RIGHT_PILL);
            b.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A click on the chosen language keeps it chosen.
                group.selectToggle(was);
            } else {
                i18n.localeProperty().set((Locale) now.getUserData());
            }
        });
        return box;
    }
}
