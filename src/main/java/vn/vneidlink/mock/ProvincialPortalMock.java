package vn.vneidlink.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.vneidlink.mock.PortalState.PortalSession;

/**
 * The mock of one provincial system of {@code portals.json} (e.g. {@code dichvucong.quangtri.gov.vn}), on its own
 * host with its own route table, laid out as its platform ({@link ProvincialPlatform}) lays it out: home, login path,
 * callback, dossier list and logout at the platform's paths, pages from the platform's templates. Signs in through
 * the national SSO with the province's client id, or (login {@code vneid-direct}) straight at the VNeID SSO with its
 * own client id there, the VNeID identity then resolved by the national SSO's linking rule. On platform
 * {@code portaldvc} the logins run on an API host of their own ({@code apidvc.<id>.gov.vn}, its own route table),
 * which serves both kinds and hands the portal a one-time ticket.
 *
 * <p>{@link #routes()} and {@link #apiRoutes()} list every URL it answers; a seeded defect replaces a route, the rule
 * {@link #loginHref}, {@link #dossierRows} or the session rule of its {@link RelyingParty}s ({@link ProvincialPortalDefects}).
 */
final class ProvincialPortalMock {

    /** The refusal of a missing, unknown, used or expired ticket ({@code portaldvc}). */
    static final String TICKET_REFUSED = "Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.";

    // ------------------------------------------------------------------ rules a seeded defect may replace

    /**
     * Where "Đăng nhập" leads, and where a page that needs a session sends a visitor: the platform's login start
     * (a path on this host, or an absolute URL on the API host).
     */
    String loginHref;
    /** The rows of the platform's dossier list: the dossiers of the account the session stands for. */
    Function<Subject, List<Map<String, Object>>> dossierRows;
    /** Whether "Đăng nhập" stands in the footer instead of the header ({@code dvc-tinh}; the header's place by default). */
    boolean loginInFooter = false;
    /** The session the home page shows in its header: the browser's live session on this host. */
    Function<Exchange, Optional<PortalSession>> visitorSession;

    private final MockContext ctx;
    private final NationalSsoMock sso;
    private final PortalState state;
    private final ProvinceConfig province;
    private final ProvincialPlatform platform;
    /** The login of the province's kind: what "Đăng nhập" starts. */
    private final RelyingParty rp;
    /** Every login it offers: {@link #rp}, and on an API host serving both kinds, the other one. */
    private final List<RelyingParty> logins = new ArrayList<>();
    private final RouteTable routes;
    private final RouteTable apiRoutes;

    ProvincialPortalMock(MockContext ctx, ProvinceConfig province, NationalSsoMock sso, VneidSsoMock vneid) {
        this.ctx = ctx;
        this.state = ctx.state;
        this.province = province;
        this.platform = province.platformKind();
        this.dossierRows = subject -> Holders.dossiers(state, subject);
        this.sso = sso;
        RelyingParty viaVneid = province.clientAtVneidSso()
                ? relyingParty(vneid, true, subject -> sso.linking.apply(subject)) : null;
        RelyingParty viaSso = province.clientAtNationalSso() ? relyingParty(sso, false, subject -> subject) : null;
        this.rp = province.vneidDirect() ? viaVneid : viaSso;
        logins.add(rp);
        for (RelyingParty other : new RelyingParty[] {viaVneid, viaSso}) {
            if (other != null && other != rp) {
                logins.add(other);
            }
        }
        HostPath loginStart = platform.loginStart(province, province.vneidDirect());
        this.loginHref = loginStart.host().equals(province.host()) ? loginStart.path() : loginStart.url(ctx);
        this.visitorSession = rp::session;

        String home = platform.home();
        String login = platform.loginPath();
        this.routes = new RouteTable(province.host());
        if (!home.equals("/")) {
            routes.get("/", ex -> Reply.redirect(url(home)));
        }
        routes.get(home, this::home)
                .get(login, platform.hasApiHost() ? ex -> Reply.redirect(loginStart.url(ctx)) : ex -> rp.startLogin())
                .post(login, ex -> error(405,
                        "Phương thức không được hỗ trợ (POST " + login + ": this system signs in through SSO)."))
                .get(platform.dossiersPath(), this::dossiers)
                .get(platform.logoutPath(), this::logout);
        if (platform.hasApiHost()) {
            routes.get(ProvincialPlatform.TICKET_PATH, this::ticketLanding);
            this.apiRoutes = new RouteTable(province.apiHost().orElseThrow())
                    .get(ProvincialPlatform.API_VNEID_AUTHORIZE, ex -> viaVneid.startLogin())
                    .get(ProvincialPlatform.API_VNEID_CALLBACK, ex -> apiCallback(viaVneid, ex))
                    .get(ProvincialPlatform.API_SSO_AUTHORIZE, ex -> viaSso.startLogin())
                    .get(ProvincialPlatform.API_SSO_CALLBACK, ex -> apiCallback(viaSso, ex));
        } else {
            routes.get(platform.callback(province, province.vneidDirect()).path(), this::callback);
            this.apiRoutes = null;
        }
    }

    private RelyingParty relyingParty(AuthorizationServer server, boolean vneidDirect, UnaryOperator<Subject> subjectOfSession) {
        return new RelyingParty(ctx, server, province.host(), platform.callback(province, vneidDirect), province.clientId(),
                province.sessionCookie(), province.oauthCookie(), this::error, subjectOfSession);
    }

    /** The routes of its own host. */
    RouteTable routes() {
        return routes;
    }

    /** The routes of its API host ({@code portaldvc}), if it has one. */
    Optional<RouteTable> apiRoutes() {
        return Optional.ofNullable(apiRoutes);
    }

    /** Every route table, its own host's first. */
    List<RouteTable> routeTables() {
        return apiRoutes == null ? List.of(routes) : List.of(routes, apiRoutes);
    }

    ProvinceConfig province() {
        return province;
    }

    ProvincialPlatform platform() {
        return platform;
    }

    /** The login "Đăng nhập" starts. */
    RelyingParty relyingParty() {
        return rp;
    }

    /** Every login it offers ({@link #relyingParty()} first). */
    List<RelyingParty> relyingParties() {
        return List.copyOf(logins);
    }

    PortalState state() {
        return state;
    }

    MockContext context() {
        return ctx;
    }

    // ------------------------------------------------------------------ routes

    private Reply home(Exchange ex) {
        Map<String, Object> model = model("Trang chủ", visitorSession.apply(ex).orElse(null));
        model.put("navHome", true);
        String dossiers = platform.dossiersPath();
        model.put("tiles", List.of(
                NationalPortalMock.tile("📝", "Nộp hồ sơ trực tuyến", dossiers),
                NationalPortalMock.tile("🔍", "Tra cứu hồ sơ", dossiers),
                NationalPortalMock.tile("💳", "Thanh toán trực tuyến", dossiers),
                NationalPortalMock.tile("💬", "Phản ánh kiến nghị", dossiers)));
        return page("home", model);
    }

    /** The callback on its own host: a session, then home. */
    private Reply callback(Exchange ex) {
        RelyingParty.Outcome outcome = rp.finishLogin(ex);
        if (outcome.error() != null) {
            return outcome.error();
        }
        return rp.withSessionCookies(Reply.redirect(url(platform.home())), outcome.session());
    }

    /** The callback on the API host: who signed in becomes a one-time ticket for the portal. */
    private Reply apiCallback(RelyingParty login, Exchange ex) {
        RelyingParty.Verified verified = login.verify(ex);
        if (verified.error() != null) {
            return verified.error();
        }
        String ticket = state.issueLoginTicket(province.host(), verified.subject());
        return Reply.redirect(Urls.withQuery(url(ProvincialPlatform.TICKET_PATH), "ticket", ticket))
                .cookie(login.expiredPreSessionCookie());
    }

    /** The portal redeems the API host's ticket once: a session, then home. */
    private Reply ticketLanding(Exchange ex) {
        Optional<Subject> subject = state.redeemLoginTicket(province.host(), ex.query("ticket").orElse(null));
        if (subject.isEmpty()) {
            return error(400, TICKET_REFUSED);
        }
        PortalSession session = rp.openSession(ex, subject.get());
        return Reply.redirect(url(platform.home())).cookie(rp.sessionCookie(session));
    }

    private Reply dossiers(Exchange ex) {
        Optional<PortalSession> session = rp.session(ex);
        if (session.isEmpty()) {
            return Reply.redirect(loginUrl());
        }
        Map<String, Object> model = model(platform.dossiersLabel(), session.get());
        model.put("navDossiers", true);
        model.put("dossiers", dossierRows.apply(session.get().subject));
        return page("dossiers", model);
    }

    /**
     * "Đăng xuất": the system's own session ends (server side, and its cookie), then RP-initiated logout at the national
     * SSO when the system is its client, which ends the SSO session of this browser and sends it home. Without that
     * hop, the SSO session would sign the next person at this computer in as the citizen who just logged out. A system
     * that signs in only at the VNeID SSO goes home at once: the VNeID SSO keeps no session (docs/mock-portals.md,
     * "Logout across portals"). The other portals' own sessions are not touched.
     */
    private Reply logout(Exchange ex) {
        return rp.endSession(ex, afterLogout());
    }

    /** Where the browser goes once the system's session ended: the national SSO's end-session, or home. */
    Reply afterLogout() {
        String home = url(platform.home());
        return Reply.redirect(province.clientAtNationalSso() ? sso.logoutUrl(home) : home);
    }

    // ------------------------------------------------------------------ helpers

    /** {@link #loginHref} as an absolute URL. */
    String loginUrl() {
        return loginHref.startsWith("/") ? url(loginHref) : loginHref;
    }

    /** scheme://its host + path. */
    String url(String path) {
        return ctx.url(province.host(), path);
    }

    /** What every page of the platform's templates needs; the title is "{@code page} - <system title>". */
    Map<String, Object> model(String page, PortalSession session) {
        Map<String, Object> model = ctx.model(page + " - " + province.title());
        Map<String, Object> portal = new LinkedHashMap<>();
        portal.put("id", province.id());
        portal.put("province", province.province());
        portal.put("kind", province.unitKind());
        portal.put("title", province.title());
        portal.put("operator", province.operator());
        portal.put("address", province.address());
        portal.put("hotline", province.hotline());
        model.put("portal", portal);
        model.put("platform", platform.id());
        // portaldvc's links are absolute: its API host shows its pages too (the errors of a login)
        String base = platform.hasApiHost() ? ctx.url(province.host(), "") : "";
        model.put("portalBase", base);
        model.put("homeHref", base + platform.home());
        model.put("dossiersLabel", platform.dossiersLabel());
        model.put("loginHref", loginHref);
        model.put("loginInFooter", loginInFooter);
        model.put("loginPath", platform.loginPath());
        model.put("nationalUrl", ctx.url(PortalHosts.NATIONAL, NationalPortalMock.HOME));
        if (session != null) {
            model.put("user", Map.of("fullName", Holders.fullName(state, session.subject)));
        }
        return model;
    }

    /** A 200 page of the platform's templates, e.g. {@code home} → {@code province/cong-vi/home}. */
    Reply page(String template, Map<String, Object> model) {
        return ctx.page(200, platform.templates() + "/" + template, model);
    }

    private Reply error(int status, String message) {
        Map<String, Object> model = model("Thông báo lỗi", null);
        model.put("message", message);
        return ctx.page(status, platform.templates() + "/error", model);
    }
}
