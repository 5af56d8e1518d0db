package vn.vneidlink.mock;

import java.net.URI;
import java.time.Instant;
import java.util.function.BiFunction;
import vn.vneidlink.mock.PortalState.Account;

/**
 * The seeded defects of the national SSO ({@link PortalDefect}): each replaces one rule of {@link NationalSsoMock},
 * which itself holds only the correct behaviour.
 */
final class NationalSsoDefects {

    private NationalSsoDefects() {}

    /** {@link PortalDefect#VNEID_LOGIN_DOES_NOT_LINK}: every VNeID login opens the separate VNeID account. */
    static void vneidLoginDoesNotLink(NationalSsoMock sso) {
        sso.linking = sso::separateAccount;
    }

    /** {@link PortalDefect#WRONG_OTP_ACCEPTED}: any six digits pass as the OTP. */
    static void wrongOtpAccepted(NationalSsoMock sso) {
        sso.otpAccepted = (sent, typed) -> sent.equals(typed) || typed.matches("\\d{6}");
    }

    /** {@link PortalDefect#EXPIRED_OTP_ACCEPTED}: an OTP never expires. */
    static void expiredOtpAccepted(NationalSsoMock sso) {
        sso.otpExpired = issuedAt -> false;
    }

    /** {@link PortalDefect#REDIRECT_TO_WRONG_HOST}: {@code https://dichvucong.gov.vn/sso?…} becomes {@code https://dvc-dichvucong.gov.vn/sso?…}. */
    static void redirectToWrongHost(NationalSsoMock sso) {
        sso.afterLogin = location -> {
            String host = URI.create(location).getHost();
            int at = location.indexOf("://" + host);
            return location.substring(0, at) + "://dvc-" + location.substring(at + 3);
        };
    }

    /** {@link PortalDefect#CITIZEN_VNEID_OPTION_MISSING}: after the cutover the choice page offers organisations' accounts only. */
    static void citizenVneidOptionMissing(NationalSsoMock sso) {
        sso.afterCutoverOptions = sso.afterCutoverOptions.stream().filter(o -> o != NationalSsoMock.VNEID_CITIZENS).toList();
    }

    /**
     * {@link PortalDefect#MARKUP_DRIFTED} on the national SSO: the citizen's VNeID option reworded, same class
     * {@code login-IDP} and target ("Tài khoản định danh điện tử cấp bởi Bộ Công an" → "Tài khoản VNeID cấp bởi Bộ Công an";
     * after the cutover "… dành cho Công dân" kept at the end).
     */
    static void vneidOptionReworded(NationalSsoMock sso) {
        sso.vneidLabel = "Tài khoản VNeID cấp bởi Bộ Công an";
        sso.afterCutoverOptions = sso.afterCutoverOptions.stream()
                .map(o -> o.vneid() ? new NationalSsoMock.IdpOption(o.id(), o.idp(), "Tài khoản VNeID cấp bởi Bộ Công an dành cho Công dân", true) : o)
                .toList();
    }

    /** {@link PortalDefect#CUTOVER_TOO_EARLY}: the choice page of after the cutover, already before the cutover date. */
    static void cutoverTooEarly(NationalSsoMock sso) {
        sso.cutoverApplies = () -> true;
    }

    /** {@link PortalDefect#CUTOVER_IGNORED}: VNconnect logins go on after the cutover. */
    static void cutoverIgnored(NationalSsoMock sso) {
        sso.cutoverApplies = () -> false;
    }

    /** {@link PortalDefect#NO_LOCKOUT}: wrong passwords are never counted. */
    static void noLockout(NationalSsoMock sso) {
        sso.lockout = new NationalSsoMock.Lockout() {
            @Override
            public boolean locked(Account account, Instant now) {
                return false;
            }

            @Override
            public String[] wrongPassword(Account account, Instant now) {
                return new String[] {"authFailure", "true"};
            }
        };
    }

    // --- issue 11: protocol security ---

    /**
     * {@link PortalDefect#SSO_CODE_REUSABLE}: an authorization code is accepted again as long as it has not expired (its
     * client and redirect URI still checked), as an SSO cluster whose nodes do not share the "used" mark would.
     */
    static void codeReusable(NationalSsoMock sso) {
        sso.codes = sso.state()::redeemSsoCodeAgainAndAgain;
    }

    /**
     * {@link PortalDefect#SSO_REDIRECT_URI_ANY_PATH}: a {@code redirect_uri} is accepted when its scheme, host and port are
     * the registered callback's, whatever its path (a callback pattern {@code https://<host>/.*} instead of the URL).
     */
    static void redirectUriAnyPath(NationalSsoMock sso) {
        sso.redirectUriAccepted = (registered, given) -> {
            try {
                URI r = URI.create(registered);
                URI g = URI.create(given);
                return r.getScheme().equals(g.getScheme()) && r.getHost().equals(g.getHost()) && r.getPort() == g.getPort();
            } catch (IllegalArgumentException | NullPointerException notAUrl) {
                return false;
            }
        };
    }

    /** {@link PortalDefect#SSO_COOKIE_WITHOUT_SAMESITE}: the SSO session cookie {@code commonAuthId} names no SameSite. */
    static void sessionCookieWithoutSameSite(NationalSsoMock sso) {
        BiFunction<String, String, String> correct = sso.sessionSetCookie;
        sso.sessionSetCookie = (name, value) -> correct.apply(name, value).replace("; SameSite=Lax", "");
    }

    /** {@link PortalDefect#OTP_EXTRA_CHARACTERS_ACCEPTED}: only the first six characters typed are compared with the code. */
    static void otpExtraCharactersAccepted(NationalSsoMock sso) {
        sso.otpAccepted = (sent, typed) -> typed.length() >= sent.length() && typed.substring(0, sent.length()).equals(sent);
    }
}
