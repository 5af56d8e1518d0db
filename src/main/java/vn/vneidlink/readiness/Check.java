package vn.vneidlink.readiness;

/** The columns of the readiness table: what is checked of each portal, without any account. */
public enum Check {
    /** The headline of a portal: ready, or the first thing that stops a citizen (unreachable, firewall, broken, slow). */
    SUMMARY("Kết luận"),
    HTTPS("HTTPS và chứng chỉ"),
    HOME("Trang chủ (thời gian)"),
    LOGIN("Đăng nhập qua SSO"),
    VNEID("Lựa chọn VNeID"),
    /** Which era of the real portals the portal shows (guide, after the cutover, today), read from where its login leads. */
    ERA("Thời kỳ");

    private final String label;

    Check(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
