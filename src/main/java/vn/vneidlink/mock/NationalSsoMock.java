package vn.vneidlink.mock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.Account;
import vn.vneidlink.mock.PortalState.SsoAuthRequest;
import vn.vneidlink.mock.PortalState.SsoSession;

/**
 * The mock of the national SSO {@code xacthuc.dichvucong.gov.vn}: OAuth2 authorization-code provider for the national
 * portal and the provincial systems; VNconnect login (password + SMS OTP) and VNeID login (as a client of the VNeID
 * SSO), where the linking rule is applied. {@link #routes()} lists every URL it answers; the fields under "rules" are
 * the behaviours a seeded defect may replace ({@link NationalSsoDefects}).
 */
final class NationalSsoMock implements AuthorizationServer {

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
    /** The refusal of a VNconnect login posted after the cutover (the page no longer offers it to citizens). */
    static final String LOGIN_FAILED = "Đăng nhập không thành công";
    /** The refusal of the organisations' VNconnect form: the mock holds no organisation account. */
    static final String NOT_AN_ORGANISATION = "Tên đăng nhập hoặc mật khẩu không chính xác";

    /** The citizen's VNeID option on the guide's choice page (its title and its link). */
    static final String VNEID_LABEL = "Tài khoản định danh điện tử cấp bởi Bộ Công an";

    /** An option of the choice page after the cutover: its id, the {@code idp} it goes to, its label. */
    record IdpOption(String id, String idp, String label, boolean vneid) {}

    /** The national SSO's options after the cutover, as public evidence shows them (late 2024). */
    static final IdpOption VNCONNECT_ORGANISATIONS = new IdpOption("icon-1", "Vnconnect DVC",
            "Tài khoản cấp bởi Cổng dịch vụ công quốc gia dành cho Doanh nghiệp/Tổ chức", false);
    static final IdpOption VNEID_CITIZENS = new IdpOption("icon-2", "IDP BCA",
            "Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân", true);
    static final IdpOption VNEID_ORGANISATIONS = new IdpOption("icon-3", "VNeID_TC_DN",
            "Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Tổ chức, doanh nghiệp", false);

    /** What wrong passwords do to an account. */
    interface Lockout {
        /** Whether the account is locked now. */
        boolean locked(Account account, Instant now);

        /** Records a wrong password; the query of the login page to show next (e.g. {@code authFailure=true&attemptsLeft=3}). */
        String[] wrongPassword(Account account, Instant now);
    }

    /** {@value PortalState#MAX_FAILED_LOGINS} wrong passwords in a row lock the account for 30 minutes (mock clock). */
    static final Lockout LOCK_AFTER_FIVE = new Lockout() {
        @Override
        public boolean locked(Account account, Instant now) {
            return account.lockedAt(now);
        }

        @Override
        public String[] wrongPassword(Account account, Instant now) {
            int left = account.wrongPassword(now, PortalState.MAX_FAILED_LOGINS, PortalState.LOCKOUT_DURATION);
            return left == 0 ? new String[] {"locked", "true"} : new String[] {"authFailure", "true", "attemptsLeft", String.valueOf(left)};
        }
    };

    // ------------------------------------------------------------------ rules a seeded defect may replace

    /** Whether the portal date has reached the cutover date, so that VNconnect logins are refused. */
    BooleanSupplier cutoverApplies;
    /** The title and text of the citizen's VNeID option on the guide's choice page. */
    String vneidLabel = VNEID_LABEL;
    /** The options of the choice page after the cutover (no VNconnect login for citizens). */
    List<IdpOption> afterCutoverOptions = List.of(VNCONNECT_ORGANISATIONS, VNEID_CITIZENS, VNEID_ORGANISATIONS);
    /** What wrong passwords do. */
    Lockout lockout = LOCK_AFTER_FIVE;
    /** Whether the OTP typed is the one sent. */
    BiPredicate<String, String> otpAccepted = (sent, typed) -> sent.equals(typed);
    /** Whether an OTP sent then has expired ({@link PortalState#OTP_VALIDITY}). */
    Predicate<Instant> otpExpired;
    /** Who a VNeID login signs in to: the linking rule ({@link #link}). */
    UnaryOperator<Subject> linking = this::link;
    /** Where the browser goes after a successful login: the client's redirect URI with code and state. */
    UnaryOperator<String> afterLogin = location -> location;
    /** Whether an authorization request's {@code redirect_uri} ({@code given}) is the client's {@code registered} one: exactly. */
    BiPredicate<String, String> redirectUriAccepted = AuthorizationServer.EXACT_REDIRECT_URI;
    /** How a code is redeemed: once ({@link PortalState#redeemSsoCode}), for its client and redirect URI, within 60 s. */
    CodeRedemption codes;
    /** The {@code Set-Cookie} of the SSO session cookie (name, value): {@code Path=/; HttpOnly; SameSite=Lax; Secure}. */
    BiFunction<String, String, String> sessionSetCookie;

    /** Redeems an authorization code of this SSO for a client and redirect URI. */
    interface CodeRedemption {
        Redemption<Subject> redeem(String code, String clientId, String redirectUri);
    }

    private final MockContext ctx;
    private final PortalState state;
    private final VneidSsoMock vneid;
    /** Registered clients: client id -> redirect URI. */
    private final Map<String, String> clients = new LinkedHashMap<>();
    /** Clients whose login page offers no VNeID option (provincial systems of readiness defect {@code no-vneid-option}). */
    private final Set<String> clientsWithoutVneid = new HashSet<>();
    private final RouteTable routes = new RouteTable(PortalHosts.NATIONAL_SSO);

    NationalSsoMock(MockContext ctx, VneidSsoMock vneid) {
        this.ctx = ctx;
        this.state = ctx.state;
        this.vneid = vneid;
        this.cutoverApplies = ctx::afterCutover;
        this.otpExpired = issuedAt -> state.expired(issuedAt, PortalState.OTP_VALIDITY);
        this.codes = state::redeemSsoCode;
        this.sessionSetCookie = ctx::cookie;
        clients.put(NATIONAL_CLIENT_ID, NationalPortalMock.CALLBACK.url(ctx));
        for (ProvinceConfig p : ctx.provinces) {
            if (!p.clientAtNationalSso()) {
                continue; // its client is registered at the VNeID SSO
            }
            clients.put(p.clientId(), p.platformKind().callback(p, false).url(ctx));
            if (p.hasDefect(ReadinessDefect.NO_VNEID_OPTION)) {
                clientsWithoutVneid.add(p.clientId());
            }
        }
        routes.get("/oauth2/authorize", this::authorize)
                .get(LOGIN_PAGE, this::loginPage)
                .post("/commonauth", this::vnconnectLogin)
                .get(OTP_PAGE, this::otpPage)
                .post("/commonauth/otp", this::otpSubmit)
                .get("/commonauth/vneid", this::toVneid)
                .get("/commonauth", "idp", VNEID_CITIZENS.idp(), this::toVneid)
                .get("/commonauth", "idp", VNCONNECT_ORGANISATIONS.idp(), this::organisationForm)
                .post("/commonauth", "idp", VNCONNECT_ORGANISATIONS.idp(), this::organisationLogin)
                .get("/commonauth", "idp", VNEID_ORGANISATIONS.idp(), this::organisationsOnly)
                .get("/commonauth", this::vneidCallback)
                .post("/oauth2/token", this::token)
                .get("/oidc/logout", this::logout);
    }

    RouteTable routes() {
        return routes;
    }

    PortalState state() {
        return state;
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

    @Override
    public Redemption<Subject> redeem(String code, String clientId, String redirectUri) {
        return codes.redeem(code, clientId, redirectUri);
    }

    /**
     * The linking rule: a synced VNconnect account with this CCCD is linked (for ever); otherwise the citizen's
     * separate VNeID account is opened (or reused). A VNconnect account that is not synced is never linked.
     */
    Subject link(Subject vneidSubject) {
        Optional<Account> synced = state.accountWithCccd(vneidSubject.key()).filter(Account::synced);
        if (synced.isEmpty()) {
            return separateAccount(vneidSubject);
        }
        Account a = synced.get();
        a.linkTo(vneidSubject.key(), state.now(), ctx.controls.portalDate());
        return Subject.linkedVneid(a.username, vneidSubject.vneidLevel());
    }

    /** The citizen's separate VNeID account (no dossiers, no linked account), opened now or before. */
    Subject separateAccount(Subject vneidSubject) {
        String cccd = vneidSubject.key();
        Citizen citizen = state.citizen(cccd).orElseThrow(() -> new IllegalStateException(
                "VNeID signed in CCCD " + cccd + ", which the population data does not hold"));
        state.openSeparateVneidAccount(citizen);
        return Subject.separateVneid(cccd, vneidSubject.vneidLevel());
    }

    // ------------------------------------------------------------------ routes

    private Reply authorize(Exchange ex) {
        Optional<String> refused = AuthorizationServer.refusal(ex, clients, " với hệ thống xác thực", redirectUriAccepted);
        if (refused.isPresent()) {
            return error(400, refused.get());
        }
        String clientId = ex.query("client_id", "");
        String redirectUri = ex.query("redirect_uri", "");
        String oauthState = ex.query("state", "");
        Optional<SsoSession> live = liveSession(ex);
        if (live.isPresent()) {
            return Reply.redirect(codeFor(clientId, redirectUri, live.get().subject(), oauthState));
        }
        SsoAuthRequest request = state.newSsoRequest(clientId, redirectUri, oauthState);
        return Reply.redirect(loginPageUrl(request));
    }

    /**
     * The choice page: before the cutover the guide's (VNconnect form, VNeID option, the system notice for a synced
     * account not yet linked); from the cutover on the relabelled one, without a VNconnect login for citizens.
     */
    private Reply loginPage(Exchange ex) {
        return withRequest(state.ssoRequest(ex.query("sessionDataKey", "")), request -> {
            boolean offersVneid = !clientsWithoutVneid.contains(request.clientId);
            Map<String, Object> model = ctx.model(LOGIN_TITLE);
            model.put("sessionDataKey", request.key);
            if (ex.query("loginFailed").isPresent()) {
                model.put("error", LOGIN_FAILED);
            } else if (ex.query("locked").isPresent()) {
                model.put("error", LOCKED);
            } else if (ex.query("authFailure").isPresent()) {
                model.put("error", WRONG_PASSWORD);
                ex.query("attemptsLeft").filter(n -> n.matches("[1-9]")).ifPresent(n -> model.put("attemptsLeft", n));
            }
            if (cutoverApplies.getAsBoolean()) {
                model.put("options", afterCutoverOptions.stream()
                        .filter(o -> offersVneid || !o.vneid())
                        .map(o -> Map.of("id", o.id(), "label", o.label(), "vneid", o.vneid(),
                                "idpQuery", Urls.encode(o.idp()).replace("+", "%20")))
                        .toList());
                return ctx.page(200, "sso/login-after-cutover", model);
            }
            model.put("vneidHref", offersVneid ? Urls.withQuery("/commonauth/vneid", "sessionDataKey", request.key) : null);
            model.put("vneidLabel", vneidLabel);
            boolean syncedNotLinked = ex.cookie(NOTICE_COOKIE).flatMap(state::accountNamed)
                    .filter(a -> a.synced() && a.linkedVneid() == null)
                    .isPresent();
            model.put("showNotice", syncedNotLinked && offersVneid);
            return ctx.page(200, "sso/login", model);
        });
    }

    /** "… dành cho Doanh nghiệp/Tổ chức": the organisations' VNconnect form (after the cutover). */
    private Reply organisationForm(Exchange ex) {
        return withRequest(state.ssoRequest(ex.query("sessionDataKey", "")), request -> {
            Map<String, Object> model = ctx.model(LOGIN_TITLE);
            model.put("heading", VNCONNECT_ORGANISATIONS.label());
            model.put("idp", VNCONNECT_ORGANISATIONS.idp());
            model.put("sessionDataKey", request.key);
            if (ex.query("authFailure").isPresent()) {
                model.put("error", NOT_AN_ORGANISATION);
            }
            return ctx.page(200, "sso/organisation", model);
        });
    }

    /** The mock holds no organisation account: every login of the organisations' form is refused, a citizen's too. */
    private Reply organisationLogin(Exchange ex) {
        return withRequest(state.ssoRequest(ex.form("sessionDataKey", "")), request -> Reply.redirect(Urls.withQuery(
                ctx.url(PortalHosts.NATIONAL_SSO, "/commonauth"), "idp", VNCONNECT_ORGANISATIONS.idp(),
                "sessionDataKey", request.key, "authFailure", "true")));
    }

    /** "… dành cho Tổ chức, doanh nghiệp": organisations' VNeID accounts, which the mock does not model. */
    private Reply organisationsOnly(Exchange ex) {
        return error(400, "Lựa chọn «" + VNEID_ORGANISATIONS.label() + "» dành cho tài khoản định danh điện tử của tổ chức,"
                + " doanh nghiệp; công dân chọn «" + VNEID_CITIZENS.label() + "».");
    }

    /** User name and password: an OTP by SMS to the account's phone, unless refused (cutover, lockout, wrong password). */
    private Reply vnconnectLogin(Exchange ex) {
        return withRequest(state.ssoRequest(ex.form("sessionDataKey", "")), request -> {
            request.restart();
            if (cutoverApplies.getAsBoolean()) {
                return toLoginPage(request, "loginFailed", "true");
            }
            Optional<Account> account = state.accountByLogin(ex.form("username", ""));
            if (account.isPresent() && lockout.locked(account.get(), state.now())) {
                return toLoginPage(request, "locked", "true");
            }
            if (account.isEmpty()) {
                return toLoginPage(request, "authFailure", "true");
            }
            Account a = account.get();
            if (!a.passwordIs(ex.form("password", ""))) {
                return toLoginPage(request, lockout.wrongPassword(a, state.now()));
            }
            a.passwordAccepted();
            request.awaitOtp(a.username, state.randomDigits(6), state.now());
            state.sms().sendOtp(a.phone, "DichVuCong", request.otp().orElseThrow(), request.otpIssuedAt());
            return Reply.redirect(otpPageUrl(request));
        });
    }

    private Reply otpPage(Exchange ex) {
        return withRequest(state.ssoRequest(ex.query("sessionDataKey", "")), request -> {
            if (request.pendingUsername().isEmpty()) {
                return Reply.redirect(loginPageUrl(request));
            }
            Map<String, Object> model = ctx.model("Xác thực OTP - Hệ thống xác thực");
            model.put("sessionDataKey", request.key);
            model.put("maskedPhone", Formats.maskedPhone(state.accountNamed(request.pendingUsername().get()).orElseThrow().phone));
            if (request.otp().isEmpty() || ex.query("expired").isPresent()) {
                model.put("error", OTP_EXPIRED);
            } else if (ex.query("authFailure").isPresent()) {
                model.put("error", OTP_WRONG);
            }
            return ctx.page(200, "sso/otp", model);
        });
    }

    private Reply otpSubmit(Exchange ex) {
        return withRequest(state.ssoRequest(ex.form("sessionDataKey", "")), request -> {
            if (request.pendingUsername().isEmpty()) {
                return Reply.redirect(loginPageUrl(request));
            }
            if (request.otp().isEmpty()) {
                return Reply.redirect(Urls.withQuery(otpPageUrl(request), "expired", "true"));
            }
            if (cutoverApplies.getAsBoolean()) {
                request.restart();
                return toLoginPage(request, "loginFailed", "true");
            }
            if (otpExpired.test(request.otpIssuedAt())) {
                request.useUpOtp(); // only a new login sends a new code
                return Reply.redirect(Urls.withQuery(otpPageUrl(request), "expired", "true"));
            }
            if (!otpAccepted.test(request.otp().get(), ex.form("otp", "").trim())) {
                return Reply.redirect(Urls.withQuery(otpPageUrl(request), "authFailure", "true"));
            }
            return completeLogin(ex, request, Subject.vnconnect(request.pendingUsername().get()));
        });
    }

    /** "Tài khoản định danh điện tử": the browser goes to the VNeID SSO, this SSO as its client. */
    private Reply toVneid(Exchange ex) {
        return withRequest(state.ssoRequest(ex.query("sessionDataKey", "")), request -> {
            String vneidState = state.randomToken();
            request.awaitVneid(vneidState);
            return Reply.redirect(vneid.authorizeUrl(VNEID_CLIENT_ID, vneidCallbackUri(), vneidState))
                    .cookie(ctx.cookie(VNEID_CONTEXT_COOKIE, request.key));
        });
    }

    /** Back from the VNeID SSO: the code redeemed, the linking rule applied, the login completed for the client. */
    private Reply vneidCallback(Exchange ex) {
        return withRequest(ex.cookie(VNEID_CONTEXT_COOKIE).flatMap(state::ssoRequest), request -> {
            Optional<String> expected = request.takeVneidState();
            if (ex.query("error").isPresent()) {
                return error(400, "Đăng nhập bằng VNeID không thành công: " + ex.query("error_description", ex.query("error", "")));
            }
            if (expected.isEmpty() || !expected.get().equals(ex.query("state", ""))) {
                return error(400, "Yêu cầu đăng nhập không hợp lệ: tham số state không khớp với phiên đăng nhập của trình duyệt"
                        + " (state mismatch).");
            }
            Redemption<Subject> redeemed = vneid.redeem(ex.query("code", ""), VNEID_CLIENT_ID, vneidCallbackUri());
            if (!redeemed.isOk()) {
                return error(400, "Mã xác thực VNeID không hợp lệ: " + redeemed.problem() + ".");
            }
            return completeLogin(ex, request, linking.apply(redeemed.value())).cookie(ctx.expiredCookie(VNEID_CONTEXT_COOKIE));
        });
    }

    private Reply completeLogin(Exchange ex, SsoAuthRequest request, Subject subject) {
        SsoSession session = state.finishSsoRequest(request, subject, ex.cookie(SESSION_COOKIE));
        String location = afterLogin.apply(codeFor(request.clientId, request.redirectUri, subject, request.state));
        return Reply.redirect(location).cookie(sessionSetCookie.apply(SESSION_COOKIE, session.id()));
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
        String idToken = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(ctx.toJson(claims).getBytes(StandardCharsets.UTF_8)) + ".";
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

    /** Ends the SSO session; a synced account not yet linked is remembered so that the next login page shows the notice. */
    private Reply logout(Exchange ex) {
        String target = ex.query("post_logout_redirect_uri").orElse(null);
        if (target != null && !servedUrl(target)) {
            return error(400, "Địa chỉ chuyển hướng sau đăng xuất không hợp lệ: post_logout_redirect_uri \"" + target
                    + "\" không thuộc hệ thống đã đăng ký.");
        }
        Reply reply = Reply.redirect(target != null ? target : ctx.url(PortalHosts.NATIONAL, NationalPortalMock.HOME));
        liveSession(ex).ifPresent(session -> {
            state.endSsoSession(session.id());
            Account a = Holders.account(state, session.subject());
            if (a != null && session.subject().method() == LoginMethod.VNCONNECT && a.synced() && a.linkedVneid() == null) {
                reply.cookie(ctx.cookie(NOTICE_COOKIE, a.username));
            }
        });
        return reply.cookie(ctx.expiredCookie(SESSION_COOKIE));
    }

    // ------------------------------------------------------------------ helpers

    private String loginPageUrl(SsoAuthRequest request) {
        return Urls.withQuery(ctx.url(PortalHosts.NATIONAL_SSO, LOGIN_PAGE), "sessionDataKey", request.key);
    }

    private String otpPageUrl(SsoAuthRequest request) {
        return Urls.withQuery(ctx.url(PortalHosts.NATIONAL_SSO, OTP_PAGE), "sessionDataKey", request.key);
    }

    Reply toLoginPage(SsoAuthRequest request, String... extraQuery) {
        return Reply.redirect(Urls.withQuery(loginPageUrl(request), extraQuery));
    }

    private boolean servedUrl(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            String host = uri.getHost();
            boolean known = PortalHosts.NATIONAL_HOSTS.contains(host) || ctx.provinceByHost(host).isPresent();
            return known && ctx.options.scheme().equals(uri.getScheme()) && uri.getPort() == -1;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String codeFor(String clientId, String redirectUri, Subject subject, String oauthState) {
        return Urls.withQuery(redirectUri, "code", state.issueSsoCode(clientId, redirectUri, subject), "state", oauthState);
    }

    private Optional<SsoSession> liveSession(Exchange ex) {
        return ex.cookie(SESSION_COOKIE).flatMap(state::ssoSession);
    }

    private String vneidCallbackUri() {
        return ctx.url(PortalHosts.NATIONAL_SSO, "/commonauth");
    }

    /** Runs the handler with the authorization request the browser names, or answers that it expired. */
    private Reply withRequest(Optional<SsoAuthRequest> request, Function<SsoAuthRequest, Reply> handler) {
        return request.map(handler).orElseGet(this::expiredRequest);
    }

    private Reply expiredRequest() {
        return error(400, "Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại từ trang dịch vụ công.");
    }

    Reply error(int status, String message) {
        Map<String, Object> model = ctx.model("Lỗi - Hệ thống xác thực");
        model.put("message", message);
        model.put("homeUrl", ctx.url(PortalHosts.NATIONAL, NationalPortalMock.HOME));
        return ctx.page(status, "sso/error", model);
    }
}
