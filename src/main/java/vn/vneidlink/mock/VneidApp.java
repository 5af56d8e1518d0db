package vn.vneidlink.mock;

import java.util.Optional;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.AppStatus;
import vn.vneidlink.mock.PortalState.CodeChannel;
import vn.vneidlink.mock.PortalState.VneidAuthRequest;

/**
 * The citizen's VNeID phone app, as the suite plays it against the mock portals. After the ID number and password,
 * the app holds the login request and shows the one-time code the browser's modal asks for (unless the code went by
 * SMS); the citizen may decline the request there. On the QR tab, the app scans the payload the page shows and the
 * citizen confirms with his passcode. The browser's page polls and moves on by itself.
 *
 * <p>Thread-safe: every method runs under the state lock of its {@link MockPortals}.
 */
public final class VneidApp {

    private final PortalState state;

    VneidApp(PortalState state) {
        this.state = state;
    }

    /** Whether a login request of this CCCD waits in the app (a code sent for it, or a scanned QR code). */
    public boolean hasPendingRequest(String cccd) {
        return state.locked(() -> state.pendingAppRequest(cccd).isPresent());
    }

    /** The one-time code the app shows for the latest login request of this CCCD; empty if none went to the app. */
    public Optional<String> codeShownFor(String cccd) {
        return state.locked(() -> state.pendingAppRequest(cccd)
                .filter(r -> r.appStatus() == AppStatus.CODE_SENT && r.channel() == CodeChannel.APP)
                .flatMap(VneidAuthRequest::code));
    }

    /**
     * Declines the latest login request of this CCCD that waits in the app: its code no longer signs in.
     *
     * @throws IllegalStateException if none waits
     */
    public void decline(String cccd) {
        state.locked(() -> {
            state.pendingAppRequest(cccd).orElseThrow(() -> new IllegalStateException(
                    "Cannot decline: no VNeID login request waits in the app for CCCD " + cccd
                            + " (the browser must send the ID number and password, or show a QR code that the app scanned, first)"))
                    .declineInApp();
            return null;
        });
    }

    /**
     * Scans, with the app of this CCCD, the QR code a login page shows ({@code payload}, the text of
     * {@code #qr-code[data-qr-payload]}): the citizen then confirms with his passcode.
     *
     * @throws IllegalStateException if no login page shows this payload (unknown, already scanned, expired after
     *                               {@link PortalState#OTP_VALIDITY}), or if the app refuses because its owner has not
     *                               allowed web logins in it
     */
    public void scanQr(String cccd, String payload) {
        state.locked(() -> {
            Citizen owner = account(cccd);
            VneidAuthRequest request = state.vneidRequestShowingQr(payload)
                    .filter(r -> !state.expired(r.qrIssuedAt(), PortalState.OTP_VALIDITY))
                    .orElseThrow(() -> new IllegalStateException("Cannot scan: no VNeID login page shows the QR code \""
                            + payload + "\" now (unknown, already scanned, or older than " + PortalState.OTP_VALIDITY.toMinutes()
                            + " minutes)"));
            if (!owner.vneid().webLoginAllowed()) {
                throw new IllegalStateException("The VNeID app of CCCD " + cccd
                        + " refuses to scan: its owner has not allowed web logins in it (vneid.webLogin is false)");
            }
            request.scannedBy(cccd);
            return null;
        });
    }

    /**
     * The passcode typed in the app for the QR code it scanned: right, the login completes (the page, polling, goes
     * on to the client); wrong, the app says so and nothing changes.
     *
     * @return whether the app accepted the passcode
     * @throws IllegalStateException if no scanned QR login of this CCCD waits for a passcode
     */
    public boolean confirmWithPasscode(String cccd, String passcode) {
        return state.locked(() -> {
            VneidAuthRequest request = state.pendingAppRequest(cccd).filter(r -> r.appStatus() == AppStatus.SCANNED)
                    .orElseThrow(() -> new IllegalStateException("Cannot confirm: no scanned QR login waits for the passcode"
                            + " in the VNeID app of CCCD " + cccd + " (scan the QR code of a login page first)"));
            if (!account(cccd).vneid().passcode().equals(passcode)) {
                return false;
            }
            request.approveInApp();
            return true;
        });
    }

    private Citizen account(String cccd) {
        return state.citizen(cccd).filter(c -> c.vneid() != null)
                .orElseThrow(() -> new IllegalStateException("No VNeID account in the test data for CCCD " + cccd));
    }
}
