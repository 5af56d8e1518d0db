package vn.vneidlink.mock;

/**
 * Who a session or an authorization code stands for: an account of the national identity system plus
 * the way the citizen signed in.
 *
 * @param kind       which kind of account
 * @param key        the VNconnect user name, or the CCCD of a separate VNeID account (at the VNeID SSO: the CCCD)
 * @param method     how the citizen signed in
 * @param vneidLevel the level (1 or 2) of the VNeID account used to sign in; 0 for a VNconnect login
 */
record Subject(Kind kind, String key, LoginMethod method, int vneidLevel) {

    enum Kind { VNCONNECT_ACCOUNT, VNEID_ACCOUNT }

    /** A VNconnect account signed in with its own password and OTP. */
    static Subject vnconnect(String username) {
        return new Subject(Kind.VNCONNECT_ACCOUNT, username, LoginMethod.VNCONNECT, 0);
    }

    /** A VNconnect account linked to the VNeID account (of that level) that signed in. */
    static Subject linkedVneid(String username, int vneidLevel) {
        return new Subject(Kind.VNCONNECT_ACCOUNT, username, LoginMethod.VNEID, vneidLevel);
    }

    /** The separate VNeID account of this CCCD (also: who signed in at the VNeID SSO). */
    static Subject separateVneid(String cccd, int vneidLevel) {
        return new Subject(Kind.VNEID_ACCOUNT, cccd, LoginMethod.VNEID, vneidLevel);
    }

    /** The OIDC {@code sub}: {@code vnconnect:<username>} or {@code vneid:<cccd>}. */
    String sub() {
        return (kind == Kind.VNCONNECT_ACCOUNT ? "vnconnect:" : "vneid:") + key;
    }
}
