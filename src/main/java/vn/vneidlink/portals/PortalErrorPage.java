package vn.vneidlink.portals;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import vn.vneidlink.browser.Browser;

/**
 * An error page of a portal (the national one or a provincial system): what it answers to a login response it
 * refuses. Only read, never waited for: the check is whether it shows now, right after the page loaded.
 */
public final class PortalErrorPage {

    /** The message of a portal's error page: the mocks' {@code #error-message}, a server page's {@code .alert-danger}. */
    private static final By MESSAGE = By.cssSelector("#error-message, .alert-danger");

    private PortalErrorPage() {}

    /** Whether the browser shows, over https, an error page of one of these hosts. */
    public static boolean isOnScreen(Browser browser, List<String> hosts) {
        try {
            URI now = URI.create(browser.driver().getCurrentUrl());
            return PortalPage.SCHEME.equals(now.getScheme()) && hosts.contains(now.getHost())
                    && browser.driver().findElements(MESSAGE).stream().anyMatch(WebElement::isDisplayed);
        } catch (IllegalArgumentException | WebDriverException notReadable) {
            return false;
        }
    }
}
