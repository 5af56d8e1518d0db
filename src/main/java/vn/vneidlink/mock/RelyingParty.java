package vn.vneidlink.mock;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.vneidlink.mock.PortalState.PendingLogin;
import vn.vneidlink.mock.PortalState.PortalSession;

/**
 * The OAuth2 client side of a portal (the national portal or a provincial system) signing in through an
 * {@link AuthorizationServer} (the national SSO, or the VNeID SSO for a provincial system of login
 * {@code vneid-direct}): login start with a fresh {@code state} kept server-side under a pre-session cookie, the
 * callback that checks it and redeems the code in-process, and the portal's own session cookie.
 *
 * <p>The callback (its redirect URI) is where the portal's platform has it, usually on the portal's own host; the
 * login start and the pre-session cookie are on the callback's host. A portal whose logins run on another host (an
 * API host, platform {@code portaldvc}) calls {@link #verify} there and {@link #openSession} on its own host.
 */
final class RelyingParty {

    /** Either a new session or the error page to show. */
    record Outcome(PortalSession session, Reply error) {}

    /** Either who signed in (as the portal will open the session for) or the error page to show. */
    record Verified(Subject subject, Reply error) {}

    // Rules a seeded defect may replace (PortalDefect); each holds the correct behaviour.
    /** Whether the callback's {@code state} is the one this browser was given (null: none was given). */
    BiPredicate<String, String> stateMatches = (expected, given) -> expected != null && expected.equals(given);
    /** Which account the portal opens a session for, given who the authorization server signed in. */
    UnaryOperator<Subject> subjectOfSession;
    /** The callback's checks, in order: the state, then the code ({@link #checkStateAndCode}). */
    Function<Exchange, Verified> callbackCheck = this::checkStateAndCode;
    /** The id of the session a login opens: a fresh random one, whatever the browser held before. */
    Function<Exchange, String> newSessionId;
    /** The {@code Set-Cookie} of the session cookie (name, value): {@code Path=/; HttpOnly; SameSite=Lax; Secure}. */
    BiFunction<String, String, String> sessionSetCookie;

    private final MockContext ctx;
    private final AuthorizationServer server;
    private final String host;
    private final HostPath callback;
    private final String clientId;
    private final String sessionCookie;
    private final String oauthCookie;
    private final BiFunction<Integer, String, Reply> errorPage;

    /**
     * @param host     the portal's host, where its session cookie lives
     * @param callback where the authorization server sends the browser back (host and path of the redirect URI); the
     *                 login starts on its host, which keeps the pre-session cookie
     */
    RelyingParty(MockContext ctx, AuthorizationServer server, String host, HostPath callback, String clientId,
            String sessionCookie, String oauthCookie, BiFunction<Integer, String, Reply> errorPage,
            UnaryOperator<Subject> subjectOfSession) {
        this.ctx = ctx;
        this.server = server;
        this.host = host;
        this.callback = callback;
        this.clientId = clientId;
        this.sessionCookie = sessionCookie;
        this.oauthCookie = oauthCookie;
        this.errorPage = errorPage;
        this.subjectOfSession = subjectOfSession;
        this.newSessionId = ex -> ctx.state.randomToken();
        this.sessionSetCookie = ctx::cookie;
    }

    String redirectUri() {
        return callback.url(ctx);
    }

    /** A login link: the authorization server's URL with a fresh state, and the pre-session cookie that keeps it. */
    record LoginLink(String url, String setCookie) {}

    /** Stores a fresh state for this browser: the link to the authorization server, and its cookie. */
    LoginLink loginLink() {
        PendingLogin login = ctx.state.beginLogin(callback.host());
        return new LoginLink(server.authorizeUrl(clientId, redirectUri(), login.oauthState()), ctx.cookie(oauthCookie, login.preSession()));
    }

    /** Stores a fresh state for this browser and sends it to the authorization server. */
    Reply startLogin() {
        LoginLink link = loginLink();
        return Reply.redirect(link.url()).cookie(link.setCookie());
    }

    /** The callback on the portal's own host: {@link #verify}, then {@link #openSession}. */
    Outcome finishLogin(Exchange ex) {
        Verified verified = verify(ex);
        if (verified.error() != null) {
            return new Outcome(null, verified.error());
        }
        return new Outcome(openSession(ex, verified.subject()), null);
    }

    /**
     * The callback's checks: the state against what this browser was given, then the code redeemed; who signed in,
     * as the portal opens the session for ({@link #subjectOfSession}).
     */
    Verified verify(Exchange ex) {
        return callbackCheck.apply(ex);
    }

    /** The correct checks of a callback: the state this browser was given, then the code (single use, redeemed once). */
    private Verified checkStateAndCode(Exchange ex) {
        PortalState state = ctx.state;
        String expected = ex.cookie(oauthCookie).flatMap(pre -> state.takeLoginState(callback.host(), pre)).orElse(null);
        Optional<String> error = ex.query("error");
        if (error.isPresent()) {
            return failed(400, "Đăng nhập không thành công: " + ex.query("error_description", error.get()));
        }
        if (!stateMatches.test(expected, ex.query("state", ""))) {
            return failed(400, "Yêu cầu đăng nhập không hợp lệ: tham số state không khớp với phiên đăng nhập của trình duyệt"
                    + " (state mismatch).");
        }
        Redemption<Subject> redeemed = server.redeem(ex.query("code", ""), clientId, redirectUri());
        if (!redeemed.isOk()) {
            return failed(400, "Mã xác thực không hợp lệ: " + redeemed.problem() + ".");
        }
        return new Verified(subjectOfSession.apply(redeemed.value()), null);
    }

    /** Opens a session on the portal's host for who signed in; a session this browser still had there ends. */
    PortalSession openSession(Exchange ex, Subject subject) {
        String id = newSessionId.apply(ex);
        ex.cookie(sessionCookie).filter(old -> !old.equals(id)).ifPresent(old -> ctx.state.endSession(host, old));
        return ctx.state.openSession(host, subject, id);
    }

    private Verified failed(int status, String message) {
        return new Verified(null, errorPage.apply(status, message).cookie(expiredPreSessionCookie()));
    }

    /** Clears the pre-session cookie (on the callback's host). */
    String expiredPreSessionCookie() {
        return ctx.expiredCookie(oauthCookie);
    }

    /** The session cookie of a new session (on the portal's host). */
    String sessionCookie(PortalSession session) {
        return sessionSetCookie.apply(sessionCookie, session.id);
    }

    /** Clears the session cookie (on the portal's host). */
    String expiredSessionCookie() {
        return ctx.expiredCookie(sessionCookie);
    }

    /** The pre-session cookie's name (on the callback's host). */
    String preSessionCookieName() {
        return oauthCookie;
    }

    /** Adds the session cookie and clears the pre-session cookie on a reply after a successful login. */
    Reply withSessionCookies(Reply reply, PortalSession session) {
        return reply.cookie(sessionCookie(session)).cookie(expiredPreSessionCookie());
    }

    /** The live server-side session of this browser, if any. */
    Optional<PortalSession> session(Exchange ex) {
        return ex.cookie(sessionCookie).flatMap(id -> ctx.state.session(host, id));
    }

    /** Ends the session server-side and clears the cookie. */
    Reply endSession(Exchange ex, Reply reply) {
        ex.cookie(sessionCookie).ifPresent(id -> ctx.state.endSession(host, id));
        return reply.cookie(expiredSessionCookie());
    }
}
