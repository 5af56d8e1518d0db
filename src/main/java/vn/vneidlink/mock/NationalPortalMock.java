package vn.vneidlink.mock;

import vn.vneidlink.data.Era;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.Account;
import vn.vneidlink.mock.PortalState.PortalSession;
import vn.vneidlink.mock.PortalState.VneidAccount;

/**
 * The mock of the national portal {@code dichvucong.gov.vn} (Cổng Dịch vụ công Quốc gia), as the guide shows it:
 * server pages under {@code /p/home/}, login through the national SSO, the sync under "Thông tin cá nhân → Thông tin
 * định danh". {@link #routes()} lists every URL it answers; the fields under "rules" are the behaviours a seeded
 * defect may replace ({@link NationalPortalDefects}).
 */
final class NationalPortalMock {

    static final String SESSION_COOKIE = "DVC_SESSION";
    static final String OAUTH_COOKIE = "DVC_OAUTH";
    static final String HOME = "/p/home/dvc-trang-chu.html";
    static final String LOGIN_BUTTON_CLASS = "btn-register";
    static final String TODAY_LOGIN_ID = "dang-nhap";
    static final String PROFILE = "/p/home/dvc-thong-tin-ca-nhan.html";
    static final String DOSSIERS = "/p/home/dvc-quan-ly-ho-so.html";
    static final String CCCD = "/p/home/dvc-cap-nhat-cccd.html";
    /** A level-2 online service ("Nộp hồ sơ trực tuyến"). */
    static final String SUBMIT_SERVICE = "/p/home/dvc-nop-ho-so-truc-tuyen.html";
    static final String IDENTITY_TAB = PROFILE + "?tab=dinh-danh";

    static final String SYNCED = "Đã đồng bộ với CSDL Quốc gia về Dân cư";
    static final String NOT_SYNCED = "Chưa đồng bộ với CSDL Quốc gia về Dân cư";
    static final String FETCH_LABEL = "Cập nhật CSDL Quốc gia về Dân cư";
    static final String SAVED = "Cập nhật thông tin thành công";
    /** Today's menu entry of the citizen's dossiers ("Thông tin cá nhân → Dịch vụ công của tôi"). */
    static final String MENU_MY_SERVICES = "Dịch vụ công của tôi";
    static final String LEVEL_ERROR = "Dịch vụ công này yêu cầu tài khoản định danh điện tử mức độ 2. Tài khoản của bạn đang"
            + " ở mức độ 1: vui lòng nâng cấp lên mức độ 2 trên ứng dụng VNeID.";
    static final String INTERNAL_ERROR = "Đã có lỗi xảy ra. Vui lòng thử lại sau.";
    /** Procedures offered by the level-2 service form (decoration). */
    private static final List<String> PROCEDURES = List.of("Đăng ký khai sinh", "Đăng ký thường trú",
            "Cấp phiếu lý lịch tư pháp", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Chứng thực bản sao từ bản chính");

    /** Main navigation: label, path. */
    private static final List<String[]> NAV = List.of(
            new String[] {"Trang chủ", HOME},
            new String[] {"Giới thiệu", "/p/home/dvc-gioi-thieu.html"},
            new String[] {"Thủ tục hành chính", "/p/home/dvc-thu-tuc-hanh-chinh.html"},
            new String[] {"Dịch vụ công trực tuyến", "/p/home/dvc-dich-vu-cong-truc-tuyen.html"},
            new String[] {"Thanh toán trực tuyến", "/p/home/dvc-thanh-toan-truc-tuyen.html"},
            new String[] {"Phản ánh kiến nghị", "/p/home/dvc-phan-anh-kien-nghi.html"},
            new String[] {"Tra cứu hồ sơ", "/p/home/dvc-tra-cuu-ho-so.html"},
            new String[] {"Hỗ trợ", "/p/home/dvc-ho-tro.html"});

    /** Pages without content of their own (nav targets): path -> title. */
    private static final Map<String, String> INFO_PAGES = infoPages();
    /** Today's pages without content of their own (the menu "Thông tin và dịch vụ" of the new portal): path -> title. */
    private static final Map<String, String> TODAY_INFO_PAGES = todayInfoPages();
    /** The client of today's national portal at the VNeID SSO (public evidence). */
    static final String TODAY_CLIENT_ID = "sso-c12-dvc-web";
    /** Where both SSOs send the browser back, in every era. */
    static final HostPath CALLBACK = new HostPath(PortalHosts.NATIONAL, "/sso");

    /**
     * Where the pages live: the guide's {@code /p/home/} paths, or today's (the personal pages' real paths were never
     * found: these are the mock's, the page objects reach them through the menus).
     */
    record Paths(String home, String profile, String dossiers, String cccd, String submitService, String search, String session) {
        static final Paths GUIDE = new Paths(HOME, PROFILE, DOSSIERS, CCCD, SUBMIT_SERVICE, "/p/home/dvc-tra-cuu-ho-so.html", null);
        static final Paths TODAY = new Paths("/", "/thong-tin-ca-nhan", "/dich-vu-cong-cua-toi", "/cap-nhat-cccd",
                "/nop-ho-so-truc-tuyen", "/tra-cuu-ho-so", "/api/v1/session");

        String identityTab() {
            return profile + "?tab=dinh-danh";
        }

        /** For the templates ({@code {{paths.profile}}}). */
        Map<String, Object> model() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("home", home);
            m.put("profile", profile);
            m.put("dossiers", dossiers);
            m.put("cccd", cccd);
            m.put("submitService", submitService);
            m.put("search", search);
            m.put("session", session);
            return m;
        }
    }

    // ------------------------------------------------------------------ rules a seeded defect may replace

    /** The session a page open to everyone (home, information pages) shows in its header: the browser's. */
    Function<Exchange, Optional<PortalSession>> visitorSession;
    /** The name the header shows for a session: the account holder's. */
    Function<Subject, String> headerName;
    /** The label of the button that fetches the population record. */
    String fetchLabel = FETCH_LABEL;
    /** The class of the header's "Đăng nhập" of the guide's era (the real page's classes are swapped: "Đăng ký" is btn-login). */
    String loginButtonClass = LOGIN_BUTTON_CLASS;
    /** The id of today's "Đăng nhập" ({@code a#dang-nhap}), which the page's script builds. */
    String todayLoginId = TODAY_LOGIN_ID;
    /** The fields in which the account differs from the population record ("Họ và tên", "Ngày sinh"). */
    BiFunction<Account, Citizen.PopulationRecord, List<String>> mismatches = NationalPortalMock::differences;
    /** "Cập nhật" saves the population record into the account. */
    BiConsumer<Account, Citizen.PopulationRecord> saveSync = Account::syncFrom;
    /** Whether a login ends on the CCCD prompt: a VNconnect login of an account without CCCD. */
    BiPredicate<Account, Subject> asksForCccd = (a, subject) -> a != null && a.cccd() == null
            && subject.method() == LoginMethod.VNCONNECT;
    /** What is saved of a CCCD number that passed the checks: the number as checked, without surrounding spaces. */
    UnaryOperator<String> cccdStored = String::trim;
    /**
     * Whether the population record of a CCCD number given in the prompt (or the identity tab) is this account's holder:
     * the same full name and birth date. A number of someone else is refused, never saved.
     */
    BiPredicate<Account, Citizen.PopulationRecord> cccdHolder = (a, p) -> p.fullName().equals(a.fullName())
            && a.birthDate() != null && LocalDate.parse(p.birthDate()).equals(a.birthDate());
    /** The rows of "DANH SÁCH TÀI KHOẢN LIÊN KẾT" for a VNeID login: the linked VNconnect account. */
    Function<Account, List<Map<String, Object>>> linkedAccounts = NationalPortalMock::linkedRows;
    /** The rows of "Thông tin tài khoản": the account signed in, as it signed in (user name, name, phone, kind). */
    Function<Subject, List<Map<String, Object>>> accountInfo;
    /** The identity rows of a VNconnect account's own record (with the green checks of a synced one). */
    BiFunction<Account, Boolean, List<Map<String, Object>>> accountFields = NationalPortalMock::accountFields;
    /** The rows of "Quản lý hồ sơ đã nộp": the dossiers of the account the session stands for. */
    Function<Subject, List<Map<String, Object>>> dossierRows;
    /** Where today's "Đăng nhập" ({@code a#dang-nhap}) leads: the VNeID SSO's authorize URL of the portal's client. */
    UnaryOperator<String> loginLink = url -> url;
    /** Whether a login may use the level-2 service: VNconnect, or VNeID of level 2. */
    Predicate<Subject> levelSufficient = subject -> subject.method() != LoginMethod.VNEID || subject.vneidLevel() >= 2;

    private final MockContext ctx;
    private final PortalState state;
    private final NationalSsoMock sso;
    private final RelyingParty rp;
    private final boolean today;
    private final Paths paths;
    private final RouteTable routes = new RouteTable(PortalHosts.NATIONAL);

    NationalPortalMock(MockContext ctx, NationalSsoMock sso, VneidSsoMock vneid) {
        this.ctx = ctx;
        this.state = ctx.state;
        this.sso = sso;
        this.today = ctx.options.era() == Era.TODAY;
        this.paths = today ? Paths.TODAY : Paths.GUIDE;
        if (today) {
            // straight to the VNeID SSO with the portal's own client; the identity resolved by the linking rule
            vneid.registerClient(TODAY_CLIENT_ID, CALLBACK.url(ctx));
            this.rp = new RelyingParty(ctx, vneid, PortalHosts.NATIONAL, CALLBACK, TODAY_CLIENT_ID, SESSION_COOKIE,
                    OAUTH_COOKIE, this::error, subject -> sso.linking.apply(subject));
        } else {
            this.rp = new RelyingParty(ctx, sso, PortalHosts.NATIONAL, CALLBACK, NationalSsoMock.NATIONAL_CLIENT_ID,
                    SESSION_COOKIE, OAUTH_COOKIE, this::error, subject -> subject);
        }
        this.visitorSession = rp::session;
        this.headerName = subject -> Holders.fullName(state, subject);
        this.accountInfo = this::accountInfoRows;
        this.dossierRows = subject -> Holders.dossiers(state, subject);
        routes.get("/dang-nhap", ex -> rp.startLogin())
                .get(CALLBACK.path(), this::callback)
                .get(paths.cccd(), signedIn(this::cccdPrompt))
                .post(paths.cccd(), "action", "update", signedIn(this::giveCccd))
                .post(paths.cccd(), "action", "skip", signedIn((ex, s) -> Reply.redirect(url(paths.home()))))
                .post(paths.cccd(), signedIn((ex, s) -> invalidAction(s, fromProfile(ex) ? paths.identityTab() : paths.cccd())))
                .get(paths.profile(), signedIn(this::profile))
                .post(paths.profile(), "action", "fetch", signedIn(this::fetchPopulationData))
                .post(paths.profile(), "action", "save", signedIn(this::saveSync))
                .post(paths.profile(), signedIn((ex, s) -> hasCccd(s) ? invalidAction(s, paths.identityTab())
                        : Reply.redirect(url(paths.identityTab()))))
                .get(paths.dossiers(), signedIn(this::dossiers))
                .get(paths.submitService(), signedIn(this::submitService))
                .get("/dang-xuat", this::logout);
        if (today) {
            // a client-rendered app: the shell, the session its script asks for; the old /p/home/ links answer blank
            routes.get("/", this::app)
                    .get(paths.session(), this::session)
                    .getMatching("/p/home/.*", ex -> ctx.page(200, "today/blank", Map.of()));
            TODAY_INFO_PAGES.keySet().forEach(path -> routes.get(path, this::infoPage));
        } else {
            routes.get("/", ex -> Reply.redirect(url(HOME)))
                    .get(HOME, this::home)
                    .getMatching("/p/home/dvc-[a-z0-9-]+\\.html", this::infoPage);
        }
    }

    RouteTable routes() {
        return routes;
    }

    RelyingParty relyingParty() {
        return rp;
    }

    Paths paths() {
        return paths;
    }

    PortalState state() {
        return state;
    }

    // ------------------------------------------------------------------ routes

    private Reply home(Exchange ex) {
        Map<String, Object> model = model("Trang chủ - Cổng Dịch vụ công Quốc gia", HOME, visitorSession.apply(ex).orElse(null));
        model.put("tiles", List.of(
                tile("📝", "Nộp hồ sơ trực tuyến", paths.submitService()),
                tile("🔍", "Tra cứu hồ sơ", "/p/home/dvc-tra-cuu-ho-so.html"),
                tile("💳", "Thanh toán trực tuyến", "/p/home/dvc-thanh-toan-truc-tuyen.html"),
                tile("💬", "Phản ánh kiến nghị", "/p/home/dvc-phan-anh-kien-nghi.html")));
        return ctx.page(200, "national/home", model);
    }

    /** The SSO's callback: a session, then the CCCD prompt (an account without CCCD) or the home page. */
    private Reply callback(Exchange ex) {
        RelyingParty.Outcome outcome = rp.finishLogin(ex);
        if (outcome.error() != null) {
            return outcome.error();
        }
        PortalSession session = outcome.session();
        boolean prompt = asksForCccd.test(Holders.account(state, session.subject), session.subject);
        return rp.withSessionCookies(Reply.redirect(url(prompt ? paths.cccd() : paths.home())), session);
    }

    private Reply cccdPrompt(Exchange ex, PortalSession session) {
        Account a = Holders.account(state, session.subject);
        if (a == null || a.cccd() != null) {
            return Reply.redirect(url(paths.home()));
        }
        return ctx.page(200, "national/cccd-prompt", model("Cập nhật số định danh cá nhân - Cổng Dịch vụ công Quốc gia", null, session));
    }

    /** "Cập nhật" of a CCCD number (the prompt after login, or the identity tab): checked against the population database. */
    private Reply giveCccd(Exchange ex, PortalSession session) {
        String back = url(fromProfile(ex) ? paths.identityTab() : paths.cccd());
        Account a = Holders.account(state, session.subject);
        if (a == null) {
            return Reply.redirect(url(paths.home()));
        }
        String typed = ex.form("cccd", "");
        String cccd = typed.trim();
        if (!cccd.matches("\\d{12}")) {
            session.flashError("Số định danh cá nhân phải gồm 12 chữ số");
            return Reply.redirect(back);
        }
        boolean matches = state.citizen(cccd).map(Citizen::population).filter(p -> cccdHolder.test(a, p)).isPresent();
        if (!matches) {
            session.flashError("Số định danh cá nhân không khớp với CSDL Quốc gia về Dân cư");
            return Reply.redirect(back);
        }
        if (state.accountWithCccd(cccd).filter(other -> other != a).isPresent()) {
            session.flashError("Số định danh cá nhân đã được sử dụng cho tài khoản khác");
            return Reply.redirect(back);
        }
        a.giveCccd(cccdStored.apply(typed));
        session.flashSuccess("Cập nhật số định danh cá nhân thành công");
        return Reply.redirect(url(fromProfile(ex) ? paths.identityTab() : paths.home()));
    }

    private Reply profile(Exchange ex, PortalSession session) {
        boolean identity = "dinh-danh".equals(ex.query("tab", "tai-khoan"));
        Map<String, Object> model = model("Thông tin cá nhân - Cổng Dịch vụ công Quốc gia", null, session);
        model.put("tabAccount", !identity);
        model.put("tabIdentity", identity);
        Subject subject = session.subject;
        Account a = Holders.account(state, subject);
        VneidAccount v = Holders.vneidAccount(state, subject);
        boolean viaVneid = subject.method() == LoginMethod.VNEID;
        model.put("accountInfo", accountInfo.apply(subject));

        if (a != null) {
            identityOfAccount(model, session, a);
        } else {
            model.put("synced", true);
            model.put("syncStatus", SYNCED);
            model.put("fields", List.of(
                    field("fullName", "Họ và tên", v.fullName, true, false),
                    field("birthDate", "Ngày sinh", Formats.date(v.birthDate), true, false),
                    field("gender", "Giới tính", v.gender, true, false),
                    field("cccd", "Số định danh cá nhân/CCCD", v.cccd, true, false),
                    field("placeOfOrigin", "Quê quán", v.placeOfOrigin, true, false)));
        }
        model.put("showLinked", viaVneid);
        model.put("linkedAccounts", viaVneid && a != null && a.linkedVneid() != null ? linkedAccounts.apply(a) : List.of());
        return ctx.page(200, "national/profile", model);
    }

    /** The identity tab of a VNconnect account: its own data, or (after the fetch) the population record compared with it. */
    private void identityOfAccount(Map<String, Object> model, PortalSession session, Account a) {
        model.put("synced", a.synced());
        model.put("syncStatus", a.synced() ? SYNCED : NOT_SYNCED);
        if (a.cccd() == null) {
            model.put("needsCccd", true);
            model.put("warning", "Tài khoản chưa có số định danh cá nhân/CCCD");
            model.put("fields", accountFields.apply(a, false));
            return;
        }
        model.put("showFetch", true);
        model.put("fetchLabel", fetchLabel);
        if (!session.populationFetched()) {
            model.put("fields", accountFields.apply(a, a.synced()));
            return;
        }
        Optional<Citizen.PopulationRecord> record = state.citizen(a.cccd()).map(Citizen::population);
        if (record.isEmpty()) {
            model.put("error", "Không tìm thấy số định danh cá nhân " + a.cccd() + " trong CSDL Quốc gia về Dân cư");
            model.put("fields", accountFields.apply(a, false));
            return;
        }
        Citizen.PopulationRecord p = record.get();
        List<String> differ = mismatches.apply(a, p);
        boolean nameOk = !differ.contains("Họ và tên");
        boolean birthOk = !differ.contains("Ngày sinh");
        model.put("fields", List.of(
                field("fullName", "Họ và tên", p.fullName(), nameOk, !nameOk),
                field("birthDate", "Ngày sinh", Formats.isoDate(p.birthDate()), birthOk, !birthOk),
                field("gender", "Giới tính", p.gender(), true, false),
                field("cccd", "Số định danh cá nhân/CCCD", a.cccd(), true, false),
                field("placeOfOrigin", "Quê quán", p.placeOfOrigin(), true, false)));
        if (differ.isEmpty()) {
            model.put("showSave", true);
        } else {
            model.put("error", mismatchMessage(differ));
        }
    }

    /** "Cập nhật CSDL Quốc gia về Dân cư": the identity tab then shows the population record. */
    private Reply fetchPopulationData(Exchange ex, PortalSession session) {
        if (hasCccd(session)) {
            session.fetchPopulationData();
        }
        return Reply.redirect(url(paths.identityTab()));
    }

    /** "Cập nhật" after the fetch: saves the population record into the account, unless it differs. */
    private Reply saveSync(Exchange ex, PortalSession session) {
        if (!hasCccd(session)) {
            return Reply.redirect(url(paths.identityTab()));
        }
        Account a = Holders.account(state, session.subject);
        Optional<Citizen.PopulationRecord> record = state.citizen(a.cccd()).map(Citizen::population);
        if (!session.populationFetched() || record.isEmpty()) {
            session.flashError("Vui lòng bấm \"" + FETCH_LABEL + "\" để lấy thông tin trước khi cập nhật");
        } else if (!mismatches.apply(a, record.get()).isEmpty()) {
            session.flashError(mismatchMessage(mismatches.apply(a, record.get())));
        } else {
            saveSync.accept(a, record.get());
            session.forgetPopulationData();
            session.flashSuccess(SAVED);
        }
        return Reply.redirect(url(paths.identityTab()));
    }

    private Reply invalidAction(PortalSession session, String back) {
        session.flashError("Thao tác không hợp lệ");
        return Reply.redirect(url(back));
    }

    private Reply dossiers(Exchange ex, PortalSession session) {
        Map<String, Object> model = model("Quản lý hồ sơ đã nộp - Cổng Dịch vụ công Quốc gia", null, session);
        model.put("dossiers", dossierRows.apply(session.subject));
        return ctx.page(200, "national/dossiers", model);
    }

    /**
     * "Nộp hồ sơ trực tuyến", a level-2 service: a VNeID login of level 1 is refused with a message; level 2 or a
     * VNconnect login gets the (decorative) form.
     */
    private Reply submitService(Exchange ex, PortalSession session) {
        Map<String, Object> model = model("Nộp hồ sơ trực tuyến - Cổng Dịch vụ công Quốc gia", null, session);
        if (levelSufficient.test(session.subject)) {
            model.put("procedures", PROCEDURES);
        } else {
            model.put("levelError", LEVEL_ERROR);
        }
        return ctx.page(200, "national/submit-service", model);
    }

    /** "Đăng xuất": the session ends here, then (guide) at the national SSO, which sends the browser home. */
    private Reply logout(Exchange ex) {
        return rp.endSession(ex, afterLogout());
    }

    /** Where the browser goes once logged out: the national SSO's logout (guide), or (today) the home page. */
    Reply afterLogout() {
        return Reply.redirect(today ? url(paths.home()) : sso.logoutUrl(url(HOME)));
    }

    /** Today's home page: the shell of a client-rendered app, filled by its script from {@link #session}. */
    private Reply app(Exchange ex) {
        return ctx.page(200, "today/app", model("Cổng Dịch vụ công Quốc gia", null, null));
    }

    /**
     * What today's script renders the header and menus from: who is signed in, or where "Đăng nhập" leads (straight to
     * the VNeID SSO, with a fresh state kept under the pre-session cookie).
     */
    private Reply session(Exchange ex) {
        Map<String, Object> body = new LinkedHashMap<>();
        Optional<PortalSession> session = visitorSession.apply(ex);
        body.put("signedIn", session.isPresent());
        body.put("fullName", session.map(s -> headerName.apply(s.subject)).orElse(null));
        body.put("servicesMenu", TODAY_INFO_PAGES.entrySet().stream().map(e -> menuEntry(e.getValue(), e.getKey())).toList());
        body.put("personalMenu", List.of(menuEntry(MENU_MY_SERVICES, paths.dossiers())));
        body.put("userMenu", List.of(menuEntry("Thông tin cá nhân", paths.profile()), menuEntry(MENU_MY_SERVICES, paths.dossiers()),
                menuEntry("Đăng xuất", "/dang-xuat")));
        body.put("tiles", List.of(
                tile("📝", "Nộp hồ sơ trực tuyến", paths.submitService()),
                tile("🔍", "Tra cứu hồ sơ", "/tra-cuu-ho-so"),
                tile("💳", "Thanh toán trực tuyến", "/thanh-toan-truc-tuyen"),
                tile("💬", "Phản ánh kiến nghị", "/phan-anh-kien-nghi")));
        if (session.isPresent()) {
            body.put("loginUrl", null);
            return Reply.json(200, ctx.toJson(body));
        }
        RelyingParty.LoginLink link = rp.loginLink();
        body.put("loginUrl", loginLink.apply(link.url()));
        body.put("loginId", todayLoginId);
        return Reply.json(200, ctx.toJson(body)).cookie(link.setCookie());
    }

    private static Map<String, Object> menuEntry(String label, String href) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("label", label);
        e.put("href", href);
        return e;
    }

    private Reply infoPage(Exchange ex) {
        String title = (today ? TODAY_INFO_PAGES : INFO_PAGES).get(ex.path());
        if (title == null) {
            return error(404, "Không tìm thấy trang " + ex.path());
        }
        Map<String, Object> model = model(title + " - Cổng Dịch vụ công Quốc gia", ex.path(), visitorSession.apply(ex).orElse(null));
        model.put("heading", title);
        return ctx.page(200, "national/info", model);
    }

    // ------------------------------------------------------------------ helpers

    private interface SessionHandler {
        Reply handle(Exchange ex, PortalSession session);
    }

    /** A page for a signed-in citizen: without a session the browser is sent to log in ("asks for login again"). */
    private RouteTable.Handler signedIn(SessionHandler handler) {
        return ex -> rp.session(ex).map(s -> handler.handle(ex, s)).orElseGet(() -> Reply.redirect(url("/dang-nhap")));
    }

    private boolean hasCccd(PortalSession session) {
        Account a = Holders.account(state, session.subject);
        return a != null && a.cccd() != null;
    }

    private static boolean fromProfile(Exchange ex) {
        return "profile".equals(ex.form("from", ""));
    }

    Map<String, Object> model(String title, String activePath, PortalSession session) {
        Map<String, Object> model = ctx.model(title);
        model.put("todayEra", today);
        model.put("loginButtonClass", loginButtonClass);
        model.put("paths", paths.model());
        List<Map<String, Object>> nav = new ArrayList<>();
        for (String[] item : NAV) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("label", item[0]);
            link.put("href", item[1]);
            link.put("active", item[1].equals(activePath));
            nav.add(link);
        }
        model.put("nav", nav);
        if (session != null) {
            model.put("user", Map.of("fullName", headerName.apply(session.subject)));
            session.takeSuccess().ifPresent(m -> model.put("success", m));
            session.takeError().ifPresent(m -> model.put("error", m));
        }
        return model;
    }

    /** "Thông tin tài khoản": the user name it signed in with (a VNeID login: the CCCD), name, phone, kind of login. */
    private List<Map<String, Object>> accountInfoRows(Subject subject) {
        Account a = Holders.account(state, subject);
        VneidAccount v = Holders.vneidAccount(state, subject);
        boolean viaVneid = subject.method() == LoginMethod.VNEID;
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(entry("username", "Tên đăng nhập", viaVneid ? (a != null ? a.linkedVneid() : v.cccd) : a.username));
        rows.add(entry("fullName", "Họ và tên", Holders.fullName(state, subject)));
        rows.add(entry("phone", "Số điện thoại", a != null ? a.phone : v.phone));
        rows.add(entry("kind", "Loại tài khoản", viaVneid ? Holders.KIND_VNEID : Holders.KIND_VNCONNECT));
        return rows;
    }

    private static List<String> differences(Account a, Citizen.PopulationRecord p) {
        List<String> fields = new ArrayList<>();
        if (!p.fullName().equals(a.fullName())) {
            fields.add("Họ và tên");
        }
        if (a.birthDate() == null || !LocalDate.parse(p.birthDate()).equals(a.birthDate())) {
            fields.add("Ngày sinh");
        }
        return fields;
    }

    private static String mismatchMessage(List<String> fields) {
        return "Thông tin tài khoản không khớp với CSDL Quốc gia về Dân cư: " + String.join(", ", fields)
                + ". Vui lòng liên hệ cơ quan Công an để được hỗ trợ.";
    }

    private static List<Map<String, Object>> linkedRows(Account a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("accountName", a.username);
        row.put("accountKind", Holders.KIND_VNCONNECT);
        row.put("linkedAt", Formats.date(a.linkedOn()));
        return List.of(row);
    }

    private static List<Map<String, Object>> accountFields(Account a, boolean verified) {
        return List.of(
                field("fullName", "Họ và tên", a.fullName(), verified, false),
                field("birthDate", "Ngày sinh", Formats.date(a.birthDate()), verified, false),
                field("gender", "Giới tính", a.gender(), verified, false),
                field("cccd", "Số định danh cá nhân/CCCD", a.cccd(), verified, false),
                field("placeOfOrigin", "Quê quán", a.placeOfOrigin(), verified, false));
    }

    private static Map<String, Object> field(String name, String label, String value, boolean verified, boolean mismatch) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("field", name);
        f.put("label", label);
        f.put("value", value == null ? "" : value);
        f.put("verified", verified);
        f.put("mismatch", mismatch);
        return f;
    }

    private static Map<String, Object> entry(String key, String label, String value) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", key);
        e.put("label", label);
        e.put("value", value == null ? "" : value);
        return e;
    }

    static Map<String, Object> tile(String icon, String label, String href) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("icon", icon);
        t.put("label", label);
        t.put("href", href);
        return t;
    }

    private static Map<String, String> todayInfoPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/thu-tuc-hanh-chinh", "Thủ tục hành chính");
        pages.put("/tra-cuu-thu-tuc/danh-sach", "Tra cứu thủ tục");
        pages.put("/dvc-dich-vu-cong-truc-tuyen", "Dịch vụ công trực tuyến");
        pages.put("/tra-cuu-ho-so", "Tra cứu hồ sơ");
        pages.put("/thanh-toan-truc-tuyen", "Thanh toán trực tuyến");
        pages.put("/phan-anh-kien-nghi", "Phản ánh kiến nghị");
        return java.util.Collections.unmodifiableMap(pages);
    }

    private static Map<String, String> infoPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String[] item : NAV) {
            if (!item[1].equals(HOME)) {
                pages.put(item[1], item[0]);
            }
        }
        pages.put("/p/home/dvc-dang-ky.html", "Đăng ký tài khoản");
        return Map.copyOf(pages);
    }

    Reply page(int status, String template, Map<String, Object> model) {
        return ctx.page(status, template, model);
    }

    String url(String path) {
        return ctx.url(PortalHosts.NATIONAL, path);
    }

    Reply error(int status, String message) {
        Map<String, Object> model = model("Thông báo lỗi - Cổng Dịch vụ công Quốc gia", null, null);
        model.put("message", message);
        return ctx.page(status, "national/error", model);
    }
}
