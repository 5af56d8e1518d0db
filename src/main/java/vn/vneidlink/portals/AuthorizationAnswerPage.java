package vn.vneidlink.portals;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import vn.vneidlink.browser.Browser;

/**
 * What an SSO (the national one or the VNeID one) shows for an authorization request the browser was sent with: an
 * error page of its own (a refused request), its login page (a request it took), or nothing of its own because it
 * sent the browser on (with a code, if it had a session). Waits until one of the three shows.
 */
public final class AuthorizationAnswerPage extends PortalPage {

    /** An SSO's error: the mocks' {@code #error-message}, a server page's {@code .alert-danger}, the VNeID app's {@code .ant-alert-error}. */
    private static final By ERROR = By.cssSelector("#error-message, .alert-danger, .ant-alert-error");
    /** A login form of either SSO: the national one's choice page, the VNeID one's ID-number field. */
    private static final By LOGIN_FORM = By.cssSelector(".login-card .login-options, .idp-options, form#login-form input#username");

    private final String ssoHost;

    /** @param ssoName the SSO as a citizen would name it, for messages */
    public AuthorizationAnswerPage(Browser browser, String ssoName, String ssoHost) {
        super(browser, "câu trả lời của " + ssoName + " cho yêu cầu đăng nhập", answered(ssoHost));
        this.ssoHost = ssoHost;
    }

    private static ExpectedCondition<Boolean> answered(String ssoHost) {
        return driver -> !onSso(driver, ssoHost) || shows(driver, ERROR) || shows(driver, LOGIN_FORM);
    }

    /** Whether the SSO refused the request with an error page of its own (and no login form). */
    public boolean refused() {
        return onSso(driver, ssoHost) && shows(driver, ERROR) && !shows(driver, LOGIN_FORM);
    }

    /** Whether the SSO took the request: it shows its login page. */
    public boolean showsLoginPage() {
        return onSso(driver, ssoHost) && shows(driver, LOGIN_FORM);
    }

    /** The error the SSO shows; empty if none. */
    public String errorMessage() {
        return driver.findElements(ERROR).stream().filter(WebElement::isDisplayed).findFirst().map(e -> e.getText().trim()).orElse("");
    }

    private static boolean onSso(WebDriver driver, String host) {
        try {
            URI uri = URI.create(driver.getCurrentUrl());
            return SCHEME.equals(uri.getScheme()) && host.equals(uri.getHost());
        } catch (IllegalArgumentException | WebDriverException notYet) {
            return false;
        }
    }

    private static boolean shows(WebDriver driver, By locator) {
        try {
            return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
        } catch (WebDriverException betweenDocuments) {
            return false;
        }
    }
}
