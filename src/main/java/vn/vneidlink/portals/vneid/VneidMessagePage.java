package vn.vneidlink.portals.vneid;

import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;

/**
 * Whatever error the VNeID SSO shows: a server page ({@code #error-message}: the SSO down, a refused client), or an
 * error of its login page ({@code .ant-alert-error}: under the form, in the code modal, on the QR tab: wrong
 * credentials, web login not allowed, a login declined in the app).
 */
public final class VneidMessagePage extends VneidPage {

    private static final By ERROR = By.cssSelector("#error-message, .ant-alert-error");

    public VneidMessagePage(Browser browser) {
        super(browser, "Thông báo lỗi của SSO VNeID", onVneidShowing(browser, ERROR));
    }

    /** Whether the browser shows such an error now (no waiting: for a page that has just answered). */
    public static boolean isOnScreen(Browser browser) {
        return holdsNow(browser, onVneidShowing(browser, ERROR));
    }

    public String message() {
        return shownText(ERROR);
    }
}
