package vn.vneidlink.mock;

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

/**
 * Every provincial system of {@code portals.json} (e.g. {@code dichvucong.quangtri.gov.vn}); which one is
 * resolved from the Host header. Signs in through the national SSO with the province's client id, or (login
 * {@code vneid-direct}) straight at the VNeID SSO with its own client id there, the VNeID identity then resolved
 * by the same linking rule as the national SSO's. A system of readiness defect {@code bypasses-national-sso}
 * shows its own login form instead.
 */
final class ProvincialPortal implements PortalHandler {

    private static final Set<String> ACTIONS = Set.of("province.home", "province.login", "province.localLogin",
            "province.callback", "province.dossiers", "province.logout");
    /** The refusal of the local login form of {@link ReadinessDefect#BYPASSES_NATIONAL_SSO}. */
    static final String LOCAL_LOGIN_REFUSED = "Tên đăng nhập hoặc mật khẩu không chính xác";

    private final MockContext ctx;
    private final PortalState state;
    private final Map<String, RelyingParty> relyingParties = new LinkedHashMap<>();

    ProvincialPortal(MockContext ctx, NationalSso sso, VneidSso vneid) {
        this.ctx = ctx;
        this.state = ctx.state;
        for (ProvinceConfig p : ctx.provinces) {
            AuthorizationServer server = p.vneidDirect() ? vneid : sso;
            UnaryOperator<Subject> subjectOfSession = p.vneidDirect()
                    ? subject -> sessionSubject(sso.linkingRule(subject))
                    : this::sessionSubject;
            relyingParties.put(p.host(), new RelyingParty(ctx, server, p.host(), p.clientId(), p.sessionCookie(),
                    p.oauthCookie(), (status, message) -> error(p, status, message), true, subjectOfSession));
        }
    }

    @Override
    public String prefix() {
        return "province";
    }

    @Override
    public Set<String> actions() {
        return ACTIONS;
    }

    @Override
    public Reply handle(Exchange ex) {
        Optional<ProvinceConfig> found = ctx.provinceByHost(ex.host());
        if (found.isEmpty()) {
            state.unservedRequests.add(ex.describe() + " [no provincial system with this host in portals.json]");
            return Reply.html(404, "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>404</title></head>"
                    + "<body><p id=\"error-message\">Không có hệ thống dịch vụ công nào tại " + ErrorPages.escape(ex.host())
                    + " (host not listed in mocks/data/portals.json)</p></body></html>\n");
        }
        ProvinceConfig p = found.get();
        RelyingParty rp = relyingParties.get(p.host());
        return switch (ex.action()) {
            case "province.home" -> home(ex, p, rp);
            case "province.login" -> p.hasDefect(ReadinessDefect.BYPASSES_NATIONAL_SSO) ? localLogin(p, null) : rp.startLogin();
            case "province.localLogin" -> p.hasDefect(ReadinessDefect.BYPASSES_NATIONAL_SSO)
                    ? localLogin(p, LOCAL_LOGIN_REFUSED)
                    : error(p, 405, "Phương thức không được hỗ trợ (POST /dang-nhap: this system signs in through SSO).");
            case "province.callback" -> callback(ex, p, rp);
            case "province.dossiers" -> dossiers(ex, p, rp);
            case "province.logout" -> rp.endSession(ex, Reply.redirect(ctx.url(p.host(), "/")));
            default -> throw new IllegalArgumentException("not a provincial action: " + ex.action());
        };
    }

    private Reply home(Exchange ex, ProvinceConfig p, RelyingParty rp) {
        Map<String, Object> model = model(p, "Trang chủ - " + p.title(), rp.session(ex).orElse(null));
        model.put("navHome", true);
        model.put("tiles", List.of(
                tile("📝", "Nộp hồ sơ trực tuyến", "/ho-so-cua-toi"),
                tile("🔍", "Tra cứu hồ sơ", "/ho-so-cua-toi"),
                tile("💳", "Thanh toán trực tuyến", "/ho-so-cua-toi"),
                tile("💬", "Phản ánh kiến nghị", "/ho-so-cua-toi")));
        return ctx.page(200, "province/home", model);
    }

    /**
     * {@link ReadinessDefect#BYPASSES_NATIONAL_SSO}: the system's own user-name/password form on its own host (it
     * knows no account: every attempt is refused).
     */
    private Reply localLogin(ProvinceConfig p, String error) {
        Map<String, Object> model = model(p, "Đăng nhập - " + p.title(), null);
        model.put("error", error);
        return ctx.page(200, "province/local-login", model);
    }

    private Reply callback(Exchange ex, ProvinceConfig p, RelyingParty rp) {
        RelyingParty.Outcome outcome = rp.finishLogin(ex);
        if (outcome.error() != null) {
            return outcome.error();
        }
        return rp.withSessionCookies(Reply.redirect(ctx.url(p.host(), "/")), outcome.session());
    }

    /**
     * The account the provincial session stands for: the one the national SSO signed in; with the
     * {@link PortalDefect#PROVINCE_IGNORES_LINK} defect, a VNeID login of a linked account lands on the separate
     * VNeID account instead (opened if need be).
     */
    private Subject sessionSubject(Subject subject) {
        if (!ctx.defect(PortalDefect.PROVINCE_IGNORES_LINK) || subject.method() != LoginMethod.VNEID
                || subject.kind() != Subject.Kind.VNCONNECT_ACCOUNT) {
            return subject;
        }
        Account a = state.accounts.get(subject.key());
        String cccd = a.linkedVneid != null ? a.linkedVneid : a.cccd;
        Citizen c = state.population.get(cccd);
        state.vneidAccounts.computeIfAbsent(cccd, k -> new VneidAccount(c, state.now()));
        return Subject.separateVneid(cccd, subject.vneidLevel());
    }

    private Reply dossiers(Exchange ex, ProvinceConfig p, RelyingParty rp) {
        Optional<PortalSession> session = rp.session(ex);
        if (session.isEmpty()) {
            return Reply.redirect(ctx.url(p.host(), "/dang-nhap"));
        }
        Map<String, Object> model = model(p, "Hồ sơ của tôi - " + p.title(), session.get());
        model.put("navDossiers", true);
        model.put("dossiers", Holders.dossiers(state, session.get().subject));
        return ctx.page(200, "province/dossiers", model);
    }

    private Map<String, Object> model(ProvinceConfig p, String title, PortalSession session) {
        Map<String, Object> model = ctx.model(title);
        Map<String, Object> portal = new LinkedHashMap<>();
        portal.put("id", p.id());
        portal.put("province", p.province());
        portal.put("title", p.title());
        portal.put("operator", p.operator());
        portal.put("address", p.address());
        portal.put("hotline", p.hotline());
        model.put("portal", portal);
        model.put("nationalUrl", ctx.url(PortalHosts.NATIONAL, NationalPortal.HOME));
        if (session != null) {
            model.put("user", Holders.user(state, session.subject));
        }
        return model;
    }

    private static Map<String, Object> tile(String icon, String label, String href) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("icon", icon);
        t.put("label", label);
        t.put("href", href);
        return t;
    }

    private Reply error(ProvinceConfig p, int status, String message) {
        Map<String, Object> model = model(p, "Thông báo lỗi - " + p.title(), null);
        model.put("message", message);
        return ctx.page(status, "province/error", model);
    }
}
