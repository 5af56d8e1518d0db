package vn.vneidlink.target;

import java.time.Duration;

/**
 * What the citizen's phone does during a login: receive the OTP by SMS, approve or decline a
 * login in the VNeID app. Against the mock portals the suite plays the phone itself.
 */
public interface SecondFactor {

    /** The newest one-time code sent by SMS to this phone number. */
    String latestOtpSentTo(String phone);

    /** Whether any one-time code has been sent to this phone number so far. */
    boolean anyOtpSentTo(String phone);

    /**
     * The citizen approves, in the VNeID app, the login request waiting for his ID number.
     *
     * @return how long the login page may take to see the answer (a person needs longer than the mock)
     */
    Duration approveInVneidApp(String cccd);

    /** The citizen declines, in the VNeID app, the login request waiting for his ID number; returns as above. */
    Duration declineInVneidApp(String cccd);
}
