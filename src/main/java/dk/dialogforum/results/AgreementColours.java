package dk.dialogforum.results;

/**
 * The colours of an agreement scale, strongest disagreement to strongest agreement (ColorBrewer RdBu, safe for
 * colour-blind readers), as 0xRRGGBB: one palette for the projector, the PDF, the Word file and the workbook.
 */
public final class AgreementColours {
    private static final int[] DIVERGING = {0xCA0020, 0xF4A582, 0xD9D9D9, 0x92C5DE, 0x0571B0};

    private AgreementColours() {}

    /** The colour of answer {@code value} (1 = first step) on a scale of {@code steps}, as 0xRRGGBB. */
    public static int rgb(int value, int steps) {
        double t = steps == 1 ? 1 : (value - 1) / (double) (steps - 1);
        double pos = t * (DIVERGING.length - 1);
        int i = Math.min(DIVERGING.length - 2, (int) Math.floor(pos));
        double f = pos - i;
        int a = DIVERGING[i];
        int b = DIVERGING[i + 1];
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int from = (a >> shift) & 0xFF;
            int to = (b >> shift) & 0xFF;
            rgb |= (int) Math.round(from + (to - from) * f) << shift;
        }
        return rgb;
    }
}
