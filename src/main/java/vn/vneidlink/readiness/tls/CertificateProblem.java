package vn.vneidlink.readiness.tls;

/** Why a {@link CertificateProbe} found a host's HTTPS certificate not valid (or got none). */
public enum CertificateProblem {

    /** The leaf (or another certificate of the chain) is past its notAfter date. */
    EXPIRED("Chứng chỉ đã hết hạn", "certificate expired"),
    /** The leaf (or another certificate of the chain) is before its notBefore date. */
    NOT_YET_VALID("Chứng chỉ chưa có hiệu lực", "certificate not yet valid"),
    /** The chain does not lead to a CA of the trust store. */
    UNTRUSTED_ISSUER("Chứng chỉ do tổ chức không được tin cậy cấp", "untrusted issuer"),
    /** The chain was refused for another reason (bad signature, disallowed algorithm, wrong key usage...). */
    INVALID_CHAIN("Chuỗi chứng chỉ không hợp lệ", "invalid certificate chain"),
    /** The certificate is trusted but does not name the host (SAN). */
    HOST_NAME_MISMATCH("Chứng chỉ không cấp cho tên miền này", "host name mismatch"),
    /** A TCP connection was made but no TLS session came of it (no certificate received). */
    NO_TLS("Máy chủ không thiết lập được kết nối HTTPS (TLS)", "no TLS"),
    /** No TCP connection (refused, unreachable, unknown host). */
    CONNECTION_FAILED("Không kết nối được tới máy chủ", "connection failed"),
    /** No connection or no TLS handshake within the time allowed. */
    TIMEOUT("Máy chủ không phản hồi trong thời gian chờ", "timeout");

    private final String vietnamese;
    private final String english;

    CertificateProblem(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** Short Vietnamese text, e.g. "Chứng chỉ đã hết hạn". */
    public String vietnamese() {
        return vietnamese;
    }

    /** Short English text, e.g. "certificate expired". */
    public String english() {
        return english;
    }

    /** "Vietnamese / English", e.g. "Chứng chỉ đã hết hạn / certificate expired". */
    public String text() {
        return vietnamese + " / " + english;
    }
}
