package vn.vneidlink.portals.vneid;

/**
 * The VNeID single sign-on of the National Population Data Centre: its paths in one place. The login is one page
 * (a single-page app); everything after the page load happens on it, by XHR.
 */
public final class VneidSso {

    /** The login page, the one page of the SSO. */
    public static final String LOGIN_PATH = "/auth";

    private VneidSso() {}
}
