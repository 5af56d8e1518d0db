package vn.vneidlink.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.AppStatus;
import vn.vneidlink.mock.PortalState.CodeChannel;
import vn.vneidlink.mock.PortalState.VneidAuthRequest;

/**
 * The mock of the VNeID SSO {@code sso.dancuquocgia.gov.vn} of the National Population Data Centre, as the real one
 * is built: one page ({@code GET /auth}) whose script talks to the server by XHR under {@value #ACTIONS}. The ID
 * number and password ({@code authenticate}) send a one-time code to the VNeID app (or, on request, by SMS:
 * {@code change-mode}); the page asks for it in a modal ({@code verify-otp}) and polls {@code status} meanwhile, so
 * that a decline in the app shows at once. Or the page shows a QR code ({@code qr-code}) that the app scans and
 * confirms with the citizen's passcode. Every answer of an action is JSON; refusals are
 * {@code {"error","error_description"}}. Keeps no session (asks every time).
 *
 * <p>{@link #routes()} lists every URL it answers; the fields under "rules" are the behaviours a seeded defect may
 * replace ({@link VneidSsoDefects}).
 */
final class VneidSsoMock implements AuthorizationServer {

    /** Where the page's script sends its XHR. */
    static final String ACTIONS = "/idp/sso/login-actions/";

    static final String LOGIN_TITLE = "Đăng nhập - Định danh điện tử";
    static final String OUTAGE_HEADING = "Không thể kết nối hệ thống định danh điện tử";
    static final String OUTAGE_MESSAGE = "Hệ thống định danh điện tử đang gián đoạn. Vui lòng thử lại sau.";
    static final String WRONG_CREDENTIALS = "Số định danh cá nhân hoặc mật khẩu không đúng";
    static final String WEB_LOGIN_OFF = "Tài khoản định danh điện tử chưa cho phép đăng nhập trên web. "
            + "Vui lòng bật chức năng đăng nhập trên web trong ứng dụng VNeID.";
    static final String WRONG_CODE = "Mã OTP không chính xác.";
    static final String EXPIRED_CODE = "Mã OTP đã hết hiệu lực.";
    static final String DECLINED = "Yêu cầu đăng nhập đã bị từ chối trên ứng dụng VNeID";
    static final String EXPIRED_REQUEST = "Yêu cầu đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng thực hiện lại từ trang dịch vụ.";
    /** The error of a refused login, as the real SSO names it. */
    static final String INVALID_GRANT = "invalid_grant_vneid";
    /** The prefix of the payload of a login QR code. */
    static final String QR_PREFIX = "vneid-login:";

    // ------------------------------------------------------------------ rules a seeded defect may replace

    /** How long every reply is held back: {@link MockControls#setVneidDelay} (zero by default). */
    Supplier<Duration> responseDelay;
    /** The answer when the citizen declined in the app: the refusal, with a way back to the login page. */
    Function<VneidAuthRequest, Reply> onDeclined = this::declined;
    /** The answer once the app scanned the QR code: wait for the citizen's passcode in the app. */
    Function<VneidAuthRequest, Reply> onScanned = this::awaitingPasscode;
    /**
     * The VNeID account that an ID number and a password open: the citizen whose personal identification number is
     * exactly {@code username} (12 digits, as the page sends it) and whose VNeID password is exactly {@code password};
     * empty for anything else (a part of a number, another citizen's password, another case). One refusal for every
     * wrong pair, as the real SSO answers ({@value #WRONG_CREDENTIALS}): it does not say which half was wrong.
     */
    BiFunction<String, String, Optional<Citizen>> credentials = this::accountOpenedBy;
    /** Whether the code typed in the modal ({@code given}) is the one sent ({@code sent}). */
    BiPredicate<String, String> codeMatches = String::equals;
    /** The phone number as the modal shows it: masked ({@code 090****102}). */
    UnaryOperator<String> phoneShown = Formats::vneidMaskedPhone;
    /** Whether the citizen's VNeID app lets him log in on the web. */
    Predicate<Citizen> webLoginAllowed = c -> c.vneid().webLoginAllowed();
    /** Whether the firewall in front rejects every request: {@link MockControls#setVneidFirewallRejects} (off by default). */
    BooleanSupplier firewallRejects;
    /** Whether an authorization request's {@code redirect_uri} ({@code given}) is the client's {@code registered} one: exactly. */
    BiPredicate<String, String> redirectUriAccepted = AuthorizationServer.EXACT_REDIRECT_URI;

    private final MockContext ctx;
    private final PortalState state;
    /** Registered clients: client id -> redirect URI. */
    private final Map<String, String> clients = new LinkedHashMap<>();
    private final RouteTable routes = new RouteTable(PortalHosts.VNEID_SSO);

    VneidSsoMock(MockContext ctx) {
        this.ctx = ctx;
        this.state = ctx.state;
        this.responseDelay = ctx.controls::vneidDelay;
        this.firewallRejects = ctx.controls::vneidFirewallRejects;
        clients.put(NationalSsoMock.VNEID_CLIENT_ID, ctx.url(PortalHosts.NATIONAL_SSO, "/commonauth"));
        for (ProvinceConfig p : ctx.provinces) {
            if (p.clientAtVneidSso()) {
                clients.put(p.clientId(), p.platformKind().callback(p, true).url(ctx));
            }
        }
        routes.get("/auth", this::authorize)
                .post(ACTIONS + "authenticate", this::authenticate)
                .post(ACTIONS + "change-mode", this::changeMode)
                .post(ACTIONS + "verify-otp", this::verifyOtp)
                .get(ACTIONS + "status", this::status)
                .post(ACTIONS + "qr-code", this::qrCode)
                .delayedBy(() -> responseDelay.get())
                .outage(this::outage)
                .frontedBy(() -> firewallRejects.getAsBoolean(), this::firewallPage);
    }

    RouteTable routes() {
        return routes;
    }

    /** Registers one more client (today's national portal): its id and the only redirect URI it may use. */
    void registerClient(String clientId, String redirectUri) {
        clients.put(clientId, redirectUri);
    }

    /** {@link MockControls#setVneidDown}: every route, XHR included, answers 503 with the outage page. */
    private Optional<Reply> outage(Exchange exchange) {
        if (!ctx.controls.vneidDown()) {
            return Optional.empty();
        }
        Map<String, Object> model = ctx.model("Lỗi - Định danh điện tử");
        model.put("heading", OUTAGE_HEADING);
        model.put("message", OUTAGE_MESSAGE);
        return Optional.of(ctx.page(503, "vneid/error", model).header("Retry-After", "60"));
    }

    /** {@link MockControls#setVneidFirewallRejects}: the F5 firewall's page, with a fresh support ID. */
    private Reply firewallPage(Exchange exchange) {
        return FirewallPage.rejected(ctx);
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

    /** The login page (the single-page app) for a valid authorization request; an error page otherwise. */
    private Reply authorize(Exchange ex) {
        Optional<String> refused = AuthorizationServer.refusal(ex, clients, "", redirectUriAccepted);
        if (refused.isPresent()) {
            return error(400, refused.get());
        }
        String clientId = ex.query("client_id", "");
        String redirectUri = ex.query("redirect_uri", "");
        String oauthState = ex.query("state", "");
        VneidAuthRequest request = state.newVneidRequest(clientId, redirectUri, oauthState);
        Map<String, Object> model = ctx.model(LOGIN_TITLE);
        model.put("req", request.req);
        return ctx.page(200, "vneid/login", model);
    }

    /** ID number and password: the code goes to the VNeID app; a wrong pair, or an app that forbids web logins, is refused. */
    private Reply authenticate(Exchange ex) {
        return withRequest(ex.form("req", ""), r -> {
            Optional<Citizen> citizen = credentials.apply(ex.form("username", "").trim(), ex.form("password", ""));
            if (citizen.isEmpty()) {
                return refusal(INVALID_GRANT, WRONG_CREDENTIALS);
            }
            if (!webLoginAllowed.test(citizen.get())) {
                return refusal(INVALID_GRANT, WEB_LOGIN_OFF);
            }
            r.signedIn(citizen.get().cccd());
            return sendCode(r, CodeChannel.APP);
        });
    }

    /** {@code mode=sms} (or {@code app}): a new code, by SMS to the registered phone (or to the app). */
    private Reply changeMode(Exchange ex) {
        return withRequest(ex.form("req", ""), r -> {
            if (r.appStatus() != AppStatus.CODE_SENT) {
                return refusal("invalid_request", "Chưa đăng nhập bằng số định danh cá nhân và mật khẩu.");
            }
            return switch (ex.form("mode", "")) {
                case "sms" -> sendCode(r, CodeChannel.SMS);
                case "app" -> sendCode(r, CodeChannel.APP);
                default -> refusal("invalid_request", "Phương thức nhận mã không hợp lệ: \"" + ex.form("mode", "") + "\".");
            };
        });
    }

    /** The code typed in the modal: right → the way back to the client; wrong, expired or declined → refused. */
    private Reply verifyOtp(Exchange ex) {
        return withRequest(ex.form("req", ""), r -> {
            if (r.appStatus() == AppStatus.DECLINED) {
                return onDeclined.apply(r);
            }
            if (r.appStatus() != AppStatus.CODE_SENT) {
                return refusal("invalid_request", "Chưa có mã xác nhận cho yêu cầu đăng nhập này.");
            }
            if (r.code().isEmpty() || state.expired(r.codeIssuedAt(), PortalState.OTP_VALIDITY)) {
                r.useUpCode();
                return refusal(INVALID_GRANT, EXPIRED_CODE);
            }
            if (!codeMatches.test(r.code().get(), ex.form("otp", "").trim())) {
                return refusal(INVALID_GRANT, WRONG_CODE);
            }
            return complete(r);
        });
    }

    /**
     * Polled by the page while the modal or the QR code shows: {@code none}, {@code pending} (a code was sent),
     * {@code waiting} (QR shown), {@code scanned} (waiting for the passcode), then {@code approved} with the
     * {@code redirectUrl}, or {@code declined}; an unknown {@code req} answers 404 {@code unknown}.
     */
    private Reply status(Exchange ex) {
        return state.vneidRequest(ex.query("req", "")).map(r -> switch (r.appStatus()) {
            case NONE -> json(200, "status", "none");
            case CODE_SENT -> json(200, "status", "pending");
            case QR_SHOWN -> json(200, "status", "waiting");
            case SCANNED -> onScanned.apply(r);
            case APPROVED -> complete(r);
            case DECLINED -> onDeclined.apply(r);
        }).orElseGet(() -> json(404, "status", "unknown", "error", "invalid_request", "error_description", EXPIRED_REQUEST));
    }

    /** "Quét mã QR": a fresh payload for the page to show and the VNeID app to scan. */
    private Reply qrCode(Exchange ex) {
        return withRequest(ex.form("req", ""), r -> {
            Instant now = state.now();
            r.showQr(QR_PREFIX + state.randomToken(), now);
            return json(200, "qrCode", r.qrPayload().orElseThrow(), "expiredDate", now.plus(PortalState.OTP_VALIDITY).toEpochMilli());
        });
    }

    // ------------------------------------------------------------------ helpers

    /** The correct {@link #credentials}: the whole ID number and the whole password, compared exactly. */
    private Optional<Citizen> accountOpenedBy(String username, String password) {
        if (!username.matches("\\d{12}") || password.isEmpty()) {
            return Optional.empty();
        }
        return state.citizen(username).filter(c -> c.vneid() != null && c.vneid().password().equals(password));
    }

    /** Every citizen of the data (for a defect that looks accounts up otherwise than by the whole number). */
    java.util.List<Citizen> citizens() {
        return state.citizens();
    }

    /** A fresh code for the request, to the app or by SMS: {@code {"otp":true,"mode","expiredDate","phoneNumber"}}. */
    private Reply sendCode(VneidAuthRequest r, CodeChannel channel) {
        Instant now = state.now();
        r.sendCode(state.randomDigits(6), now, channel);
        String phone = state.citizen(r.cccd().orElseThrow()).orElseThrow().phone();
        if (channel == CodeChannel.SMS) {
            state.sms().sendOtp(phone, "VNeID", r.code().orElseThrow(), now);
        }
        return json(200, "otp", true, "mode", channel == CodeChannel.SMS ? "sms" : "app",
                "expiredDate", now.plus(PortalState.OTP_VALIDITY).toEpochMilli(), "phoneNumber", phoneShown.apply(phone));
    }

    /** The citizen proved himself: a code for his CCCD and his VNeID account's level, and the way back to the client. */
    Reply complete(VneidAuthRequest r) {
        String cccd = r.cccd().orElseThrow();
        Citizen c = state.citizen(cccd).orElseThrow();
        int level = c.vneid() == null ? 0 : c.vneid().level();
        String code = state.issueVneidCode(r, Subject.separateVneid(cccd, level));
        return json(200, "status", "approved", "redirectUrl", Urls.withQuery(r.redirectUri, "code", code, "state", r.state));
    }

    private Reply declined(VneidAuthRequest r) {
        state.dropVneidRequest(r);
        return json(200, "status", "declined", "error", "access_denied", "error_description", DECLINED, "restartUrl", loginUrl(r));
    }

    private Reply awaitingPasscode(VneidAuthRequest r) {
        return json(200, "status", "scanned");
    }

    private Reply withRequest(String req, Function<VneidAuthRequest, Reply> handler) {
        return state.vneidRequest(req).map(handler).orElseGet(() -> refusal("invalid_request", EXPIRED_REQUEST));
    }

    /** The login page again, for the same client request (a fresh {@code req}). */
    private String loginUrl(VneidAuthRequest r) {
        return authorizeUrl(r.clientId, r.redirectUri, r.state);
    }

    /** A refused action: 400 {@code {"error","error_description"}}. */
    private Reply refusal(String error, String description) {
        return json(400, "error", error, "error_description", description);
    }

    /** A JSON object of these names and values, in this order. */
    private Reply json(int status, Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Reply.json(status, ctx.toJson(body));
    }

    private Reply error(int status, String message) {
        Map<String, Object> model = ctx.model("Lỗi - Định danh điện tử");
        model.put("message", message);
        return ctx.page(status, "vneid/error", model);
    }
}
