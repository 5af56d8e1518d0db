package vn.vneidlink.portals.vneid;

import vn.vneidlink.target.PortalTarget;

/** The VNeID single sign-on of the National Population Data Centre: host and paths in one place. */
public final class VneidSso {

    public static final String LOGIN_PATH = "/auth";
    public static final String METHOD_PATH = "/auth/xac-thuc";
    public static final String OTP_PATH = "/auth/otp";
    public static final String APP_PATH = "/auth/app";
    public static final String APP_COMPLETE_PATH = "/auth/app/complete";

    private VneidSso() {}
}
