package vn.vneidlink.portals.vneid;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;

/** Any page of the VNeID SSO that shows an error: the SSO down, a login declined in the app. */
public final class VneidMessagePage extends PortalPage {

    private static final By ERROR = By.cssSelector("#error-message, .alert-danger");

    public VneidMessagePage(Browser browser) {
        super(browser, "Thông báo lỗi của SSO VNeID", shown(browser));
    }

    /** Whether the browser shows such a page now (no waiting: for a page that has just finished loading). */
    public static boolean isOnScreen(Browser browser) {
        return Boolean.TRUE.equals(shown(browser).apply(browser.driver()));
    }

    private static ExpectedCondition<Boolean> shown(Browser browser) {
        return ExpectedConditions.and(onHost(browser.hosts().vneidSso()), ExpectedConditions.visibilityOfElementLocated(ERROR));
    }

    public String message() {
        return textOf(ERROR, "thông báo lỗi");
    }
}
