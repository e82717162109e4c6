package dk.dialogforum.ui.designer;

import dk.dialogforum.text.Texts;
import dk.dialogforum.ui.kit.I18n;
import dk.dialogforum.workshop.Problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Places in a workshop in the designer's words rather than the file's paths. */
final class Where {
    private static final Pattern STEP = Pattern.compile("\\.(\\w+)(?:\\[(\\d+)])?");
    private static final Pattern PATH = Pattern.compile("\\$[.\\w\\[\\]]+");

    private Where() {}

    /**
     * Where {@code path} is, in words: "Rangordning › punkt 3 › titel" for {@code $.ranking.items[2].title}; what
     * has no words of its own is left out.
     */
    static String of(I18n i18n, String path) {
        StringBuilder b = new StringBuilder(i18n.t(Part.of(path).key()));
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            if (m.group(2) != null && Texts.has(i18n.locale(), "designer.where." + name)) {
                b.append(" › ").append(i18n.t("designer.where." + name, Integer.parseInt(m.group(2)) + 1));
            } else if (m.group(2) == null
                    && m.end() == path.length()
                    && Texts.has(i18n.locale(), "designer.where.field." + name)) {
                b.append(" › ").append(i18n.t("designer.where.field." + name));
            }
        }
        return b.toString();
    }

    /** What is wrong, as the file reader says it, with the places it names (an earlier use of an id) in words. */
    static String what(I18n i18n, Problem p) {
        Matcher m = PATH.matcher(p.what(i18n.locale()));
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(of(i18n, m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Where a mistake is and what is wrong: "Rangordning › punkt 1 › titel: er tom". */
    static String said(I18n i18n, Problem p) {
        return of(i18n, p.path()) + ": " + what(i18n, p);
    }
}
