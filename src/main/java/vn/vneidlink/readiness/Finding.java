package vn.vneidlink.readiness;

/**
 * One cell of the readiness table: a portal, a check, its verdict and what was seen.
 *
 * @param millis how long the check took, or -1
 */
public record Finding(String portal, String host, Check check, Verdict verdict, String detail, long millis) {

    /** What a reader acts on: each verdict calls for a different person to do something. */
    public enum Verdict {
        /** Works as a citizen needs. */
        PASS("✅", "đạt"),
        /** Answers, but wrongly: a defect of the portal (a wrong certificate, no VNeID option, its own password form...). */
        FAIL("❌", "không đạt"),
        /** Works, but slower than the limit (vneidlink.readiness.slow-ms). */
        SLOW("🐢", "chậm"),
        /** A web-application firewall answered "Request Rejected" instead of the portal: not a portal defect. */
        BLOCKED("🛡️", "bị tường lửa chặn"),
        /** No answer: the name does not resolve, the connection is refused, or nothing comes back in time. */
        UNREACHABLE("⛔", "không truy cập được"),
        /** A fact to report (the era a portal is in), neither good nor bad. */
        INFO("ℹ️", "ghi nhận");

        private final String mark;
        private final String label;

        Verdict(String mark, String label) {
            this.mark = mark;
            this.label = label;
        }

        public String mark() {
            return mark;
        }

        public String label() {
            return label;
        }

        /** Whether a portal with this finding is fit for citizens on this check. */
        public boolean acceptable() {
            return this == PASS || this == INFO;
        }
    }

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
