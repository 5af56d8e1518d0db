package vn.vneidlink.mock;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.VneidAuthRequest;

/**
 * The mock of the VNeID SSO {@code sso.dancuquocgia.gov.vn} of the National Population Data Centre: identification
 * number and password, then approval by SMS OTP or in the VNeID app. Keeps no session (asks every time).
 * {@link #routes()} lists every URL it answers; the fields under "rules" are the behaviours a seeded defect may replace
 * ({@link VneidSsoDefects}).
 */
final class VneidSsoMock implements AuthorizationServer {

    static final String LOGIN_TITLE = "Đăng nhập - Định danh điện tử";
    static final String OUTAGE_HEADING = "Không thể kết nối hệ thống định danh điện tử";
    static final String OUTAGE_MESSAGE = "Hệ thống định danh điện tử đang gián đoạn. Vui lòng thử lại sau.";

    // ------------------------------------------------------------------ rules a seeded defect may replace

    /** How long every reply is held back: {@link MockControls#setVneidDelay} (zero by default). */
    Supplier<Duration> responseDelay;
    /** The answer when the citizen declined in the app: the refusal, with a way back to the login page. */
    Function<VneidAuthRequest, Reply> onDeclined = this::declined;

    private final MockContext ctx;
    private final PortalState state;
    /** Registered clients: client id -> redirect URI. */
    private final Map<String, String> clients = new LinkedHashMap<>();
    private final RouteTable routes = new RouteTable(PortalHosts.VNEID_SSO);

    VneidSsoMock(MockContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state;
        this.responseDelay = ctx.controls::vneidDelay;
        clients.put(NationalSsoMock.VNEID_CLIENT_ID, ctx.url(PortalHosts.NATIONAL_SSO, "/commonauth"));
        for (ProvinceConfig p : ctx.provinces) {
            if (p.vneidDirect()) {
                clients.put(p.clientId(), ctx.url(p.host(), "/sso"));
            }
        }
        routes.get("/auth", this::authorize)
                .post("/auth/login", this::login)
                .get("/auth/xac-thuc", this::methodPage)
                .post("/auth/otp/send", this::otpSend)
                .get("/auth/otp", this::otpPage)
                .post("/auth/otp", this::otpSubmit)
                .post("/auth/app/request", this::appRequest)
                .get("/auth/app", this::appPage)
                .get("/auth/app/status", this::appStatus)
                .get("/auth/app/complete", this::appComplete)
                .delayedBy(() -> responseDelay.get())
                .outage(this::outage);
    }

    RouteTable routes() {
        return routes;
    }

    /** Registers one more client (today's national portal): its id and the only redirect URI it may use. */
    void registerClient(String clientId, String redirectUri) {
        clients.put(clientId, redirectUri);
    }

    /** {@link MockControls#setVneidDown}: every page answers 503 with the outage page. */
    private Optional<Reply> outage(Exchange exchange) {
        if (!ctx.controls.vneidDown()) {
            return Optional.empty();
        }
        Map<String, Object> model = ctx.model("Lỗi - Định danh điện tử");
        model.put("heading", OUTAGE_HEADING);
        model.put("message", OUTAGE_MESSAGE);
        return Optional.of(ctx.page(503, "vneid/error", model).header("Retry-After", "60"));
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
        return state.redeemVneidCode(code, clientId, redirectUri);
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
        VneidAuthRequest request = state.newVneidRequest(clientId, redirectUri, oauthState);
        Map<String, Object> model = ctx.model(LOGIN_TITLE);
        model.put("req", request.req);
        if (ex.query("loginFailure").isPresent()) {
            model.put("error", "Số định danh cá nhân hoặc mật khẩu không đúng");
        }
        return ctx.page(200, "vneid/login", model);
    }

    private Reply login(Exchange ex) {
        return withRequest(ex.form("req", ""), r -> {
            Optional<Citizen> citizen = state.citizen(ex.form("username", "").trim())
                    .filter(c -> c.vneid() != null && c.vneid().password().equals(ex.form("password", "")));
            if (citizen.isEmpty()) {
                // back to the login page at /auth (a fresh request for the same client, state kept), with the error
                state.dropVneidRequest(r);
                return Reply.redirect(Urls.withQuery(loginUrl(r), "loginFailure", "true"));
            }
            r.signedIn(citizen.get().cccd());
            return Reply.redirect(path("/auth/xac-thuc", r));
        });
    }

    private Reply methodPage(Exchange ex) {
        return withRequest(ex.query("req", ""), r -> {
            if (r.cccd().isEmpty()) {
                return Reply.redirect(loginUrl(r));
            }
            Map<String, Object> model = ctx.model("Xác thực đăng nhập - Định danh điện tử");
            model.put("req", r.req);
            return ctx.page(200, "vneid/method", model);
        });
    }

    private Reply otpSend(Exchange ex) {
        return withRequest(ex.form("req", ""), r -> {
            if (r.cccd().isEmpty()) {
                return Reply.redirect(loginUrl(r));
            }
            r.sendOtp(state.randomDigits(6), state.now());
            state.sms().sendOtp(phoneOf(r), "VNeID", r.otp().orElseThrow(), r.otpIssuedAt());
            return Reply.redirect(path("/auth/otp", r));
        });
    }

    private Reply otpPage(Exchange ex) {
        return withRequest(ex.query("req", ""), r -> {
            if (r.cccd().isEmpty() || !r.otpSent()) {
                return Reply.redirect(path("/auth/xac-thuc", r));
            }
            Map<String, Object> model = ctx.model("Xác thực OTP - Định danh điện tử");
            model.put("req", r.req);
            model.put("maskedPhone", Formats.maskedPhone(phoneOf(r)));
            String error = ex.query("error", "");
            if (error.equals("wrong")) {
                model.put("error", "Mã OTP không chính xác");
            } else if (error.equals("expired") || r.otp().isEmpty()) {
                model.put("error", "Mã OTP đã hết hiệu lực. Vui lòng bấm \"Gửi lại mã OTP\".");
            }
            return ctx.page(200, "vneid/otp", model);
        });
    }

    private Reply otpSubmit(Exchange ex) {
        return withRequest(ex.form("req", ""), r -> {
            if (r.cccd().isEmpty() || !r.otpSent()) {
                return Reply.redirect(path("/auth/xac-thuc", r));
            }
            if (r.otp().isEmpty() || state.expired(r.otpIssuedAt(), PortalState.OTP_VALIDITY)) {
                r.useUpOtp();
                return Reply.redirect(Urls.withQuery(path("/auth/otp", r), "error", "expired"));
            }
            if (!r.otp().get().equals(ex.form("otp", "").trim())) {
                return Reply.redirect(Urls.withQuery(path("/auth/otp", r), "error", "wrong"));
            }
            return complete(r);
        });
    }

    private Reply appRequest(Exchange ex) {
        return withRequest(ex.form("req", ""), r -> {
            if (r.cccd().isEmpty()) {
                return Reply.redirect(loginUrl(r));
            }
            r.askApp();
            return Reply.redirect(path("/auth/app", r));
        });
    }

    private Reply appPage(Exchange ex) {
        return withRequest(ex.query("req", ""), r -> {
            if (r.cccd().isEmpty() || r.appStatus() == PortalState.AppStatus.NONE) {
                return Reply.redirect(path("/auth/xac-thuc", r));
            }
            Map<String, Object> model = ctx.model("Xác thực trên ứng dụng VNeID - Định danh điện tử");
            model.put("req", r.req);
            return ctx.page(200, "vneid/app", model);
        });
    }

    /** Polled by the waiting page: {@code {"status":"pending"}} until the citizen answers in the app. */
    private Reply appStatus(Exchange ex) {
        return state.vneidRequest(ex.query("req", ""))
                .map(r -> Reply.json(200, ctx.toJson(Map.of("status", r.appStatus().name().toLowerCase(java.util.Locale.ROOT)))))
                .orElseGet(() -> Reply.json(404, "{\"status\":\"unknown\"}"));
    }

    private Reply appComplete(Exchange ex) {
        return withRequest(ex.query("req", ""), r -> switch (r.appStatus()) {
            case APPROVED -> complete(r);
            case PENDING -> Reply.redirect(path("/auth/app", r));
            case NONE -> Reply.redirect(path("/auth/xac-thuc", r));
            case DECLINED -> onDeclined.apply(r);
        });
    }

    // ------------------------------------------------------------------ helpers

    /** The citizen approved: back to the client with a code for his CCCD and his VNeID account's level. */
    Reply complete(VneidAuthRequest r) {
        String cccd = r.cccd().orElseThrow();
        Citizen c = state.citizen(cccd).orElseThrow();
        int level = c.vneid() == null ? 0 : c.vneid().level();
        String code = state.issueVneidCode(r, Subject.separateVneid(cccd, level));
        return Reply.redirect(Urls.withQuery(r.redirectUri, "code", code, "state", r.state));
    }

    private Reply declined(VneidAuthRequest r) {
        state.dropVneidRequest(r);
        return error(200, "Yêu cầu đăng nhập đã bị từ chối trên ứng dụng VNeID", loginUrl(r));
    }

    private Reply withRequest(String req, Function<VneidAuthRequest, Reply> handler) {
        return state.vneidRequest(req).map(handler).orElseGet(this::expiredRequest);
    }

    private String phoneOf(VneidAuthRequest r) {
        return state.citizen(r.cccd().orElseThrow()).orElseThrow().phone();
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
