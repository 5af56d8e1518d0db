package vn.vneidlink.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.remote.RemoteWebDriver;
import vn.vneidlink.config.Settings;
import vn.vneidlink.target.PortalTarget;

/**
 * Two scenarios one after the other on one thread share one Chromium (the default, {@code vneidlink.browser.reuse=thread}),
 * and nothing of the first reaches the second: no cookie, local or session storage, IndexedDB database, HSTS entry or
 * tab; and each talks to its own mock portals. The same probes run first in the first scenario's own context, where
 * they must find what it left: so a probe that could not see a leak would fail here, not pass.
 */
class BrowserIsolationTest {

    private static final String HOME = "/p/home/dvc-trang-chu.html";
    private static final String LEAVE_STATE = """
            document.cookie = 'vneidlink_leak=1; Secure; SameSite=Lax; Path=/; Max-Age=3600';
            localStorage.setItem('vneidlink_leak', '1');
            sessionStorage.setItem('vneidlink_leak', '1');
            const done = arguments[arguments.length - 1];
            const open = indexedDB.open('vneidlink_leak', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('s');
            open.onsuccess = () => { open.result.close(); done(true); };
            open.onerror = () => done(false);
            """;
    private static final String STATE_SEEN = """
            const done = arguments[arguments.length - 1];
            indexedDB.databases().then(dbs => done([
              document.cookie.includes('vneidlink_leak=1'),
              localStorage.getItem('vneidlink_leak') === '1',
              sessionStorage.getItem('vneidlink_leak') === '1',
              dbs.some(db => db.name === 'vneidlink_leak')]));
            """;

    private final Settings settings = Settings.from(new Properties(), Map.of());

    @AfterAll
    static void quitSharedBrowsers() {
        Browser.closeSharedBrowsers();
    }

    @Test
    void theNextScenarioInTheSameChromiumFindsNothingOfThePrevious() {
        PortalTarget first = new PortalTarget(settings);
        Browser firstBrowser = new Browser(settings, first);
        String session;
        String national;
        try {
            WebDriver driver = firstBrowser.driver();
            assertThat(firstBrowser.isolatedContext()).as("kịch bản chạy trong ngữ cảnh riêng của Chromium dùng chung").isTrue();
            session = ((RemoteWebDriver) driver).getSessionId().toString();
            national = first.baseUrl(PortalTarget.NATIONAL_HOST);
            driver.get(national + HOME);
            assertThat(((JavascriptExecutor) driver).executeAsyncScript(LEAVE_STATE)).isEqualTo(true);
            driver.navigate().refresh();
            // the probes see state where there is some: in the first scenario's own context
            assertThat(seen(driver)).as("cookie, localStorage, sessionStorage, IndexedDB trong cùng ngữ cảnh").containsExactly(true, true, true, true);
            assertThat(cookieNames(firstBrowser)).contains("vneidlink_leak");
            assertThat(upgradedToHttps(driver, national)).as("HSTS đã ghi nhận trong cùng ngữ cảnh: http:// được nâng lên https://").isTrue();
        } finally {
            firstBrowser.dispose();
            first.dispose();
        }

        PortalTarget second = new PortalTarget(settings);
        Browser secondBrowser = new Browser(settings, second);
        try {
            WebDriver driver = secondBrowser.driver();
            assertThat(((RemoteWebDriver) driver).getSessionId().toString()).as("cùng một Chromium cho kịch bản sau").isEqualTo(session);
            assertThat(driver.getWindowHandles()).as("không còn thẻ của kịch bản trước: cửa sổ gốc và thẻ của kịch bản này").hasSize(2);
            // HSTS first: any https page of this scenario would record it anew
            assertThat(upgradedToHttps(driver, national)).as("HSTS của kịch bản trước không sang kịch bản sau").isFalse();
            driver.get(second.baseUrl(PortalTarget.NATIONAL_HOST) + HOME);
            assertThat(seen(driver)).as("cookie, localStorage, sessionStorage, IndexedDB của kịch bản trước").containsExactly(false, false, false, false);
            assertThat(cookieNames(secondBrowser)).doesNotContain("vneidlink_leak");
            assertThat(second.unmatchedRequests()).as("kịch bản sau nói với cổng giả của chính nó").isEmpty();
            assertThat(second.mockAddress()).isNotEqualTo(null);
        } finally {
            secondBrowser.dispose();
            second.dispose();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Boolean> seen(WebDriver driver) {
        return (List<Boolean>) ((JavascriptExecutor) driver).executeAsyncScript(STATE_SEEN);
    }

    private static List<String> cookieNames(Browser browser) {
        return browser.cookieStore().orElseThrow().stream().map(Browser.StoredCookie::name).toList();
    }

    /** Opens the portal over http://: only a browser that remembers the portal's HSTS header shows it over https://. */
    private static boolean upgradedToHttps(WebDriver driver, String httpsBase) {
        driver.get(httpsBase.replaceFirst("^https://", "http://") + HOME);
        return driver.getCurrentUrl().startsWith("https://");
    }
}
