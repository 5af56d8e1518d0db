package vn.vneidlink.tasks;

import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.sso.SsoOtpPage;
import vn.vneidlink.portals.vneid.VneidCodeModal;
import vn.vneidlink.portals.vneid.VneidLoginPage;
import vn.vneidlink.portals.vneid.VneidMessagePage;
import vn.vneidlink.target.PortalTarget;

/** The sign-in sequences that several documented steps share. */
public final class SignIn {

    /** How the citizen approves a VNeID login: the code his VNeID app shows, or one sent by SMS on request. */
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

    /** On the VNeID login page: ID number and VNeID password; returns when the page has answered (modal or error). */
    public void enterVneidCredentials(Citizen citizen) {
        new VneidLoginPage(browser).submit(citizen.cccd(), citizen.vneid().password());
    }

    /**
     * In the code modal that follows the password: the code the VNeID app shows, or, for {@link Approval#SMS_OTP},
     * "Nhận mã qua SMS" and the code of the SMS. Returns when the browser goes on to the client.
     */
    public void approveVneidLogin(Citizen citizen, Approval approval) {
        VneidCodeModal modal = codeModal();
        if (approval == Approval.VNEID_APP) {
            confirm(modal, target.secondFactor().codeShownInVneidApp(citizen.cccd()));
        } else {
            modal.askForSms();
            confirm(modal, target.secondFactor().latestOtpSentTo(citizen.phone()));
        }
    }

    /** In the code modal: the code the VNeID app shows; the login must go on. */
    public void confirmCodeFromVneidApp(Citizen citizen) {
        confirm(codeModal(), target.secondFactor().codeShownInVneidApp(citizen.cccd()));
    }

    /**
     * The code modal that the VNeID SSO opens after a right ID number and password. If the page refused them instead,
     * this fails with what it says.
     */
    public VneidCodeModal codeModal() {
        if (!VneidCodeModal.isOnScreen(browser) && VneidMessagePage.isOnScreen(browser)) {
            throw new AssertionError(browser.redact("SSO VNeID không hỏi mã xác nhận: trang báo «"
                    + new VneidMessagePage(browser).message() + "». " + PortalPage.describeScreen(browser)));
        }
        return new VneidCodeModal(browser);
    }

    private void confirm(VneidCodeModal modal, String code) {
        modal.enterCode(code);
        String refusal = modal.errorMessage();
        if (!refusal.isEmpty()) {
            throw new AssertionError(browser.redact("SSO VNeID không nhận mã xác nhận: hộp nhập mã báo «" + refusal + "»"));
        }
    }
}
