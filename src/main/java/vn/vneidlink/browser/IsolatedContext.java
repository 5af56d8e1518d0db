package vn.vneidlink.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.browsingcontext.CreateContextParameters;

/**
 * A scenario's own part of a shared Chromium: a WebDriver BiDi user context (Chromium's separate browser context, as
 * an incognito profile: its own cookie jar, storage, cache, HSTS state and sockets) with one tab, which the session
 * is switched to. Removing the user context closes its tab and forgets everything in it, so nothing crosses to the
 * next scenario (proven by {@code BrowserIsolationTest}).
 */
final class IsolatedContext {

    private final String userContext;
    private final String tab;

    private IsolatedContext(String userContext, String tab) {
        this.userContext = userContext;
        this.tab = tab;
    }

    static IsolatedContext open(WebDriver driver) {
        org.openqa.selenium.bidi.module.Browser bidi = new org.openqa.selenium.bidi.module.Browser(driver);
        String userContext = bidi.createUserContext();
        try {
            BrowsingContext tab = new BrowsingContext(driver, new CreateContextParameters(WindowType.TAB).userContext(userContext));
            driver.switchTo().window(tab.getId());
            return new IsolatedContext(userContext, tab.getId());
        } catch (RuntimeException e) {
            bidi.removeUserContext(userContext);
            throw e;
        }
    }

    String tab() {
        return tab;
    }

    /** Closes the scenario's tab and forgets its user context; the session goes back to the home window. */
    void close(WebDriver driver, String homeWindow) {
        driver.switchTo().window(homeWindow);
        new org.openqa.selenium.bidi.module.Browser(driver).removeUserContext(userContext);
    }
}
