package vn.vneidlink.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vneidlink.mock.PortalState.PortalSession;

/**
 * The mock of one provincial system of {@code portals.json} (e.g. {@code dichvucong.quangtri.gov.vn}), on its own
 * host with its own route table. Signs in through the national SSO with the province's client id, or (login
 * {@code vneid-direct}) straight at the VNeID SSO with its own client id there, the VNeID identity then resolved by
 * the national SSO's linking rule. {@link #routes()} lists every URL it answers; a seeded defect replaces a route or
 * the session rule of its {@link RelyingParty} ({@link ProvincialPortalDefects}).
 */
final class ProvincialPortalMock {

    private final MockContext ctx;
    private final PortalState state;
    private final ProvinceConfig province;
    private final RelyingParty rp;
    private final RouteTable routes;

    ProvincialPortalMock(MockContext ctx, ProvinceConfig province, NationalSsoMock sso, VneidSsoMock vneid) {
        this.ctx = ctx;
        this.state = ctx.state;
        this.province = province;
        this.rp = province.vneidDirect()
                ? new RelyingParty(ctx, vneid, province.host(), province.clientId(), province.sessionCookie(),
                        province.oauthCookie(), this::error, subject -> sso.linking.apply(subject))
                : new RelyingParty(ctx, sso, province.host(), province.clientId(), province.sessionCookie(),
                        province.oauthCookie(), this::error, subject -> subject);
        this.routes = new RouteTable(province.host())
                .get("/", this::home)
                .get("/dang-nhap", ex -> rp.startLogin())
                .post("/dang-nhap", ex -> error(405,
                        "Phương thức không được hỗ trợ (POST /dang-nhap: this system signs in through SSO)."))
                .get("/sso", this::callback)
                .get("/ho-so-cua-toi", this::dossiers)
                .get("/dang-xuat", ex -> rp.endSession(ex, Reply.redirect(ctx.url(province.host(), "/"))));
    }

    RouteTable routes() {
        return routes;
    }

    ProvinceConfig province() {
        return province;
    }

    RelyingParty relyingParty() {
        return rp;
    }

    PortalState state() {
        return state;
    }

    private Reply home(Exchange ex) {
        Map<String, Object> model = model("Trang chủ - " + province.title(), rp.session(ex).orElse(null));
        model.put("navHome", true);
        model.put("tiles", List.of(
                NationalPortalMock.tile("📝", "Nộp hồ sơ trực tuyến", "/ho-so-cua-toi"),
                NationalPortalMock.tile("🔍", "Tra cứu hồ sơ", "/ho-so-cua-toi"),
                NationalPortalMock.tile("💳", "Thanh toán trực tuyến", "/ho-so-cua-toi"),
                NationalPortalMock.tile("💬", "Phản ánh kiến nghị", "/ho-so-cua-toi")));
        return ctx.page(200, "province/home", model);
    }

    private Reply callback(Exchange ex) {
        RelyingParty.Outcome outcome = rp.finishLogin(ex);
        if (outcome.error() != null) {
            return outcome.error();
        }
        return rp.withSessionCookies(Reply.redirect(ctx.url(province.host(), "/")), outcome.session());
    }

    private Reply dossiers(Exchange ex) {
        Optional<PortalSession> session = rp.session(ex);
        if (session.isEmpty()) {
            return Reply.redirect(ctx.url(province.host(), "/dang-nhap"));
        }
        Map<String, Object> model = model("Hồ sơ của tôi - " + province.title(), session.get());
        model.put("navDossiers", true);
        model.put("dossiers", Holders.dossiers(state, session.get().subject));
        return ctx.page(200, "province/dossiers", model);
    }

    Map<String, Object> model(String title, PortalSession session) {
        Map<String, Object> model = ctx.model(title);
        Map<String, Object> portal = new LinkedHashMap<>();
        portal.put("id", province.id());
        portal.put("province", province.province());
        portal.put("title", province.title());
        portal.put("operator", province.operator());
        portal.put("address", province.address());
        portal.put("hotline", province.hotline());
        model.put("portal", portal);
        model.put("nationalUrl", ctx.url(PortalHosts.NATIONAL, NationalPortalMock.HOME));
        if (session != null) {
            model.put("user", Map.of("fullName", Holders.fullName(state, session.subject)));
        }
        return model;
    }

    Reply page(String template, Map<String, Object> model) {
        return ctx.page(200, template, model);
    }

    private Reply error(int status, String message) {
        Map<String, Object> model = model("Thông báo lỗi - " + province.title(), null);
        model.put("message", message);
        return ctx.page(status, "province/error", model);
    }
}
