package vn.vneidlink.mock;

/** How a citizen signed in at the national SSO. */
public enum LoginMethod {
    /** User name, password and SMS OTP of the old portal account. */
    VNCONNECT,
    /** The electronic identification account, through the VNeID SSO. */
    VNEID
}
