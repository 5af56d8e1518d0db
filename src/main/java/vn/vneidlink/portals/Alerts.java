package vn.vneidlink.portals;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;

/** The messages a portal page shows after an action, whatever the page: success, warning, error. */
public final class Alerts extends PortalPage {

    private static final By SUCCESS = By.cssSelector(".alert-success");
    private static final By ANY = By.cssSelector(".alert");

    public Alerts(Browser browser) {
        super(browser, "trang hiện tại", ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
    }

    /** Waits for a success message and returns every success message shown. */
    public List<String> successMessages() {
        visible(SUCCESS, "thông báo thành công");
        return texts(SUCCESS);
    }

    public List<String> all() {
        return texts(ANY);
    }
}
