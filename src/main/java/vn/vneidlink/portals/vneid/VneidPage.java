package vn.vneidlink.portals.vneid;

import java.net.URI;
import java.time.Duration;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PageCondition;
import vn.vneidlink.portals.PortalPage;

/**
 * What every page object of the VNeID SSO shares: its page is client-rendered (elements appear after scripts and
 * XHR answers: wait for them), and wherever it meets the firewall's "Request Rejected" page, it fails at once with
 * {@link VneidFirewall#blockedMessage}, in its load check as in every wait.
 */
abstract class VneidPage extends PortalPage {

    /** The error of a page the server sent instead of JSON (the outage page), which the script shows in place of the app. */
    protected static final By SERVER_ERROR = By.id("error-message");

    protected VneidPage(Browser browser, String pageName, ExpectedCondition<?> loaded) {
        super(browser, pageName, orFirewall(loaded));
        VneidFirewall.failIfShown(browser);
    }

    /** Waits until the condition holds, or fails at once if the firewall's page shows instead. */
    protected void waitOnVneid(ExpectedCondition<?> condition, String expectation, Duration timeout) {
        waitUntil(orFirewall(condition), expectation, timeout);
        VneidFirewall.failIfShown(browser);
    }

    /** The condition or the firewall's page: tested inside the page when the condition can be. */
    private static ExpectedCondition<?> orFirewall(ExpectedCondition<?> condition) {
        return condition instanceof PageCondition inPage ? PageCondition.or(inPage, VneidFirewall.shown())
                : ExpectedConditions.or(condition, VneidFirewall.shown());
    }

    protected void waitOnVneid(ExpectedCondition<?> condition, String expectation) {
        waitOnVneid(condition, expectation, browser.waitTimeout());
    }

    /** The browser shows a page of another host (the login went on, to the client). */
    protected static PageCondition leftVneid(Browser browser) {
        return PageCondition.not(PageCondition.hostIs(browser.hosts().vneidSso()));
    }

    /** The browser is on the VNeID SSO and shows an element of this locator. */
    protected static PageCondition onVneidShowing(Browser browser, By locator) {
        return PageCondition.and(onHost(browser.hosts().vneidSso()), shows(locator));
    }

    /** Some element of this locator is displayed (the page's script shows and hides its parts). */
    protected static PageCondition shows(By locator) {
        return PageCondition.shown(locator);
    }

    /** The text of the first displayed element of this locator; empty when none is displayed. */
    protected String shownText(By locator) {
        try {
            return driver.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst()
                    .map(e -> e.getText().trim()).orElse("");
        } catch (WebDriverException betweenDocuments) {
            return "";
        }
    }

    /** Whether the condition holds now (no waiting: for a page that has just answered). */
    protected static boolean holdsNow(Browser browser, ExpectedCondition<?> condition) {
        return safely(browser.driver(), d -> {
            Object value = condition.apply(d);
            return value != null && !Boolean.FALSE.equals(value);
        });
    }

    /** A condition that means "not yet" while the browser is between documents (the script replaced the page). */
    protected static boolean safely(WebDriver driver, Predicate<WebDriver> condition) {
        try {
            return condition.test(driver);
        } catch (WebDriverException betweenDocuments) {
            return false;
        }
    }
}
