package vn.vneidlink.portals;

import java.net.URI;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.vneid.VneidFirewall;
import vn.vneidlink.portals.vneid.VneidLoginPage;

/**
 * Where a portal sent the browser when it had to sign a visitor in (a page that needs a session, "Đăng nhập"): a
 * page that asks for credentials (the national SSO's choice page, or the VNeID SSO's login form), or, if an SSO
 * session or the portal's own session was still alive, straight back to a page of the portal itself. Waits for
 * whichever shows, never for the one a scenario hopes for, so that a wrong answer fails at once with what it is.
 */
public final class LoginPrompt extends PortalPage {

    private final String portalHost;

    /** @param portalHost the host of the portal that had to sign the visitor in */
    public LoginPrompt(Browser browser, String portalHost) {
        super(browser, "trang đăng nhập (hệ thống xác thực hoặc SSO VNeID) hay một trang của " + portalHost,
                ExpectedConditions.or(asksForCredentials(browser), firewall(), loadedOn(portalHost)));
        this.portalHost = portalHost;
    }

    /** Whether the browser shows a page that asks for credentials: the national SSO's choice page or the VNeID login form. */
    public boolean asksForCredentials() {
        return Boolean.TRUE.equals(asksForCredentials(browser).apply(driver));
    }

    /** Whether the browser came back to a page of the portal itself (signed in by a session that should have ended). */
    public boolean backOnPortal() {
        return portalHost.equals(URI.create(driver.getCurrentUrl()).getHost());
    }

    private static ExpectedCondition<Boolean> asksForCredentials(Browser browser) {
        return driver -> SsoLoginPage.isOnScreen(browser) || VneidLoginPage.isOnScreen(browser);
    }

    private static ExpectedCondition<Boolean> firewall() {
        return driver -> VneidFirewall.supportId(driver).isPresent();
    }

    private static ExpectedCondition<Boolean> loadedOn(String host) {
        return driver -> safely(driver, d -> host.equals(URI.create(d.getCurrentUrl()).getHost())
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    private static boolean safely(WebDriver driver, java.util.function.Predicate<WebDriver> condition) {
        try {
            return condition.test(driver);
        } catch (WebDriverException betweenDocuments) {
            return false;
        }
    }
}
