package vn.vneidlink.readiness;

/**
 * One cell of the readiness table: a portal, a check, its verdict and what was seen.
 *
 * @param verdict PASS, FAIL or INFO (a fact to report, such as the cutover phase)
 * @param millis  how long the check took, or -1
 */
public record Finding(String portal, String host, Check check, Verdict verdict, String detail, long millis) {

    public enum Verdict { PASS, FAIL, INFO }

    /** One line of a rows file: tab separated, no tabs or line breaks inside fields. */
    public String toRow() {
        return String.join("\t", clean(portal), clean(host), check.name(), verdict.name(), clean(detail), Long.toString(millis));
    }

    public static Finding fromRow(String row) {
        String[] f = row.split("\t", -1);
        return new Finding(f[0], f[1], Check.valueOf(f[2]), Verdict.valueOf(f[3]), f[4], Long.parseLong(f[5]));
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
