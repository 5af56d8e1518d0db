package vn.vneidlink.mock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.Account;
import vn.vneidlink.mock.PortalState.PortalSession;
import vn.vneidlink.mock.PortalState.VneidAccount;

/** The national portal {@code dichvucong.gov.vn} (Cổng Dịch vụ công Quốc gia). */
final class NationalPortal implements PortalHandler {

    static final String SESSION_COOKIE = "DVC_SESSION";
    static final String OAUTH_COOKIE = "DVC_OAUTH";
    static final String HOME = "/p/home/dvc-trang-chu.html";
    static final String PROFILE = "/p/home/dvc-thong-tin-ca-nhan.html";
    static final String DOSSIERS = "/p/home/dvc-quan-ly-ho-so.html";
    static final String CCCD = "/p/home/dvc-cap-nhat-cccd.html";
    /** A level-2 online service ("Nộp hồ sơ trực tuyến"). */
    static final String SUBMIT_SERVICE = "/p/home/dvc-nop-ho-so-truc-tuyen.html";
    static final String IDENTITY_TAB = PROFILE + "?tab=dinh-danh";

    static final String SYNCED = "Đã đồng bộ với CSDL Quốc gia về Dân cư";
    static final String NOT_SYNCED = "Chưa đồng bộ với CSDL Quốc gia về Dân cư";
    static final String FETCH_LABEL = "Cập nhật CSDL Quốc gia về Dân cư";
    /** The label of the {@link PortalDefect#FETCH_BUTTON_RENAMED} defect. */
    static final String FETCH_LABEL_RENAMED = "Đồng bộ dữ liệu dân cư";
    static final String LEVEL_ERROR = "Dịch vụ công này yêu cầu tài khoản định danh điện tử mức độ 2. Tài khoản của bạn đang"
            + " ở mức độ 1: vui lòng nâng cấp lên mức độ 2 trên ứng dụng VNeID.";
    static final String INTERNAL_ERROR = "Đã có lỗi xảy ra. Vui lòng thử lại sau.";
    /** Procedures offered by the level-2 service form (decoration). */
    private static final List<String> PROCEDURES = List.of("Đăng ký khai sinh", "Đăng ký thường trú",
            "Cấp phiếu lý lịch tư pháp", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Chứng thực bản sao từ bản chính");

    private static final Set<String> ACTIONS = Set.of("national.root", "national.home", "national.login", "national.callback",
            "national.cccdPrompt", "national.cccdSubmit", "national.profile", "national.profileAction", "national.dossiers",
            "national.logout", "national.infoPage", "national.submitService");

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

    private final MockContext ctx;
    private final PortalState state;
    private final NationalSso sso;
    private final RelyingParty rp;

    NationalPortal(MockContext ctx, NationalSso sso) {
        this.ctx = ctx;
        this.state = ctx.state;
        this.sso = sso;
        this.rp = new RelyingParty(ctx, sso, PortalHosts.NATIONAL, NationalSso.NATIONAL_CLIENT_ID, SESSION_COOKIE,
                OAUTH_COOKIE, this::error, !ctx.defect(PortalDefect.OAUTH_STATE_NOT_CHECKED), UnaryOperator.identity());
    }

    @Override
    public String prefix() {
        return "national";
    }

    @Override
    public Set<String> actions() {
        return ACTIONS;
    }

    @Override
    public Reply handle(Exchange ex) {
        return switch (ex.action()) {
            case "national.root" -> Reply.redirect(url(HOME));
            case "national.home" -> home(ex);
            case "national.login" -> rp.startLogin();
            case "national.callback" -> callback(ex);
            case "national.cccdPrompt" -> withSession(ex, s -> cccdPrompt(s));
            case "national.cccdSubmit" -> withSession(ex, s -> cccdSubmit(ex, s));
            case "national.profile" -> withSession(ex, s -> profile(ex, s));
            case "national.submitService" -> withSession(ex, this::submitService);
            case "national.profileAction" -> withSession(ex, s -> profileAction(ex, s));
            case "national.dossiers" -> withSession(ex, this::dossiers);
            case "national.logout" -> logout(ex);
            case "national.infoPage" -> infoPage(ex);
            default -> throw new IllegalArgumentException("not a national portal action: " + ex.action());
        };
    }

    // ------------------------------------------------------------------ routes

    private Reply home(Exchange ex) {
        PortalSession session = rp.session(ex).filter(s -> !s.appearsLoggedOut).orElse(null);
        Map<String, Object> model = model("Trang chủ - Cổng Dịch vụ công Quốc gia", HOME, session);
        model.put("tiles", List.of(
                tile("📝", "Nộp hồ sơ trực tuyến", SUBMIT_SERVICE),
                tile("🔍", "Tra cứu hồ sơ", "/p/home/dvc-tra-cuu-ho-so.html"),
                tile("💳", "Thanh toán trực tuyến", "/p/home/dvc-thanh-toan-truc-tuyen.html"),
                tile("💬", "Phản ánh kiến nghị", "/p/home/dvc-phan-anh-kien-nghi.html")));
        return ctx.page(200, "national/home", model);
    }

    private Reply callback(Exchange ex) {
        RelyingParty.Outcome outcome = rp.finishLogin(ex);
        if (outcome.error() != null) {
            return outcome.error();
        }
        PortalSession session = outcome.session();
        Account a = Holders.account(state, session.subject);
        boolean needsCccd = a != null && a.cccd == null && session.subject.method() == LoginMethod.VNCONNECT
                && !ctx.defect(PortalDefect.CCCD_PROMPT_SKIPPED);
        return rp.withSessionCookies(Reply.redirect(url(needsCccd ? CCCD : HOME)), session);
    }

    private Reply cccdPrompt(PortalSession session) {
        Account a = Holders.account(state, session.subject);
        if (a == null || a.cccd != null) {
            return Reply.redirect(url(HOME));
        }
        return ctx.page(200, "national/cccd-prompt", model("Cập nhật số định danh cá nhân - Cổng Dịch vụ công Quốc gia", null, session));
    }

    private Reply cccdSubmit(Exchange ex, PortalSession session) {
        boolean fromProfile = "profile".equals(ex.form("from", ""));
        String back = url(fromProfile ? IDENTITY_TAB : CCCD);
        Account a = Holders.account(state, session.subject);
        if (a == null) {
            return Reply.redirect(url(HOME));
        }
        String action = ex.form("action", "");
        if (action.equals("skip")) {
            return Reply.redirect(url(HOME));
        }
        if (!action.equals("update")) {
            session.flashError = "Thao tác không hợp lệ";
            return Reply.redirect(back);
        }
        String cccd = ex.form("cccd", "").trim();
        if (!cccd.matches("\\d{12}")) {
            session.flashError = "Số định danh cá nhân phải gồm 12 chữ số";
            return Reply.redirect(back);
        }
        Citizen c = state.population.get(cccd);
        boolean matches = c != null && c.population() != null
                && c.population().fullName().equals(a.fullName)
                && a.birthDate != null && LocalDate.parse(c.population().birthDate()).equals(a.birthDate);
        if (!matches) {
            session.flashError = "Số định danh cá nhân không khớp với CSDL Quốc gia về Dân cư";
            return Reply.redirect(back);
        }
        Optional<Account> other = state.accountWithCccd(cccd).filter(o -> o != a);
        if (other.isPresent()) {
            session.flashError = "Số định danh cá nhân đã được sử dụng cho tài khoản khác";
            return Reply.redirect(back);
        }
        a.cccd = cccd;
        session.flashSuccess = "Cập nhật số định danh cá nhân thành công";
        return Reply.redirect(url(fromProfile ? IDENTITY_TAB : HOME));
    }

    private Reply profile(Exchange ex, PortalSession session) {
        if (ctx.defect(PortalDefect.PERSONAL_PAGE_500)) {
            Map<String, Object> model = model("Thông báo lỗi - Cổng Dịch vụ công Quốc gia", null, session);
            model.put("message", INTERNAL_ERROR);
            return ctx.page(500, "national/error", model);
        }
        boolean identity = "dinh-danh".equals(ex.query("tab", "tai-khoan"));
        Map<String, Object> model = model("Thông tin cá nhân - Cổng Dịch vụ công Quốc gia", null, session);
        model.put("tabAccount", !identity);
        model.put("tabIdentity", identity);
        Subject subject = session.subject;
        Account a = Holders.account(state, subject);
        VneidAccount v = Holders.vneidAccount(state, subject);
        boolean viaVneid = subject.method() == LoginMethod.VNEID;

        List<Map<String, Object>> accountInfo = new ArrayList<>();
        accountInfo.add(entry("username", "Tên đăng nhập", viaVneid ? (a != null ? a.linkedVneid : v.cccd) : a.username));
        accountInfo.add(entry("fullName", "Họ và tên", Holders.fullName(state, subject)));
        accountInfo.add(entry("phone", "Số điện thoại", a != null ? a.phone : v.phone));
        accountInfo.add(entry("kind", "Loại tài khoản", viaVneid ? Holders.KIND_VNEID : Holders.KIND_VNCONNECT));
        model.put("accountInfo", accountInfo);

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
        List<Map<String, Object>> linked = new ArrayList<>();
        if (viaVneid && a != null && a.linkedVneid != null && !ctx.defect(PortalDefect.LINKED_LIST_OMITS_OLD_ACCOUNT)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("accountName", a.username);
            row.put("accountKind", Holders.KIND_VNCONNECT);
            row.put("linkedAt", Formats.date(a.linkedOn));
            linked.add(row);
        }
        model.put("linkedAccounts", linked);
        Reply page = ctx.page(200, "national/profile", model);
        if (ctx.defect(PortalDefect.PERSONAL_PAGE_CACHEABLE)) {
            page.cacheControl("private, max-age=600");
        }
        return page;
    }

    private void identityOfAccount(Map<String, Object> model, PortalSession session, Account a) {
        model.put("synced", a.synced);
        model.put("syncStatus", a.synced ? SYNCED : NOT_SYNCED);
        if (a.cccd == null) {
            model.put("needsCccd", true);
            model.put("warning", "Tài khoản chưa có số định danh cá nhân/CCCD");
            model.put("fields", accountFields(a, false));
            return;
        }
        model.put("showFetch", true);
        model.put("fetchLabel", ctx.defect(PortalDefect.FETCH_BUTTON_RENAMED) ? FETCH_LABEL_RENAMED : FETCH_LABEL);
        Citizen c = state.population.get(a.cccd);
        if (!session.populationFetched) {
            model.put("fields", accountFields(a, a.synced));
            return;
        }
        if (c == null || c.population() == null) {
            model.put("error", "Không tìm thấy số định danh cá nhân " + a.cccd + " trong CSDL Quốc gia về Dân cư");
            model.put("fields", accountFields(a, false));
            return;
        }
        Citizen.PopulationRecord p = c.population();
        List<String> mismatches = ctx.defect(PortalDefect.GREEN_CHECKS_ON_MISMATCH) ? List.of() : mismatches(a, p);
        boolean nameOk = !mismatches.contains("Họ và tên");
        boolean birthOk = !mismatches.contains("Ngày sinh");
        model.put("fields", List.of(
                field("fullName", "Họ và tên", p.fullName(), nameOk, !nameOk),
                field("birthDate", "Ngày sinh", Formats.isoDate(p.birthDate()), birthOk, !birthOk),
                field("gender", "Giới tính", p.gender(), true, false),
                field("cccd", "Số định danh cá nhân/CCCD", a.cccd, true, false),
                field("placeOfOrigin", "Quê quán", p.placeOfOrigin(), true, false)));
        if (mismatches.isEmpty()) {
            model.put("showSave", true);
        } else {
            model.put("error", mismatchMessage(mismatches));
        }
    }

    private Reply profileAction(Exchange ex, PortalSession session) {
        Account a = Holders.account(state, session.subject);
        String action = ex.form("action", "");
        if (a == null || a.cccd == null) {
            return Reply.redirect(url(IDENTITY_TAB));
        }
        switch (action) {
            case "fetch" -> {
                if (!ctx.defect(PortalDefect.SYNC_BUTTON_NOOP)) {
                    session.populationFetched = true;
                }
            }
            case "save" -> {
                Citizen c = state.population.get(a.cccd);
                if (!session.populationFetched || c == null || c.population() == null) {
                    session.flashError = "Vui lòng bấm \"Cập nhật CSDL Quốc gia về Dân cư\" để lấy thông tin trước khi cập nhật";
                } else if (!mismatches(a, c.population()).isEmpty() && !ctx.defect(PortalDefect.GREEN_CHECKS_ON_MISMATCH)) {
                    session.flashError = mismatchMessage(mismatches(a, c.population()));
                } else if (ctx.defect(PortalDefect.SYNC_SAVE_NOT_PERSISTED)) {
                    session.populationFetched = false;
                    session.flashSuccess = "Cập nhật thông tin thành công";
                } else {
                    Citizen.PopulationRecord p = c.population();
                    a.fullName = p.fullName();
                    a.birthDate = LocalDate.parse(p.birthDate());
                    a.gender = p.gender();
                    a.placeOfOrigin = p.placeOfOrigin();
                    a.synced = true;
                    session.populationFetched = false;
                    session.flashSuccess = "Cập nhật thông tin thành công";
                }
            }
            default -> session.flashError = "Thao tác không hợp lệ";
        }
        return Reply.redirect(url(IDENTITY_TAB));
    }

    private Reply dossiers(PortalSession session) {
        Map<String, Object> model = model("Quản lý hồ sơ đã nộp - Cổng Dịch vụ công Quốc gia", null, session);
        model.put("dossiers", Holders.dossiers(state, session.subject));
        return ctx.page(200, "national/dossiers", model);
    }

    /**
     * "Nộp hồ sơ trực tuyến", a level-2 service: a VNeID login of level 1 is refused with a message; level 2 or a
     * VNconnect login gets the (decorative) form.
     */
    private Reply submitService(PortalSession session) {
        Map<String, Object> model = model("Nộp hồ sơ trực tuyến - Cổng Dịch vụ công Quốc gia", null, session);
        Subject subject = session.subject;
        boolean levelTooLow = subject.method() == LoginMethod.VNEID && subject.vneidLevel() < 2;
        if (levelTooLow && !ctx.defect(PortalDefect.LEVEL_CHECK_MISSING)) {
            model.put("levelError", LEVEL_ERROR);
        } else {
            model.put("procedures", PROCEDURES);
        }
        return ctx.page(200, "national/submit-service", model);
    }

    private Reply logout(Exchange ex) {
        Reply reply = Reply.redirect(sso.logoutUrl(url(HOME)));
        Optional<PortalSession> session = rp.session(ex);
        if (session.isPresent() && ctx.defect(PortalDefect.LOGOUT_KEEPS_SESSION)) {
            session.get().appearsLoggedOut = true;
            return reply;
        }
        return rp.endSession(ex, reply);
    }

    private Reply infoPage(Exchange ex) {
        String title = INFO_PAGES.get(ex.path());
        PortalSession session = rp.session(ex).filter(s -> !s.appearsLoggedOut).orElse(null);
        if (title == null) {
            return error(404, "Không tìm thấy trang " + ex.path());
        }
        Map<String, Object> model = model(title + " - Cổng Dịch vụ công Quốc gia", ex.path(), session);
        model.put("heading", title);
        return ctx.page(200, "national/info", model);
    }

    // ------------------------------------------------------------------ helpers

    private interface SessionAction {
        Reply apply(PortalSession session);
    }

    /** Runs the action with the browser's session, or sends the browser to log in ("asks for login again"). */
    private Reply withSession(Exchange ex, SessionAction action) {
        Optional<PortalSession> session = rp.session(ex);
        if (session.isEmpty()) {
            return Reply.redirect(url("/dang-nhap"));
        }
        return action.apply(session.get());
    }

    private Map<String, Object> model(String title, String activePath, PortalSession session) {
        Map<String, Object> model = ctx.model(title);
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
            Map<String, Object> user = Holders.user(state, session.subject);
            if (ctx.defect(PortalDefect.OTHER_CITIZENS_NAME)) {
                user.put("fullName", otherCitizensName((String) user.get("fullName")));
            }
            model.put("user", user);
            if (session.flashSuccess != null) {
                model.put("success", session.flashSuccess);
                session.flashSuccess = null;
            }
            if (session.flashError != null) {
                model.put("error", session.flashError);
                session.flashError = null;
            }
        }
        return model;
    }

    /** The {@link PortalDefect#OTHER_CITIZENS_NAME} defect: the next citizen of the data (wrapping) with another name. */
    private String otherCitizensName(String fullName) {
        List<Citizen> all = state.citizens;
        int at = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).fullName().equals(fullName)) {
                at = i;
                break;
            }
        }
        for (int i = 1; i <= all.size(); i++) {
            String other = all.get((at + i) % all.size()).fullName();
            if (!other.equals(fullName)) {
                return other;
            }
        }
        return fullName;
    }

    private static List<String> mismatches(Account a, Citizen.PopulationRecord p) {
        List<String> fields = new ArrayList<>();
        if (!p.fullName().equals(a.fullName)) {
            fields.add("Họ và tên");
        }
        if (a.birthDate == null || !LocalDate.parse(p.birthDate()).equals(a.birthDate)) {
            fields.add("Ngày sinh");
        }
        return fields;
    }

    private static String mismatchMessage(List<String> fields) {
        return "Thông tin tài khoản không khớp với CSDL Quốc gia về Dân cư: " + String.join(", ", fields)
                + ". Vui lòng liên hệ cơ quan Công an để được hỗ trợ.";
    }

    private static List<Map<String, Object>> accountFields(Account a, boolean verified) {
        return List.of(
                field("fullName", "Họ và tên", a.fullName, verified, false),
                field("birthDate", "Ngày sinh", Formats.date(a.birthDate), verified, false),
                field("gender", "Giới tính", a.gender, verified, false),
                field("cccd", "Số định danh cá nhân/CCCD", a.cccd, verified, false),
                field("placeOfOrigin", "Quê quán", a.placeOfOrigin, verified, false));
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

    private static Map<String, Object> tile(String icon, String label, String href) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("icon", icon);
        t.put("label", label);
        t.put("href", href);
        return t;
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

    private String url(String path) {
        return ctx.url(PortalHosts.NATIONAL, path);
    }

    Reply error(int status, String message) {
        Map<String, Object> model = model("Thông báo lỗi - Cổng Dịch vụ công Quốc gia", null, null);
        model.put("message", message);
        return ctx.page(status, "national/error", model);
    }
}
