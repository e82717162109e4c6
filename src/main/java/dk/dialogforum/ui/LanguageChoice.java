package dk.dialogforum.ui;

import dk.dialogforum.text.Texts;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

import java.util.Locale;

/** The language switch: Dansk or English, each named in its own language; switching redraws the screens. */
final class LanguageChoice {
    private LanguageChoice() {
    }

    static ChoiceBox<Locale> create(I18n i18n) {
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
        language.valueProperty().addListener((o, was, now) -> i18n.localeProperty().set(now));
        return language;
    }
}
