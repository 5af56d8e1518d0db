package vn.vneidlink.mock;

import vn.vneidlink.data.Era;
import java.util.List;

/** The fixed host names of the national systems (provincial hosts come from {@code mocks/data/portals.json}). */
public final class PortalHosts {

    /** National Public Service Portal (Cổng DVCQG). */
    public static final String NATIONAL = "dichvucong.gov.vn";
    /** Its single sign-on (OAuth2 / OIDC authorization code). */
    public static final String NATIONAL_SSO = "xacthuc.dichvucong.gov.vn";
    /** VNeID single sign-on of the National Population Data Centre (Bộ Công an). */
    public static final String VNEID_SSO = "sso.dancuquocgia.gov.vn";

    /** Where today's national portal keeps copies of the old {@code /p/home/} pages (era {@link Era#TODAY} only). */
    public static final String VPCP = "vpcp.dichvucong.gov.vn";

    /**
     * Stands for every provincial system of {@code mocks/data/portals.json} (e.g. {@code dichvucong.quangtri.gov.vn})
     * where one host is named for all of them, as in {@link PortalDefect#host()}. Not a host name.
     */
    public static final String PROVINCIAL = "dichvucong.<tỉnh>.gov.vn";

    /** The national hosts, in the order {@link MockPortals#hosts()} lists them. */
    public static final List<String> NATIONAL_HOSTS = List.of(NATIONAL, NATIONAL_SSO, VNEID_SSO);

    private PortalHosts() {}
}
