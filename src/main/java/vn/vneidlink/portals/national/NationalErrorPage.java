package vn.vneidlink.portals.national;

import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PageCondition;
import vn.vneidlink.portals.PortalPage;

/** An error page of the national portal (a refused login response, a server error). */
public final class NationalErrorPage extends PortalPage {

    private static final By MESSAGE = By.id("error-message");

    public NationalErrorPage(Browser browser) {
        super(browser, "Trang báo lỗi của Cổng DVC quốc gia", shown(browser));
    }

    /** Whether the browser shows such a page now (no waiting: for a page that has just finished loading). */
    public static boolean isOnScreen(Browser browser) {
        return shown(browser).apply(browser.driver()) != null;
    }

    private static PageCondition shown(Browser browser) {
        return PageCondition.and(onHost(browser.hosts().national()), PageCondition.shown(MESSAGE));
    }

    public String message() {
        return textOf(MESSAGE, "thông báo lỗi");
    }
}
