package vn.vneidlink.readiness;

/** The columns of the readiness table: what is checked of each portal, without any account. */
public enum Check {
    HTTPS("HTTPS và chứng chỉ"),
    HOME("Trang chủ (thời gian)"),
    LOGIN("Đăng nhập qua SSO"),
    VNEID("Lựa chọn VNeID"),
    PHASE("Giai đoạn chuyển đổi");

    private final String label;

    Check(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
