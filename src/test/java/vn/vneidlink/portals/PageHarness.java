package vn.vneidlink.portals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.Settings;
import vn.vneidlink.target.PortalTarget;

/**
 * A page of the test's own HTML in a real Chromium, with a page object on it: {@code reuse} "thread" (a shared
 * Chromium, the scenario's DevTools page session) or "scenario" (a Chromium of its own, ChromeDriver's ways). The
 * page object's load check is an element {@code #b} shown; waits give up after 2 s.
 */
final class PageHarness {

    interface Check {
        void on(PageHarness.TestPage page, JavascriptExecutor js);
    }

    private PageHarness() {}

    static void onPage(String reuse, String body, Check check) {
        Properties properties = new Properties();
        properties.setProperty("vneidlink.browser.reuse", reuse);
        properties.setProperty("vneidlink.wait.seconds", "2");
        Settings settings = Settings.from(properties, Map.of());
        PortalTarget target = new PortalTarget(settings);
        Browser browser = new Browser(settings, target);
        try {
            String html = "<!doctype html><html><head><meta charset='utf-8'></head><body>" + body + "</body></html>";
            browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
            check.on(new TestPage(browser), (JavascriptExecutor) browser.driver());
        } finally {
            browser.dispose();
            target.dispose();
        }
    }

    static final class TestPage extends PortalPage {

        TestPage(Browser browser) {
            super(browser, "trang thử", PageCondition.shown(By.id("b")));
        }

        void press() {
            click(By.id("b"), "Bấm");
        }

        void typeInto(String id, String text) {
            type(By.id(id), "ô thử", text);
        }
    }
}
