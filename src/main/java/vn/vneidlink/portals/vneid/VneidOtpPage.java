package vn.vneidlink.portals.vneid;

import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;

/** VNeID: the one-time code sent by SMS. */
public final class VneidOtpPage extends PortalPage {

    private static final By OTP = By.id("otp");
    private static final By CONFIRM = By.id("btn-confirm-otp");
    private static final By ERROR = By.cssSelector(".alert-danger");

    public VneidOtpPage(Browser browser) {
        super(browser, "Nhập mã OTP VNeID", atWith(browser.hosts().vneidSso(), VneidSso.OTP_PATH, OTP));
    }

    public void confirm(String otp) {
        type(OTP, "Mã OTP", otp);
        clickAndWaitForNewPage(CONFIRM, "Xác nhận");
    }

    public String errorMessage() {
        return isDisplayed(ERROR) ? driver.findElement(ERROR).getText().trim() : "";
    }
}
