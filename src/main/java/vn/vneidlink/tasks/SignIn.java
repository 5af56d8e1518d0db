package vn.vneidlink.tasks;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.Era;
import vn.vneidlink.data.PlatformProfile;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.Urls;
import vn.vneidlink.portals.national.NationalPortal;
import vn.vneidlink.portals.province.ProvincialPortal;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.sso.SsoOtpPage;
import vn.vneidlink.portals.vneid.VneidCodeModal;
import vn.vneidlink.portals.vneid.VneidLoginPage;
import vn.vneidlink.portals.vneid.VneidSso;
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

    /**
     * "Đăng nhập" on the national portal, after checking where it leads: the guide's portal to its national SSO; today's
     * ({@code a#dang-nhap}) straight to the VNeID SSO with the portal's own client and callback, whole. Against the mocks
     * the era they copy must match what the link shows.
     */
    public void clickNationalLogin() {
        SiteHeader header = new NationalPortal(browser, target).header();
        URI link = URI.create(header.loginTarget());
        Optional<Era> era = target.mockEra();
        boolean straightToVneid = target.hosts().vneidSso().equals(link.getHost());
        if (straightToVneid) {
            Map<String, String> query = Urls.query(link);
            String callback = target.nationalPortalUrl(NationalPortal.SSO_CALLBACK_PATH);
            if (!NationalPortal.TODAY_VNEID_CLIENT_ID.equals(query.get("client_id")) || !callback.equals(query.get("redirect_uri"))
                    || !VneidSso.LOGIN_PATH.equals(link.getPath())) {
                throw new AssertionError("«Đăng nhập» của Cổng DVC quốc gia dẫn thẳng tới SSO VNeID nhưng sai ứng dụng hoặc địa chỉ quay lại: "
                        + "phải là " + VneidSso.LOGIN_PATH + " với client_id=" + NationalPortal.TODAY_VNEID_CLIENT_ID + " và redirect_uri="
                        + callback + ", nhưng liên kết là " + link);
            }
        }
        if (era.isPresent() && (era.get() == Era.TODAY) != straightToVneid) {
            throw new AssertionError("«Đăng nhập» của Cổng DVC quốc gia dẫn tới " + link + ": ở thời kỳ «" + era.get().id() + "» phải dẫn "
                    + (era.get() == Era.TODAY ? "thẳng tới SSO VNeID (" + target.hosts().vneidSso() + ")"
                            : "tới hệ thống xác thực " + target.hosts().nationalSso()));
        }
        header.clickLogin();
    }

    /**
     * After "Đăng nhập": user name and password of the VNconnect account on the SSO choice page (the OTP page or a
     * refusal follows). A portal that no longer offers citizens the VNconnect login (after the cutover; today's portal
     * goes straight to VNeID) makes the scenario not applicable, unless the mocks copy the guide's era before the cutover,
     * where a missing login is a defect.
     */
    public void submitVnconnectCredentials(Citizen.VnconnectAccount account) {
        vnconnectLoginPage().submitVnconnectCredentials(account.username(), account.password());
    }

    /** The SSO choice page with its citizen VNconnect login (see {@link #submitVnconnectCredentials}). */
    public SsoLoginPage vnconnectLoginPage() {
        if (onVneidSso()) {
            throw vnconnectMissing("«Đăng nhập» dẫn thẳng tới SSO VNeID (" + browser.driver().getCurrentUrl().replaceFirst("\\?.*", "")
                    + "): cổng không còn đăng nhập bằng tài khoản VNconnect");
        }
        SsoLoginPage page = new SsoLoginPage(browser);
        if (!page.offersVnconnectLogin()) {
            throw vnconnectMissing("hệ thống xác thực " + page.currentHost() + " không còn đăng nhập bằng tài khoản VNconnect cho công dân"
                    + " (đã qua ngày chuyển đổi 01/07/2024); trang có: " + page.accountKinds());
        }
        return page;
    }

    /** The choice of the citizen's VNeID account: on the SSO choice page, or nothing to choose where "Đăng nhập" went straight to VNeID. */
    public void chooseVneid() {
        if (!onVneidSso()) {
            new SsoLoginPage(browser).chooseVneid();
        }
    }

    /** Not applicable where the portal is past the cutover; where the mocks copy the guide's era before it, a defect. */
    private RuntimeException vnconnectMissing(String what) {
        if (target.citizenVnconnectExpected().orElse(false)) {
            throw new AssertionError("Trước ngày chuyển đổi, Cổng DVC quốc gia phải cho công dân đăng nhập bằng tài khoản VNconnect ("
                    + SsoLoginPage.VNCONNECT_KIND.describe() + "), nhưng " + what);
        }
        return NotApplicable.because("không áp dụng: " + what);
    }

    /** Whether the browser is at the VNeID SSO: where today's national portal's "Đăng nhập" leads at once. */
    public boolean wentStraightToVneid() {
        return onVneidSso();
    }

    private boolean onVneidSso() {
        return target.hosts().vneidSso().equals(URI.create(browser.driver().getCurrentUrl()).getHost());
    }

    /**
     * "Đăng nhập" on a provincial system, read through its platform's profile: its label is the platform's, it points at
     * the host the platform signs in through (the system itself, or its API host such as {@code apidvc.<tỉnh>.gov.vn}), and
     * it ends at the national SSO or the VNeID SSO. Against the mocks, at the one that the system's data names.
     */
    public void clickProvincialLogin(ProvincialSystem system) {
        PlatformProfile platform = target.platform(system);
        SiteHeader header = new ProvincialPortal(browser, target, system).header();
        String label = header.loginButtonLabel();
        if (!platform.loginLabels().contains(label)) {
            throw new AssertionError("Nút đăng nhập của " + system.host() + " ghi «" + label + "», nền tảng «" + platform.id() + "» ghi "
                    + platform.loginLabels());
        }
        URI link = URI.create(header.loginTarget());
        String through = platform.loginHostFor(system.host());
        if (!through.equals(link.getHost())) {
            throw new AssertionError("«Đăng nhập» của " + system.host() + " trỏ tới " + link.getScheme() + "://" + link.getAuthority()
                    + link.getPath() + ", nhưng nền tảng «" + platform.id() + "» đăng nhập qua " + through);
        }
        header.clickLogin();
        String landed = URI.create(browser.driver().getCurrentUrl()).getHost();
        String expected = system.login() == null ? null
                : "vneid-direct".equals(system.login()) ? target.hosts().vneidSso() : target.hosts().nationalSso();
        boolean atAnSso = landed.equals(target.hosts().vneidSso()) || landed.equals(target.hosts().nationalSso());
        if (!atAnSso || (expected != null && !expected.equals(landed))) {
            throw new AssertionError(browser.redact("«Đăng nhập» của " + system.host() + " phải dẫn tới "
                    + (expected != null ? expected : target.hosts().nationalSso() + " hoặc " + target.hosts().vneidSso())
                    + ", nhưng trình duyệt ở " + PortalPage.describeScreen(browser)));
        }
    }

    /** On the SSO OTP page: the code the phone received. */
    public void confirmVnconnectOtp(Citizen citizen) {
        otpPage().confirm(target.secondFactor().latestOtpSentTo(citizen.phone()));
    }

    /** The OTP page that follows the VNconnect password. */
    public SsoOtpPage otpPage() {
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
