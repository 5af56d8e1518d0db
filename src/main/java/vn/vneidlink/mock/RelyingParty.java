package vn.vneidlink.mock;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import vn.vneidlink.mock.PortalState.PortalSession;

/**
 * The OAuth2 client side of a portal (the national portal or a provincial system) signing in through an
 * {@link AuthorizationServer} (the national SSO, or the VNeID SSO for a provincial system of login
 * {@code vneid-direct}): login start with a fresh {@code state} kept server-side under a pre-session cookie, the
 * callback that checks it and redeems the code in-process, and the portal's own session cookie.
 */
final class RelyingParty {

    /** Either a new session or the error page to show. */
    record Outcome(PortalSession session, Reply error) {}

    private final MockContext ctx;
    private final AuthorizationServer sso;
    private final String host;
    private final String clientId;
    private final String sessionCookie;
    private final String oauthCookie;
    private final BiFunction<Integer, String, Reply> errorPage;
    private final boolean checksState;
    private final UnaryOperator<Subject> subjectOfSession;

    /**
     * @param checksState      whether the callback compares {@code state} with what this browser was given (false only
     *                         for the {@link PortalDefect#OAUTH_STATE_NOT_CHECKED} defect)
     * @param subjectOfSession which account the portal opens a session for, given the SSO's subject (the identity,
     *                         except for the {@link PortalDefect#PROVINCE_IGNORES_LINK} defect)
     */
    RelyingParty(MockContext ctx, AuthorizationServer sso, String host, String clientId, String sessionCookie, String oauthCookie,
            BiFunction<Integer, String, Reply> errorPage, boolean checksState, UnaryOperator<Subject> subjectOfSession) {
        this.ctx = ctx;
        this.sso = sso;
        this.host = host;
        this.clientId = clientId;
        this.sessionCookie = sessionCookie;
        this.oauthCookie = oauthCookie;
        this.errorPage = errorPage;
        this.checksState = checksState;
        this.subjectOfSession = subjectOfSession;
    }

    String redirectUri() {
        return ctx.url(host, "/sso");
    }

    String sessionCookie() {
        return sessionCookie;
    }

    /** Stores a fresh state for this browser and sends it to the SSO's authorize endpoint. */
    Reply startLogin() {
        PortalState state = ctx.state;
        String preSession = state.randomToken();
        String oauthState = state.randomToken();
        state.pendingStatesOf(host).put(preSession, oauthState);
        return Reply.redirect(sso.authorizeUrl(clientId, redirectUri(), oauthState))
                .cookie(ctx.cookie(oauthCookie, preSession));
    }

    /** The callback: checks state against what this browser was given, redeems the code, opens a session. */
    Outcome finishLogin(Exchange ex) {
        PortalState state = ctx.state;
        Optional<String> error = ex.query("error");
        String expected = ex.cookie(oauthCookie).map(pre -> state.pendingStatesOf(host).remove(pre)).orElse(null);
        if (error.isPresent()) {
            return failed(400, "Đăng nhập không thành công: " + ex.query("error_description", error.get()));
        }
        String given = ex.query("state", "");
        if (checksState && (expected == null || !expected.equals(given))) {
            return failed(400, "Yêu cầu đăng nhập không hợp lệ: tham số state không khớp với phiên đăng nhập của trình duyệt"
                    + " (state mismatch).");
        }
        Redemption<Subject> redeemed = sso.redeem(ex.query("code", ""), clientId, redirectUri());
        if (!redeemed.isOk()) {
            return failed(400, "Mã xác thực không hợp lệ: " + redeemed.problem() + ".");
        }
        Map<String, PortalSession> sessions = state.sessionsOf(host);
        ex.cookie(sessionCookie).ifPresent(sessions::remove);
        PortalSession session = new PortalSession(state.randomToken(), subjectOfSession.apply(redeemed.value()), state.now());
        sessions.put(session.id, session);
        return new Outcome(session, null);
    }

    private Outcome failed(int status, String message) {
        return new Outcome(null, errorPage.apply(status, message).cookie(ctx.expiredCookie(oauthCookie)));
    }

    /** Adds the session cookie and clears the pre-session cookie on a reply after a successful login. */
    Reply withSessionCookies(Reply reply, PortalSession session) {
        return reply.cookie(ctx.cookie(sessionCookie, session.id)).cookie(ctx.expiredCookie(oauthCookie));
    }

    /** The live server-side session of this browser, if any (including one that only appears logged out). */
    Optional<PortalSession> session(Exchange ex) {
        return ex.cookie(sessionCookie).map(id -> ctx.state.sessionsOf(host).get(id));
    }

    /** Ends the session server-side and clears the cookie. */
    Reply endSession(Exchange ex, Reply reply) {
        ex.cookie(sessionCookie).ifPresent(id -> ctx.state.sessionsOf(host).remove(id));
        return reply.cookie(ctx.expiredCookie(sessionCookie));
    }
}
