package vn.vneidlink.config;

/** The host names of the national portal, its SSO and the VNeID SSO in the target in use. */
public record Hosts(String national, String nationalSso, String vneidSso) {

    /** The real portals' names (also the names the mock portals answer to). */
    public static final Hosts REAL = new Hosts("dichvucong.gov.vn", "xacthuc.dichvucong.gov.vn", "sso.dancuquocgia.gov.vn");
}
