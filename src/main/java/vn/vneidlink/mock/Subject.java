package vn.vneidlink.mock;

/**
 * Who a session or an authorization code stands for: an account of the national identity system plus
 * the way the citizen signed in.
 *
 * @param kind   which kind of account
 * @param key    the VNconnect user name, or the CCCD of a separate VNeID account
 * @param method how the citizen signed in
 */
record Subject(Kind kind, String key, LoginMethod method) {

    enum Kind { VNCONNECT_ACCOUNT, VNEID_ACCOUNT }

    static Subject vnconnect(String username, LoginMethod method) {
        return new Subject(Kind.VNCONNECT_ACCOUNT, username, method);
    }

    static Subject separateVneid(String cccd) {
        return new Subject(Kind.VNEID_ACCOUNT, cccd, LoginMethod.VNEID);
    }

    /** The OIDC {@code sub}: {@code vnconnect:<username>} or {@code vneid:<cccd>}. */
    String sub() {
        return (kind == Kind.VNCONNECT_ACCOUNT ? "vnconnect:" : "vneid:") + key;
    }
}
