package vn.vneidlink.tasks;

import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.sso.SsoOtpPage;
import vn.vneidlink.portals.vneid.VneidAppApprovalPage;
import vn.vneidlink.portals.vneid.VneidLoginPage;
import vn.vneidlink.portals.vneid.VneidMethodPage;
import vn.vneidlink.target.PortalTarget;

/** The sign-in sequences that several documented steps share. */
public final class SignIn {

    /** How the citizen approves a VNeID login. */
    public enum Approval { VNEID_APP, SMS_OTP }

    private final Browser browser;
    private final PortalTarget target;

    public SignIn(Browser browser, PortalTarget target) {
        this.browser = browser;
        this.target = target;
    }

    /** On the SSO choice page: user name and password of the VNconnect account (the OTP page or a refusal follows). */
    public void submitVnconnectCredentials(Citizen.VnconnectAccount account) {
        new SsoLoginPage(browser).submitVnconnectCredentials(account.username(), account.password());
    }

    /** On the SSO OTP page: the code the phone received. */
    public void confirmVnconnectOtp(Citizen citizen) {
        otpPage().confirm(target.secondFactor().latestOtpSentTo(citizen.phone()));
    }

    /**
     * The OTP page that follows the VNconnect password. After the cutover the SSO refuses the
     * password with a notice instead: the scenario does not apply to such a portal.
     */
    public SsoOtpPage otpPage() {
        if (SsoLoginPage.isOnScreen(browser) && !new SsoLoginPage(browser).cutoverNoticeText().isEmpty()) {
            throw NotApplicable.because("không áp dụng: đã qua ngày chuyển đổi, tài khoản VNconnect bị từ chối kèm thông báo "
                    + "hướng dẫn đăng nhập bằng VNeID");
        }
        return new SsoOtpPage(browser);
    }

    /** On the VNeID login page: ID number and VNeID password. */
    public void enterVneidCredentials(Citizen citizen) {
        new VneidLoginPage(browser).login(citizen.cccd(), citizen.vneid().password());
    }

    /** On the VNeID method page: approve by the app or by an SMS code, until the browser leaves VNeID. */
    public void approveVneidLogin(Citizen citizen, Approval approval) {
        VneidMethodPage methods = new VneidMethodPage(browser);
        if (approval == Approval.VNEID_APP) {
            VneidAppApprovalPage waiting = methods.chooseApp();
            waiting.waitUntilApprovalIsSeen(target.secondFactor().approveInVneidApp(citizen.cccd()));
        } else {
            methods.chooseOtp().confirm(target.secondFactor().latestOtpSentTo(citizen.phone()));
        }
    }
}
