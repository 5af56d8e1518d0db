package vn.vneidlink.mock;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The seeded defects of the VNeID SSO ({@link PortalDefect}): each replaces one rule of {@link VneidSsoMock}, which
 * itself holds only the correct behaviour.
 */
final class VneidSsoDefects {

    /** The delay of {@link PortalDefect#VNEID_SLOWER_THAN_TIMEOUT}: longer than the suite's default 10 s wait. */
    static final Duration SLOW_DEFECT_DELAY = Duration.ofSeconds(15);

    private VneidSsoDefects() {}

    /** {@link PortalDefect#VNEID_SLOWER_THAN_TIMEOUT}: every reply waits at least 15 s. */
    static void slowerThanTimeout(VneidSsoMock vneid) {
        Supplier<Duration> correct = vneid.responseDelay;
        vneid.responseDelay = () -> {
            Duration delay = correct.get();
            return delay.compareTo(SLOW_DEFECT_DELAY) < 0 ? SLOW_DEFECT_DELAY : delay;
        };
    }

    /** {@link PortalDefect#DECLINE_STILL_SIGNS_IN}: declining in the app completes the login as a right code would. */
    static void declineStillSignsIn(VneidSsoMock vneid) {
        vneid.onDeclined = vneid::complete;
    }

    /** {@link PortalDefect#VNEID_WRONG_CODE_ACCEPTED}: any six digits pass in the modal (anything else is still refused). */
    static void wrongCodeAccepted(VneidSsoMock vneid) {
        vneid.codeMatches = (sent, given) -> given.matches("\\d{6}");
    }

    /** {@link PortalDefect#VNEID_PHONE_UNMASKED}: {@code authenticate} answers the whole phone number, which the modal shows. */
    static void phoneUnmasked(VneidSsoMock vneid) {
        vneid.phoneShown = phone -> phone;
    }

    /** {@link PortalDefect#VNEID_WEB_LOGIN_NOT_CHECKED}: the app's web-login setting is ignored, every citizen gets a code. */
    static void webLoginNotChecked(VneidSsoMock vneid) {
        vneid.webLoginAllowed = citizen -> true;
    }

    /** {@link PortalDefect#VNEID_FIREWALL_REJECTS_BROWSER}: the firewall in front rejects every request, as if always switched on. */
    static void firewallRejectsBrowser(VneidSsoMock vneid) {
        vneid.firewallRejects = () -> true;
    }

    /** {@link PortalDefect#VNEID_QR_SKIPS_PASSCODE}: a scanned QR code signs in at once, without the app's passcode. */
    static void qrSkipsPasscode(VneidSsoMock vneid) {
        vneid.onScanned = vneid::complete;
    }

    // --- issue 11: protocol security ---

    /**
     * {@link PortalDefect#VNEID_REDIRECT_URI_PREFIX_MATCH}: a {@code redirect_uri} is accepted when it merely begins with
     * the registered callback's {@code scheme://host}, as a Keycloak client whose valid redirect URI is
     * {@code https://<host>*} does: {@code https://<host>.ke-gian.example/…} and {@code https://<host>@ke-gian.example/…}
     * pass too.
     */
    static void redirectUriPrefixMatch(VneidSsoMock vneid) {
        vneid.redirectUriAccepted = (registered, given) -> {
            URI r = URI.create(registered);
            return given.startsWith(r.getScheme() + "://" + r.getHost());
        };
    }

    /**
     * {@link PortalDefect#VNEID_ID_PREFIX_MATCH}: the account is looked up by the start of the ID number (a
     * {@code LIKE 'number%'} query), so a number cut short opens the first account it starts.
     */
    static void idPrefixMatch(VneidSsoMock vneid) {
        vneid.credentials = (username, password) -> username.isEmpty() ? java.util.Optional.empty()
                : vneid.citizens().stream().filter(c -> c.vneid() != null && c.cccd().startsWith(username)
                        && c.vneid().password().equals(password)).findFirst();
    }

    /** {@link PortalDefect#VNEID_PASSWORD_CASE_INSENSITIVE}: the password is compared without regard to case. */
    static void passwordCaseInsensitive(VneidSsoMock vneid) {
        vneid.credentials = (username, password) -> password.isEmpty() ? java.util.Optional.empty()
                : vneid.citizens().stream().filter(c -> c.vneid() != null && c.cccd().equals(username)
                        && c.vneid().password().equalsIgnoreCase(password)).findFirst();
    }

    /** {@link PortalDefect#VNEID_CODE_PREFIX_ACCEPTED}: only the digits typed are compared, so the start of the code passes. */
    static void codePrefixAccepted(VneidSsoMock vneid) {
        vneid.codeMatches = (sent, given) -> !given.isEmpty() && sent.startsWith(given);
    }
}
