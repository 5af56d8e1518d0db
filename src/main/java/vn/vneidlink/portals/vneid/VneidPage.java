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
        super(browser, pageName, ExpectedConditions.or(loaded, VneidFirewall.shown()));
        VneidFirewall.failIfShown(browser);
    }

    /** Waits until the condition holds, or fails at once if the firewall's page shows instead. */
    protected void waitOnVneid(ExpectedCondition<?> condition, String expectation, Duration timeout) {
        waitUntil(ExpectedConditions.or(condition, VneidFirewall.shown()), expectation, timeout);
        VneidFirewall.failIfShown(browser);
    }

    protected void waitOnVneid(ExpectedCondition<?> condition, String expectation) {
        waitOnVneid(condition, expectation, browser.waitTimeout());
    }

    /** The browser shows a page of another host (the login went on, to the client). */
    protected static ExpectedCondition<Boolean> leftVneid(Browser browser) {
        String host = browser.hosts().vneidSso();
        return driver -> safely(driver, d -> !host.equals(URI.create(d.getCurrentUrl()).getHost()));
    }

    /** The browser is on the VNeID SSO and shows an element of this locator. */
    protected static ExpectedCondition<Boolean> onVneidShowing(Browser browser, By locator) {
        return ExpectedConditions.and(onHost(browser.hosts().vneidSso()), shows(locator));
    }

    /** Some element of this locator is displayed (the page's script shows and hides its parts). */
    protected static ExpectedCondition<Boolean> shows(By locator) {
        return driver -> safely(driver, d -> d.findElements(locator).stream().anyMatch(WebElement::isDisplayed));
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
    protected static boolean holdsNow(Browser browser, ExpectedCondition<Boolean> condition) {
        return safely(browser.driver(), d -> Boolean.TRUE.equals(condition.apply(d)));
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
