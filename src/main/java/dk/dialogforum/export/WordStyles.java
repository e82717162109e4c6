package dk.dialogforum.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The Word referat's paragraph styles: its title and headings are Word's own "Title", "heading 1" and
 * "heading 2" with outline levels, so the navigation pane lists them, a table of contents finds them, and a
 * secretariat's template restyles them.
 */
final class WordStyles {
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";

    private WordStyles() {}

    static void add(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style(TITLE, "Title", -1, 52, 0, 120));
        styles.addStyle(style(HEADING_1, "heading 1", 0, 36, 360, 120));
        styles.addStyle(style(HEADING_2, "heading 2", 1, 26, 240, 80));
    }

    /**
     * A paragraph style in bold Noto Sans blue; {@code level} is its outline level (-1: none), {@code halfPoints}
     * its size, {@code before} and {@code after} its spacing in twentieths of a point.
     */
    private static XWPFStyle style(String id, String name, int level, int halfPoints, int before, int after) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewNext().setVal("Normal");
        ct.addNewUiPriority().setVal(BigInteger.valueOf(level < 0 ? 10 : 9));
        ct.addNewQFormat();
        CTPPrGeneral p = ct.addNewPPr();
        p.addNewKeepNext();
        p.addNewSpacing().setBefore(BigInteger.valueOf(before));
        p.getSpacing().setAfter(BigInteger.valueOf(after));
        if (level >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        }
        CTRPr r = ct.addNewRPr();
        r.addNewB();
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewColor().setVal(level == 0 ? "0B5394" : "1F2328");
        return new XWPFStyle(ct);
    }
}
