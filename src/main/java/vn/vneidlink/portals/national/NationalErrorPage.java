package vn.vneidlink.portals.national;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;

/** An error page of the national portal (a refused login response, a server error). */
public final class NationalErrorPage extends PortalPage {

    private static final By MESSAGE = By.id("error-message");

    public NationalErrorPage(Browser browser) {
        super(browser, "Trang báo lỗi của Cổng DVC quốc gia", shown(browser));
    }

    /** Whether the browser shows such a page now (no waiting: for a page that has just finished loading). */
    public static boolean isOnScreen(Browser browser) {
        return Boolean.TRUE.equals(shown(browser).apply(browser.driver()));
    }

    private static ExpectedCondition<Boolean> shown(Browser browser) {
        return ExpectedConditions.and(onHost(browser.hosts().national()), ExpectedConditions.visibilityOfElementLocated(MESSAGE));
    }

    public String message() {
        return textOf(MESSAGE, "thông báo lỗi");
    }
}
