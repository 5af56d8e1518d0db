package vn.vneidlink.portals.sso;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;

/** The national SSO's one-time-code page that follows the VNconnect password. */
public final class SsoOtpPage extends PortalPage {

    public static final String PATH = "/authenticationendpoint/otp.do";
    public static final String CONFIRM_LABEL = "Xác nhận";

    private static final By OTP = By.id("otp");
    private static final By CONFIRM = By.id("btn-confirm-otp");
    private static final By SENT_TO = By.cssSelector(".otp-sent-to");
    private static final By ERROR = By.cssSelector(".alert-danger");

    /** Whether the browser shows this page now (no waiting: for a page that has just finished loading). */
    public static boolean isOnScreen(Browser browser) {
        return atWith(browser.hosts().nationalSso(), PATH, OTP).apply(browser.driver()) != null;
    }

    public SsoOtpPage(Browser browser) {
        super(browser, "Xác thực OTP - Cổng DVC quốc gia", atWith(browser.hosts().nationalSso(), PATH, OTP));
    }

    /** The sentence naming the (masked) phone the code went to. */
    public String sentToMessage() {
        return textOf(SENT_TO, "dòng báo số điện thoại nhận mã OTP");
    }

    public void confirm(String otp) {
        type(OTP, "Mã OTP", otp);
        clickAndWaitForNewPage(CONFIRM, CONFIRM_LABEL);
    }

    /**
     * As {@link #confirm}, for any value a tester tries: the field's {@code maxlength} is lifted first, so that the SSO
     * gets the value whole (its check, not the field's limit, is what protects the account).
     */
    public void confirmAsTyped(String typed) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('maxlength');", visible(OTP, "ô «Mã OTP»"));
        confirm(typed);
    }

    public String errorMessage() {
        return isDisplayed(ERROR) ? driver.findElement(ERROR).getText().trim() : "";
    }
}
