package vn.vneidlink.portals.vneid;

import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;

/** VNeID: how the login is approved, by a one-time code or in the VNeID phone app. */
public final class VneidMethodPage extends PortalPage {

    public static final String OTP_LABEL = "Xác thực bằng mã OTP";
    public static final String APP_LABEL = "Xác thực trên ứng dụng VNeID";

    private static final By OTP = By.id("btn-method-otp");
    private static final By APP = By.id("btn-method-app");

    public VneidMethodPage(Browser browser) {
        super(browser, "Xác thực đăng nhập VNeID", atWith(browser.hosts().vneidSso(), VneidSso.METHOD_PATH, APP));
    }

    public VneidOtpPage chooseOtp() {
        clickAndWaitForNewPage(OTP, OTP_LABEL);
        return new VneidOtpPage(browser);
    }

    public VneidAppApprovalPage chooseApp() {
        clickAndWaitForNewPage(APP, APP_LABEL);
        return new VneidAppApprovalPage(browser);
    }
}
