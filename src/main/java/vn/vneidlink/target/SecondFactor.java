package vn.vneidlink.target;

import java.time.Duration;

/**
 * What the citizen's phone does during a login: receive an OTP by SMS; in the VNeID app, read the login code the
 * app shows, decline a login, or scan the login page's QR code and confirm it with the passcode. Against the mock
 * portals the suite plays the phone itself; on real portals a person holds it.
 */
public interface SecondFactor {

    /** The newest one-time code sent by SMS to this phone number. */
    String latestOtpSentTo(String phone);

    /** Whether any one-time code has been sent to this phone number so far. */
    boolean anyOtpSentTo(String phone);

    /** Whether a VNeID login request waits in the app of this ID number now (a code sent to it, or a scanned QR code). */
    boolean vneidAppHasLoginRequest(String cccd);

    /** The login code the VNeID app of this ID number shows now (where the VNeID SSO sends it by default). */
    String codeShownInVneidApp(String cccd);

    /**
     * The citizen declines, in the VNeID app, the login request waiting for his ID number.
     *
     * @return how long the login page may take to show the answer (a person needs longer than the mock)
     */
    Duration declineInVneidApp(String cccd);

    /**
     * The citizen scans, with his VNeID app, the QR code the login page shows ({@code payload}: what the code
     * carries); the app then asks for his passcode.
     *
     * @return how long the login page may take to show the scan
     */
    Duration scanQrWithVneidApp(String cccd, String payload);

    /** The citizen confirms the scanned login in the VNeID app with his passcode; returns as above, for the page to go on. */
    Duration confirmInVneidAppWithPasscode(String cccd, String passcode);
}
