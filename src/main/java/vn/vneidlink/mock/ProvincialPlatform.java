package vn.vneidlink.mock;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The software a provincial system runs on (field {@code platform} of {@code mocks/data/portals.json}), as the mock
 * knows it: where its home page is, where "Đăng nhập" starts the login, where the SSO sends the browser back, where
 * the citizen's dossiers are and what the menu calls them, where logout is, and the folder of its page templates
 * ({@code mocks/__files/templates/province/<id>/}, which hold the markup: ids, classes, labels). Every path here is
 * on the system's own host, except for {@link #PORTALDVC}, whose logins run on an API host in front
 * ({@link #apiHost}).
 *
 * <p>Public evidence for each is in {@code shared/REAL-PORTALS.md} ("Provincial systems"); {@code docs/mock-portals.md}
 * ("Provincial platforms") lists the markup.
 */
enum ProvincialPlatform {

    /** Quảng Trị's system as in the seed's guide: everything at the root. */
    DVC_TINH("dvc-tinh", "/", "/dang-nhap", "/sso", "/ho-so-cua-toi", "Hồ sơ của tôi", "/dang-xuat"),
    /** The Vietnamese section of a portal ({@code /vi/…}), as TP.HCM's and Đà Nẵng's. */
    CONG_VI("cong-vi", "/vi/", "/vi/dang-nhap", "/vi/sso/callback", "/vi/dich-vu-cong-cua-toi", "Dịch vụ công của tôi",
            "/vi/dang-xuat"),
    /**
     * Thanh Hóa's portal ({@code /portaldvc/…}) with an API host {@code apidvc.<id>.gov.vn} that runs the logins and
     * hands the portal a one-time ticket. {@link #loginPath()} is the portal's own login path, which forwards to the
     * API host ({@link #loginStart}).
     */
    PORTALDVC("portaldvc", "/portaldvc/home", "/portaldvc/dang-nhap", null, "/portaldvc/dich-vu-cong-cua-toi",
            "Dịch vụ công của tôi", "/portaldvc/dang-xuat"),
    /** A Liferay portal ({@code /web/guest/…}, Liferay's own {@code /c/portal/login}), as Bắc Ninh's. */
    LIFERAY("liferay", "/web/guest/trang-chu", "/c/portal/login", "/web/guest/vneidsso", "/web/guest/ho-so-cua-toi",
            "Hồ sơ của tôi", "/c/portal/logout");

    /** {@link #PORTALDVC}, API host: the login straight to the VNeID SSO starts here ... */
    static final String API_VNEID_AUTHORIZE = "/vneidsso/authorize";
    /** ... and the VNeID SSO sends the browser back here. */
    static final String API_VNEID_CALLBACK = "/vneidsso/callback";
    /** {@link #PORTALDVC}, API host: the login through the national SSO starts here ... */
    static final String API_SSO_AUTHORIZE = "/sso/authorize";
    /** ... and the national SSO sends the browser back here. */
    static final String API_SSO_CALLBACK = "/sso/callback";
    /** {@link #PORTALDVC}, portal host: where the API host sends the browser with its one-time ticket. */
    static final String TICKET_PATH = "/portaldvc/dang-nhap-thanh-cong";

    private final String id;
    private final String home;
    private final String loginPath;
    private final String callbackPath;
    private final String dossiersPath;
    private final String dossiersLabel;
    private final String logoutPath;

    ProvincialPlatform(String id, String home, String loginPath, String callbackPath, String dossiersPath,
            String dossiersLabel, String logoutPath) {
        this.id = id;
        this.home = home;
        this.loginPath = loginPath;
        this.callbackPath = callbackPath;
        this.dossiersPath = dossiersPath;
        this.dossiersLabel = dossiersLabel;
        this.logoutPath = logoutPath;
    }

    /** The value in portals.json, e.g. {@code cong-vi}. */
    String id() {
        return id;
    }

    /** The home page's path; {@code /} redirects there when it is not {@code /} itself. */
    String home() {
        return home;
    }

    /**
     * The login path on the system's host: GET starts the login (the local form under the readiness defect
     * {@code bypasses-national-sso}); for {@link #PORTALDVC} GET forwards to the API host.
     */
    String loginPath() {
        return loginPath;
    }

    /** The path of the dossier list ("Hồ sơ của tôi" / "Dịch vụ công của tôi"). */
    String dossiersPath() {
        return dossiersPath;
    }

    /** The label of the dossier list, in the user menu, the main nav and the page heading. */
    String dossiersLabel() {
        return dossiersLabel;
    }

    /** The logout path: ends the session, then 302 to {@link #home()}. */
    String logoutPath() {
        return logoutPath;
    }

    /** The folder of this platform's page templates, e.g. {@code province/cong-vi}. */
    String templates() {
        return "province/" + id;
    }

    /** Whether the logins run on an API host of their own ({@link #PORTALDVC}). */
    boolean hasApiHost() {
        return this == PORTALDVC;
    }

    /** {@code apidvc.<id>.gov.vn} for {@link #PORTALDVC}; empty for the others. */
    Optional<String> apiHost(ProvinceConfig province) {
        return hasApiHost() ? Optional.of("apidvc." + province.id() + ".gov.vn") : Optional.empty();
    }

    /** Where a login of this kind starts: host and path whose GET stores a fresh state and goes to the SSO. */
    HostPath loginStart(ProvinceConfig province, boolean vneidDirect) {
        return apiHost(province)
                .map(api -> new HostPath(api, vneidDirect ? API_VNEID_AUTHORIZE : API_SSO_AUTHORIZE))
                .orElseGet(() -> new HostPath(province.host(), loginPath));
    }

    /** Where the SSO sends the browser back after a login of this kind (the redirect URI registered for the client). */
    HostPath callback(ProvinceConfig province, boolean vneidDirect) {
        return apiHost(province)
                .map(api -> new HostPath(api, vneidDirect ? API_VNEID_CALLBACK : API_SSO_CALLBACK))
                .orElseGet(() -> new HostPath(province.host(), callbackPath));
    }

    /** The platform of a portals.json value. */
    static Optional<ProvincialPlatform> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    /** The known values, for messages: {@code "dvc-tinh", "cong-vi", …}. */
    static String known() {
        return Arrays.stream(values()).map(p -> "\"" + p.id + "\"").collect(Collectors.joining(", "));
    }
}
