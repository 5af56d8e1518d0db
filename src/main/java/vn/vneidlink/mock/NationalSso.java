package vn.vneidlink.mock;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.Account;
import vn.vneidlink.mock.PortalState.AuthCode;
import vn.vneidlink.mock.PortalState.SsoAuthRequest;
import vn.vneidlink.mock.PortalState.SsoSession;
import vn.vneidlink.mock.PortalState.VneidAccount;

/**
 * The national SSO {@code xacthuc.dichvucong.gov.vn}: OAuth2 authorization-code provider for the national
 * portal and the provincial systems; VNconnect login (password + SMS OTP) and VNeID login (as a client of the
 * VNeID SSO), where the linking rule is applied.
 */
final class NationalSso implements PortalHandler, AuthorizationServer {

    static final String NATIONAL_CLIENT_ID = "dvcqg";
    /** This SSO's own client id at the VNeID SSO. */
    static final String VNEID_CLIENT_ID = "xacthuc-dvcqg";
    static final String SESSION_COOKIE = "commonAuthId";
    /** Remembers which sessionDataKey a trip to the VNeID SSO belongs to. */
    static final String VNEID_CONTEXT_COOKIE = "commonAuthVneid";
    /** Set at logout of a synced, not yet linked account: the login page then shows the system notice. */
    static final String NOTICE_COOKIE = "dvcSyncNotice";

    static final String LOGIN_PAGE = "/authenticationendpoint/login.do";
    static final String OTP_PAGE = "/authenticationendpoint/otp.do";
    static final String LOGIN_TITLE = "Đăng nhập - Hệ thống xác thực";

    static final String WRONG_PASSWORD = "Tên đăng nhập hoặc mật khẩu không chính xác";
    static final String LOCKED = "Tài khoản đã bị tạm khóa do nhập sai mật khẩu quá 5 lần. Vui lòng thử lại sau 30 phút.";
    static final String OTP_WRONG = "Mã OTP không chính xác";
    static final String OTP_EXPIRED = "Mã OTP đã hết hạn. Vui lòng đăng nhập lại để nhận mã mới.";
    /** The refusal of the {@link PortalDefect#CUTOVER_NOTICE_MISSING} defect. */
    static final String LOGIN_FAILED = "Đăng nhập không thành công";

    private static final Set<String> ACTIONS = Set.of("sso.authorize", "sso.loginPage", "sso.vnconnectLogin", "sso.otpPage",
            "sso.otpSubmit", "sso.toVneid", "sso.vneidCallback", "sso.token", "sso.logout");

    private final MockContext ctx;
    private final PortalState state;
    private final VneidSso vneid;
    /** Registered clients: client id -> redirect URI. */
    private final Map<String, String> clients = new LinkedHashMap<>();
    /**
     * Clients for which the login page offers no VNeID option (a per-client flag; set for the provincial systems
     * of readiness defect {@code no-vneid-option}).
     */
    private final java.util.Set<String> clientsWithoutVneid = new java.util.HashSet<>();

    NationalSso(MockContext ctx, VneidSso vneid) {
        this.ctx = ctx;
        this.state = ctx.state;
        this.vneid = vneid;
        clients.put(NATIONAL_CLIENT_ID, ctx.url(PortalHosts.NATIONAL, "/sso"));
        for (ProvinceConfig p : ctx.provinces) {
            if (p.vneidDirect()) {
                continue; // its client is registered at the VNeID SSO
            }
            clients.put(p.clientId(), ctx.url(p.host(), "/sso"));
            if (p.hasDefect(ReadinessDefect.NO_VNEID_OPTION)) {
                clientsWithoutVneid.add(p.clientId());
            }
        }
    }

    @Override
    public String prefix() {
        return "sso";
    }

    @Override
    public Set<String> actions() {
        return ACTIONS;
    }

    @Override
    public Reply handle(Exchange ex) {
        return switch (ex.action()) {
            case "sso.authorize" -> authorize(ex);
            case "sso.loginPage" -> loginPage(ex);
            case "sso.vnconnectLogin" -> vnconnectLogin(ex);
            case "sso.otpPage" -> otpPage(ex);
            case "sso.otpSubmit" -> otpSubmit(ex);
            case "sso.toVneid" -> toVneid(ex);
            case "sso.vneidCallback" -> vneidCallback(ex);
            case "sso.token" -> token(ex);
            case "sso.logout" -> logout(ex);
            default -> throw new IllegalArgumentException("not an SSO action: " + ex.action());
        };
    }

    // ------------------------------------------------------------------ in-process API for the portals

    @Override
    public String authorizeUrl(String clientId, String redirectUri, String oauthState) {
        return Urls.withQuery(ctx.url(PortalHosts.NATIONAL_SSO, "/oauth2/authorize"), "response_type", "code",
                "client_id", clientId, "redirect_uri", redirectUri, "scope", "openid", "acr_values", "LoA1",
                "state", oauthState);
    }

    String logoutUrl(String postLogoutRedirectUri) {
        return Urls.withQuery(ctx.url(PortalHosts.NATIONAL_SSO, "/oidc/logout"),
                "post_logout_redirect_uri", postLogoutRedirectUri);
    }

    /** Redeems a code (single use: a second attempt is refused), checking client and redirect URI and expiry. */
    @Override
    public Redemption<Subject> redeem(String code, String clientId, String redirectUri) {
        return state.redeem(state.ssoCodes, code, clientId, redirectUri);
    }

    // ------------------------------------------------------------------ routes

    private Reply authorize(Exchange ex) {
        String clientId = ex.query("client_id", "");
        String redirectUri = ex.query("redirect_uri", "");
        String registered = clients.get(clientId);
        if (registered == null) {
            return error(400, "Ứng dụng không hợp lệ: client_id \"" + clientId + "\" chưa được đăng ký với hệ thống xác thực.");
        }
        if (!registered.equals(redirectUri)) {
            return error(400, "Địa chỉ chuyển hướng không hợp lệ: redirect_uri \"" + redirectUri
                    + "\" không khớp với địa chỉ đã đăng ký của ứng dụng " + clientId + ".");
        }
        if (!"code".equals(ex.query("response_type", ""))) {
            return error(400, "Yêu cầu không hợp lệ: response_type phải là \"code\".");
        }
        String oauthState = ex.query("state", "");
        if (oauthState.isBlank()) {
            return error(400, "Yêu cầu không hợp lệ: thiếu tham số state.");
        }
        Optional<SsoSession> live = liveSession(ex);
        if (live.isPresent()) {
            return Reply.redirect(issueCode(clientId, redirectUri, live.get().subject(), oauthState));
        }
        String key = state.randomToken();
        state.ssoRequests.put(key, new SsoAuthRequest(key, clientId, redirectUri, oauthState, state.now()));
        return Reply.redirect(Urls.withQuery(ctx.url(PortalHosts.NATIONAL_SSO, LOGIN_PAGE), "sessionDataKey", key));
    }

    private Reply loginPage(Exchange ex) {
        SsoAuthRequest request = request(ex.query("sessionDataKey", ""));
        if (request == null) {
            return expiredRequest();
        }
        Map<String, Object> model = ctx.model(LOGIN_TITLE);
        model.put("sessionDataKey", request.key);
        boolean offersVneid = !clientsWithoutVneid.contains(request.clientId);
        model.put("vneidHref", offersVneid ? vneidHref(request) : null);
        model.put("vnconnectEnabled", !(cutoverApplies() && ctx.controls.afterCutoverPhase() == CutoverPhase.VNEID_ONLY));
        if (ex.query("cutoverRefused").isPresent()) {
            model.put("cutoverNotice", cutoverMessage());
        } else if (ex.query("loginFailed").isPresent()) {
            model.put("error", LOGIN_FAILED);
        } else if (ex.query("locked").isPresent()) {
            model.put("error", LOCKED);
        } else if (ex.query("authFailure").isPresent()) {
            model.put("error", WRONG_PASSWORD);
            ex.query("attemptsLeft").filter(n -> n.matches("[1-9]")).ifPresent(n -> model.put("attemptsLeft", n));
        }
        boolean notice = ex.cookie(NOTICE_COOKIE)
                .map(state.accounts::get)
                .filter(a -> a.synced && a.linkedVneid == null)
                .isPresent();
        model.put("showNotice", notice && offersVneid);
        return ctx.page(200, "sso/login", model);
    }

    private Reply vnconnectLogin(Exchange ex) {
        SsoAuthRequest request = request(ex.form("sessionDataKey", ""));
        if (request == null) {
            return expiredRequest();
        }
        request.pendingUsername = null;
        request.otp = null;
        if (cutoverApplies()) {
            return refuseAfterCutover(request);
        }
        Optional<Account> account = state.accountByLogin(ex.form("username", ""));
        if (account.isPresent() && locked(account.get())) {
            return toLoginPage(request, "locked", "true");
        }
        if (account.isEmpty() || !account.get().password.equals(ex.form("password", ""))) {
            return wrongPassword(request, account.orElse(null));
        }
        Account a = account.get();
        a.failedLogins = 0;
        a.lockedUntil = null;
        request.pendingUsername = a.username;
        request.otp = state.randomDigits(6);
        request.otpIssuedAt = state.now();
        state.sms().sendOtp(a.phone, "DichVuCong", request.otp, request.otpIssuedAt);
        return Reply.redirect(Urls.withQuery(ctx.url(PortalHosts.NATIONAL_SSO, OTP_PAGE), "sessionDataKey", request.key));
    }

    private Reply otpPage(Exchange ex) {
        SsoAuthRequest request = request(ex.query("sessionDataKey", ""));
        if (request == null) {
            return expiredRequest();
        }
        if (request.pendingUsername == null) {
            return Reply.redirect(Urls.withQuery(ctx.url(PortalHosts.NATIONAL_SSO, LOGIN_PAGE), "sessionDataKey", request.key));
        }
        Map<String, Object> model = ctx.model("Xác thực OTP - Hệ thống xác thực");
        model.put("sessionDataKey", request.key);
        model.put("maskedPhone", Formats.maskedPhone(state.accounts.get(request.pendingUsername).phone));
        if (request.otp == null || ex.query("expired").isPresent()) {
            model.put("error", OTP_EXPIRED);
        } else if (ex.query("authFailure").isPresent()) {
            model.put("error", OTP_WRONG);
        }
        return ctx.page(200, "sso/otp", model);
    }

    private Reply otpSubmit(Exchange ex) {
        SsoAuthRequest request = request(ex.form("sessionDataKey", ""));
        if (request == null) {
            return expiredRequest();
        }
        String otpPage = Urls.withQuery(ctx.url(PortalHosts.NATIONAL_SSO, OTP_PAGE), "sessionDataKey", request.key);
        if (request.pendingUsername == null) {
            return Reply.redirect(loginPageUrl(request));
        }
        if (request.otp == null) {
            return Reply.redirect(Urls.withQuery(otpPage, "expired", "true"));
        }
        if (cutoverApplies()) {
            request.pendingUsername = null;
            request.otp = null;
            return refuseAfterCutover(request);
        }
        if (state.expired(request.otpIssuedAt, PortalState.OTP_VALIDITY) && !ctx.defect(PortalDefect.EXPIRED_OTP_ACCEPTED)) {
            request.otp = null; // used up: only a new login sends a new code
            return Reply.redirect(Urls.withQuery(otpPage, "expired", "true"));
        }
        String given = ex.form("otp", "").trim();
        boolean accepted = request.otp.equals(given)
                || (ctx.defect(PortalDefect.WRONG_OTP_ACCEPTED) && given.matches("\\d{6}"));
        if (!accepted) {
            return Reply.redirect(Urls.withQuery(otpPage, "authFailure", "true"));
        }
        return completeLogin(ex, request, Subject.vnconnect(request.pendingUsername));
    }

    private Reply toVneid(Exchange ex) {
        SsoAuthRequest request = request(ex.query("sessionDataKey", ""));
        if (request == null) {
            return expiredRequest();
        }
        request.vneidState = state.randomToken();
        return Reply.redirect(vneid.authorizeUrl(VNEID_CLIENT_ID, vneidCallbackUri(), request.vneidState))
                .cookie(ctx.cookie(VNEID_CONTEXT_COOKIE, request.key));
    }

    private Reply vneidCallback(Exchange ex) {
        SsoAuthRequest request = ex.cookie(VNEID_CONTEXT_COOKIE).map(this::request).orElse(null);
        if (request == null) {
            return expiredRequest();
        }
        String expected = request.vneidState;
        request.vneidState = null;
        if (ex.query("error").isPresent()) {
            return error(400, "Đăng nhập bằng VNeID không thành công: " + ex.query("error_description", ex.query("error", "")));
        }
        if (expected == null || !expected.equals(ex.query("state", ""))) {
            return error(400, "Yêu cầu đăng nhập không hợp lệ: tham số state không khớp với phiên đăng nhập của trình duyệt"
                    + " (state mismatch).");
        }
        Redemption<Subject> redeemed = vneid.redeem(ex.query("code", ""), VNEID_CLIENT_ID, vneidCallbackUri());
        if (!redeemed.isOk()) {
            return error(400, "Mã xác thực VNeID không hợp lệ: " + redeemed.problem() + ".");
        }
        return completeLogin(ex, request, linkingRule(redeemed.value()))
                .cookie(ctx.expiredCookie(VNEID_CONTEXT_COOKIE));
    }

    /**
     * The linking rule: a synced VNconnect account with this CCCD is linked (for ever); otherwise a separate
     * VNeID account is opened (or reused). A VNconnect account that is not synced is never linked.
     */
    Subject linkingRule(Subject vneidSubject) {
        String cccd = vneidSubject.key();
        int level = vneidSubject.vneidLevel();
        Optional<Account> synced = state.accountWithCccd(cccd).filter(a -> a.synced);
        if (synced.isPresent() && !ctx.defect(PortalDefect.VNEID_LOGIN_DOES_NOT_LINK)) {
            Account a = synced.get();
            if (a.linkedVneid == null) {
                a.linkedVneid = cccd;
                a.linkedAt = state.now();
                a.linkedOn = ctx.controls.portalDate();
            }
            return Subject.linkedVneid(a.username, level);
        }
        Citizen citizen = state.population.get(cccd);
        if (citizen == null) {
            throw new IllegalStateException("VNeID signed in CCCD " + cccd + ", which the population data does not hold");
        }
        state.vneidAccounts.computeIfAbsent(cccd, c -> new VneidAccount(citizen, state.now()));
        return Subject.separateVneid(cccd, level);
    }

    private Reply completeLogin(Exchange ex, SsoAuthRequest request, Subject subject) {
        state.ssoRequests.remove(request.key);
        ex.cookie(SESSION_COOKIE).ifPresent(state.ssoSessions::remove);
        SsoSession session = new SsoSession(state.randomToken(), subject, state.now());
        state.ssoSessions.put(session.id(), session);
        String location = issueCode(request.clientId, request.redirectUri, subject, request.state);
        if (ctx.defect(PortalDefect.REDIRECT_TO_WRONG_HOST)) {
            location = onWrongHost(location);
        }
        return Reply.redirect(location).cookie(ctx.cookie(SESSION_COOKIE, session.id()));
    }

    private Reply token(Exchange ex) {
        if (!"authorization_code".equals(ex.form("grant_type", ""))) {
            return tokenError("unsupported_grant_type", "grant_type must be authorization_code");
        }
        String clientId = ex.form("client_id", "");
        Redemption<Subject> redeemed = redeem(ex.form("code", ""), clientId, ex.form("redirect_uri", ""));
        if (!redeemed.isOk()) {
            return tokenError("invalid_grant", redeemed.problem());
        }
        Subject subject = redeemed.value();
        Instant now = state.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ctx.url(PortalHosts.NATIONAL_SSO, "/oauth2/token"));
        claims.put("sub", subject.sub());
        claims.put("aud", clientId);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.getEpochSecond() + 3600);
        claims.put("name", Holders.fullName(state, subject));
        claims.put("amr", subject.method().name());
        claims.put("acr", subject.method() == LoginMethod.VNEID ? "LoA2" : "LoA1");
        if (subject.method() == LoginMethod.VNEID) {
            claims.put("vneid_level", subject.vneidLevel());
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String idToken = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + b64.encodeToString(ctx.toJson(claims).getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", state.randomToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", 3600);
        body.put("id_token", idToken);
        body.put("sub", subject.sub());
        return Reply.json(200, ctx.toJson(body));
    }

    private Reply tokenError(String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return Reply.json(400, ctx.toJson(body));
    }

    private Reply logout(Exchange ex) {
        String target = ex.query("post_logout_redirect_uri").orElse(null);
        if (target != null && !servedUrl(target)) {
            return error(400, "Địa chỉ chuyển hướng sau đăng xuất không hợp lệ: post_logout_redirect_uri \"" + target
                    + "\" không thuộc hệ thống đã đăng ký.");
        }
        Reply reply = Reply.redirect(target != null ? target : ctx.url(PortalHosts.NATIONAL, NationalPortal.HOME));
        Optional<SsoSession> session = liveSession(ex);
        if (session.isPresent()) {
            Subject subject = session.get().subject();
            state.ssoSessions.remove(session.get().id());
            Account a = Holders.account(state, subject);
            if (a != null && subject.method() == LoginMethod.VNCONNECT && a.synced && a.linkedVneid == null) {
                reply.cookie(ctx.cookie(NOTICE_COOKIE, a.username));
            }
        }
        return reply.cookie(ctx.expiredCookie(SESSION_COOKIE));
    }

    // ------------------------------------------------------------------ helpers

    /** The portal date has reached the cutover date and VNconnect logins are refused. */
    private boolean cutoverApplies() {
        return ctx.afterCutover() && !ctx.defect(PortalDefect.CUTOVER_IGNORED);
    }

    /** "Từ ngày 01/07/2024, tài khoản do Cổng Dịch vụ công quốc gia cấp không còn được sử dụng …". */
    private String cutoverMessage() {
        return "Từ ngày " + Formats.date(ctx.controls.cutoverDate()) + ", tài khoản do Cổng Dịch vụ công quốc gia cấp không"
                + " còn được sử dụng để đăng nhập. Vui lòng đăng nhập bằng tài khoản định danh điện tử VNeID.";
    }

    /** No OTP, no session: back to the login page with the cutover notice. */
    private Reply refuseAfterCutover(SsoAuthRequest request) {
        if (ctx.defect(PortalDefect.CUTOVER_NOTICE_MISSING)) {
            return toLoginPage(request, "loginFailed", "true");
        }
        return toLoginPage(request, "cutoverRefused", "true");
    }

    private boolean locked(Account a) {
        if (ctx.defect(PortalDefect.NO_LOCKOUT) || a.lockedUntil == null) {
            return false;
        }
        if (state.now().isBefore(a.lockedUntil)) {
            return true;
        }
        a.lockedUntil = null;
        a.failedLogins = 0;
        return false;
    }

    /** Counts the failure for a known account; the 5th in a row locks it for 30 minutes (mock clock). */
    private Reply wrongPassword(SsoAuthRequest request, Account a) {
        if (a == null || ctx.defect(PortalDefect.NO_LOCKOUT)) {
            return toLoginPage(request, "authFailure", "true");
        }
        a.failedLogins++;
        if (a.failedLogins >= PortalState.MAX_FAILED_LOGINS) {
            a.failedLogins = 0;
            a.lockedUntil = state.now().plus(PortalState.LOCKOUT_DURATION);
            return toLoginPage(request, "locked", "true");
        }
        return toLoginPage(request, "authFailure", "true",
                "attemptsLeft", String.valueOf(PortalState.MAX_FAILED_LOGINS - a.failedLogins));
    }

    private String loginPageUrl(SsoAuthRequest request) {
        return Urls.withQuery(ctx.url(PortalHosts.NATIONAL_SSO, LOGIN_PAGE), "sessionDataKey", request.key);
    }

    private Reply toLoginPage(SsoAuthRequest request, String... extraQuery) {
        return Reply.redirect(Urls.withQuery(loginPageUrl(request), extraQuery));
    }

    /** The {@link PortalDefect#REDIRECT_TO_WRONG_HOST} defect: {@code http://dichvucong.gov.vn/sso?…} → {@code http://dvc-dichvucong.gov.vn/sso?…}. */
    private static String onWrongHost(String location) {
        URI uri = URI.create(location);
        String host = uri.getHost();
        int at = location.indexOf("://" + host);
        return location.substring(0, at) + "://dvc-" + location.substring(at + 3);
    }

    private boolean servedUrl(String url) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost();
            boolean known = PortalHosts.NATIONAL_HOSTS.contains(host) || ctx.provinceByHost(host).isPresent();
            return known && ctx.options.scheme().equals(uri.getScheme()) && uri.getPort() == -1;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String issueCode(String clientId, String redirectUri, Subject subject, String oauthState) {
        String code = state.randomToken();
        state.ssoCodes.put(code, new AuthCode(code, clientId, redirectUri, subject, state.now()));
        return Urls.withQuery(redirectUri, "code", code, "state", oauthState);
    }

    private Optional<SsoSession> liveSession(Exchange ex) {
        return ex.cookie(SESSION_COOKIE).map(state.ssoSessions::get);
    }

    private SsoAuthRequest request(String key) {
        return key == null ? null : state.ssoRequests.get(key);
    }

    private String vneidHref(SsoAuthRequest request) {
        return Urls.withQuery("/commonauth/vneid", "sessionDataKey", request.key);
    }

    private String vneidCallbackUri() {
        return ctx.url(PortalHosts.NATIONAL_SSO, "/commonauth");
    }

    private Reply expiredRequest() {
        return error(400, "Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại từ trang dịch vụ công.");
    }

    Reply error(int status, String message) {
        Map<String, Object> model = ctx.model("Lỗi - Hệ thống xác thực");
        model.put("message", message);
        model.put("homeUrl", ctx.url(PortalHosts.NATIONAL, NationalPortal.HOME));
        return ctx.page(status, "sso/error", model);
    }
}
