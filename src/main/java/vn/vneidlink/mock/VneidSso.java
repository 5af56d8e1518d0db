package vn.vneidlink.mock;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.AppStatus;
import vn.vneidlink.mock.PortalState.AuthCode;
import vn.vneidlink.mock.PortalState.VneidAuthRequest;

/**
 * The VNeID SSO {@code sso.dancuquocgia.gov.vn} of the National Population Data Centre: ID number and
 * password, then approval by SMS OTP or in the VNeID app. Keeps no session (asks every time).
 */
final class VneidSso implements PortalHandler, AuthorizationServer {

    private static final Set<String> ACTIONS = Set.of("vneid.authorize", "vneid.login", "vneid.methodPage", "vneid.otpSend",
            "vneid.otpPage", "vneid.otpSubmit", "vneid.appRequest", "vneid.appPage", "vneid.appStatus", "vneid.appComplete");
    static final String LOGIN_TITLE = "Đăng nhập - Định danh điện tử";
    /** The delay of the {@link PortalDefect#VNEID_SLOWER_THAN_TIMEOUT} defect. */
    static final Duration SLOW_DEFECT_DELAY = Duration.ofSeconds(15);
    static final String OUTAGE_HEADING = "Không thể kết nối hệ thống định danh điện tử";
    static final String OUTAGE_MESSAGE = "Hệ thống định danh điện tử đang gián đoạn. Vui lòng thử lại sau.";

    private final MockContext ctx;
    private final PortalState state;
    /** Registered clients: client id -> redirect URI. */
    private final Map<String, String> clients = new LinkedHashMap<>();

    VneidSso(MockContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state;
        clients.put(NationalSso.VNEID_CLIENT_ID, ctx.url(PortalHosts.NATIONAL_SSO, "/commonauth"));
        for (ProvinceConfig p : ctx.provinces) {
            if (p.vneidDirect()) {
                clients.put(p.clientId(), ctx.url(p.host(), "/sso"));
            }
        }
    }

    @Override
    public String prefix() {
        return "vneid";
    }

    @Override
    public Set<String> actions() {
        return ACTIONS;
    }

    @Override
    public Reply handle(Exchange ex) {
        return switch (ex.action()) {
            case "vneid.authorize" -> authorize(ex);
            case "vneid.login" -> login(ex);
            case "vneid.methodPage" -> methodPage(ex);
            case "vneid.otpSend" -> otpSend(ex);
            case "vneid.otpPage" -> otpPage(ex);
            case "vneid.otpSubmit" -> otpSubmit(ex);
            case "vneid.appRequest" -> appRequest(ex);
            case "vneid.appPage" -> appPage(ex);
            case "vneid.appStatus" -> appStatus(ex);
            case "vneid.appComplete" -> appComplete(ex);
            default -> throw new IllegalArgumentException("not a VNeID action: " + ex.action());
        };
    }

    /** {@link MockControls#setVneidDown}: every page answers 503 with the outage page. */
    @Override
    public Optional<Reply> outage(Exchange exchange) {
        if (!ctx.controls.vneidDown()) {
            return Optional.empty();
        }
        Map<String, Object> model = ctx.model("Lỗi - Định danh điện tử");
        model.put("heading", OUTAGE_HEADING);
        model.put("message", OUTAGE_MESSAGE);
        return Optional.of(ctx.page(503, "vneid/error", model).header("Retry-After", "60"));
    }

    /** {@link MockControls#setVneidDelay}, or 15 s with {@link PortalDefect#VNEID_SLOWER_THAN_TIMEOUT} (the longer). */
    @Override
    public Duration responseDelay() {
        Duration delay = ctx.controls.vneidDelay();
        if (ctx.defect(PortalDefect.VNEID_SLOWER_THAN_TIMEOUT) && delay.compareTo(SLOW_DEFECT_DELAY) < 0) {
            return SLOW_DEFECT_DELAY;
        }
        return delay;
    }

    // ------------------------------------------------------------------ in-process API

    @Override
    public String authorizeUrl(String clientId, String redirectUri, String oauthState) {
        return Urls.withQuery(ctx.url(PortalHosts.VNEID_SSO, "/auth"), "response_type", "code", "client_id", clientId,
                "redirect_uri", redirectUri, "scope", "openid", "state", oauthState);
    }

    /** Redeems a VNeID code (single use) for who signed in: the CCCD (as key) and the VNeID account's level. */
    @Override
    public Redemption<Subject> redeem(String code, String clientId, String redirectUri) {
        return state.redeem(state.vneidCodes, code, clientId, redirectUri);
    }

    // ------------------------------------------------------------------ routes

    private Reply authorize(Exchange ex) {
        String clientId = ex.query("client_id", "");
        String redirectUri = ex.query("redirect_uri", "");
        String registered = clients.get(clientId);
        if (registered == null) {
            return error(400, "Ứng dụng không hợp lệ: client_id \"" + clientId + "\" chưa được đăng ký.", null);
        }
        if (!registered.equals(redirectUri)) {
            return error(400, "Địa chỉ chuyển hướng không hợp lệ: redirect_uri \"" + redirectUri
                    + "\" không khớp với địa chỉ đã đăng ký của ứng dụng " + clientId + ".", null);
        }
        if (!"code".equals(ex.query("response_type", ""))) {
            return error(400, "Yêu cầu không hợp lệ: response_type phải là \"code\".", null);
        }
        String oauthState = ex.query("state", "");
        if (oauthState.isBlank()) {
            return error(400, "Yêu cầu không hợp lệ: thiếu tham số state.", null);
        }
        String req = state.randomToken();
        state.vneidRequests.put(req, new VneidAuthRequest(req, clientId, redirectUri, oauthState, state.now()));
        Map<String, Object> model = ctx.model(LOGIN_TITLE);
        model.put("req", req);
        if (ex.query("loginFailure").isPresent()) {
            model.put("error", "Số định danh cá nhân hoặc mật khẩu không đúng");
        }
        return ctx.page(200, "vneid/login", model);
    }

    private Reply login(Exchange ex) {
        VneidAuthRequest r = request(ex.form("req", ""));
        if (r == null) {
            return expiredRequest();
        }
        Citizen c = state.population.get(ex.form("username", "").trim());
        if (c == null || c.vneid() == null || !c.vneid().password().equals(ex.form("password", ""))) {
            // back to the login page at /auth (a fresh request for the same client, state kept), with the error
            state.vneidRequests.remove(r.req);
            return Reply.redirect(Urls.withQuery(loginUrl(r), "loginFailure", "true"));
        }
        r.cccd = c.cccd();
        return Reply.redirect(path("/auth/xac-thuc", r));
    }

    private Reply methodPage(Exchange ex) {
        VneidAuthRequest r = request(ex.query("req", ""));
        if (r == null) {
            return expiredRequest();
        }
        if (r.cccd == null) {
            return Reply.redirect(loginUrl(r));
        }
        Map<String, Object> model = ctx.model("Xác thực đăng nhập - Định danh điện tử");
        model.put("req", r.req);
        return ctx.page(200, "vneid/method", model);
    }

    private Reply otpSend(Exchange ex) {
        VneidAuthRequest r = request(ex.form("req", ""));
        if (r == null) {
            return expiredRequest();
        }
        if (r.cccd == null) {
            return Reply.redirect(loginUrl(r));
        }
        r.otp = state.randomDigits(6);
        r.otpIssuedAt = state.now();
        state.sms().sendOtp(state.population.get(r.cccd).phone(), "VNeID", r.otp, r.otpIssuedAt);
        return Reply.redirect(path("/auth/otp", r));
    }

    private Reply otpPage(Exchange ex) {
        VneidAuthRequest r = request(ex.query("req", ""));
        if (r == null) {
            return expiredRequest();
        }
        if (r.cccd == null || r.otpIssuedAt == null) {
            return Reply.redirect(path("/auth/xac-thuc", r));
        }
        Map<String, Object> model = ctx.model("Xác thực OTP - Định danh điện tử");
        model.put("req", r.req);
        model.put("maskedPhone", Formats.maskedPhone(state.population.get(r.cccd).phone()));
        String error = ex.query("error", "");
        if (error.equals("wrong")) {
            model.put("error", "Mã OTP không chính xác");
        } else if (error.equals("expired") || r.otp == null) {
            model.put("error", "Mã OTP đã hết hiệu lực. Vui lòng bấm \"Gửi lại mã OTP\".");
        }
        return ctx.page(200, "vneid/otp", model);
    }

    private Reply otpSubmit(Exchange ex) {
        VneidAuthRequest r = request(ex.form("req", ""));
        if (r == null) {
            return expiredRequest();
        }
        if (r.cccd == null || r.otpIssuedAt == null) {
            return Reply.redirect(path("/auth/xac-thuc", r));
        }
        if (r.otp == null || state.expired(r.otpIssuedAt, PortalState.OTP_VALIDITY)) {
            r.otp = null;
            return Reply.redirect(Urls.withQuery(path("/auth/otp", r), "error", "expired"));
        }
        if (!r.otp.equals(ex.form("otp", "").trim())) {
            return Reply.redirect(Urls.withQuery(path("/auth/otp", r), "error", "wrong"));
        }
        return complete(r);
    }

    private Reply appRequest(Exchange ex) {
        VneidAuthRequest r = request(ex.form("req", ""));
        if (r == null) {
            return expiredRequest();
        }
        if (r.cccd == null) {
            return Reply.redirect(loginUrl(r));
        }
        r.appStatus = AppStatus.PENDING;
        return Reply.redirect(path("/auth/app", r));
    }

    private Reply appPage(Exchange ex) {
        VneidAuthRequest r = request(ex.query("req", ""));
        if (r == null) {
            return expiredRequest();
        }
        if (r.cccd == null || r.appStatus == AppStatus.NONE) {
            return Reply.redirect(path("/auth/xac-thuc", r));
        }
        Map<String, Object> model = ctx.model("Xác thực trên ứng dụng VNeID - Định danh điện tử");
        model.put("req", r.req);
        return ctx.page(200, "vneid/app", model);
    }

    private Reply appStatus(Exchange ex) {
        VneidAuthRequest r = request(ex.query("req", ""));
        if (r == null) {
            return Reply.json(404, "{\"status\":\"unknown\"}");
        }
        String status = switch (r.appStatus) {
            case NONE -> "none";
            case PENDING -> "pending";
            case APPROVED -> "approved";
            case DECLINED -> "declined";
        };
        return Reply.json(200, "{\"status\":\"" + status + "\"}");
    }

    private Reply appComplete(Exchange ex) {
        VneidAuthRequest r = request(ex.query("req", ""));
        if (r == null) {
            return expiredRequest();
        }
        return switch (r.appStatus) {
            case APPROVED -> complete(r);
            case PENDING -> Reply.redirect(path("/auth/app", r));
            case NONE -> Reply.redirect(path("/auth/xac-thuc", r));
            case DECLINED -> {
                if (ctx.defect(PortalDefect.DECLINE_STILL_SIGNS_IN)) {
                    yield complete(r);
                }
                state.vneidRequests.remove(r.req);
                yield error(200, "Yêu cầu đăng nhập đã bị từ chối trên ứng dụng VNeID", loginUrl(r));
            }
        };
    }

    // ------------------------------------------------------------------ helpers

    private Reply complete(VneidAuthRequest r) {
        state.vneidRequests.remove(r.req);
        String code = state.randomToken();
        Citizen c = state.population.get(r.cccd);
        int level = c.vneid() == null ? 0 : c.vneid().level();
        state.vneidCodes.put(code, new AuthCode(code, r.clientId, r.redirectUri, Subject.separateVneid(r.cccd, level), state.now()));
        return Reply.redirect(Urls.withQuery(r.redirectUri, "code", code, "state", r.state));
    }

    private VneidAuthRequest request(String req) {
        return state.vneidRequests.get(req);
    }

    private String path(String path, VneidAuthRequest r) {
        return Urls.withQuery(ctx.url(PortalHosts.VNEID_SSO, path), "req", r.req);
    }

    /** The login page again, for the same client request (a fresh {@code req}). */
    private String loginUrl(VneidAuthRequest r) {
        return authorizeUrl(r.clientId, r.redirectUri, r.state);
    }

    private Reply expiredRequest() {
        return error(400, "Yêu cầu đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng thực hiện lại từ trang dịch vụ.", null);
    }

    private Reply error(int status, String message, String backUrl) {
        Map<String, Object> model = ctx.model("Lỗi - Định danh điện tử");
        model.put("message", message);
        model.put("backUrl", backUrl);
        return ctx.page(status, "vneid/error", model);
    }
}
