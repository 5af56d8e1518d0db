package vn.vneidlink.report;

import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import vn.vneidlink.browser.Browser;

/** What goes into the report for a scenario: screenshots, and on failure what is needed to see why. */
public final class Evidence {

    private Evidence() {}

    public static void attachScreenshot(Scenario scenario, Browser browser, String name) {
        try {
            String url = browser.driver().getCurrentUrl();
            scenario.attach(AddressBar.above(browser.screenshot(), url), "image/png", name + " — " + url);
        } catch (RuntimeException e) {
            attachText(scenario, name + " (không chụp được)", String.valueOf(e.getMessage()));
        }
    }

    /** Screenshot, page source, current URL and browser console: each one on its own, so one failing does not hide the others. */
    public static void attachFailureEvidence(Scenario scenario, Browser browser) {
        attachScreenshot(scenario, browser, "Ảnh chụp màn hình khi lỗi");
        attach(scenario, "Địa chỉ trang khi lỗi", "text/plain", () -> browser.driver().getCurrentUrl());
        attach(scenario, "Mã nguồn trang khi lỗi", "text/html", () -> browser.driver().getPageSource());
        attach(scenario, "Bảng điều khiển trình duyệt (console)", "text/plain",
                () -> String.join("\n", browser.consoleMessages()));
    }

    private static void attach(Scenario scenario, String name, String mediaType, java.util.function.Supplier<String> content) {
        try {
            scenario.attach(content.get().getBytes(StandardCharsets.UTF_8), mediaType, name);
        } catch (RuntimeException e) {
            attachText(scenario, name + " (không lấy được)", String.valueOf(e.getMessage()));
        }
    }

    private static void attachText(Scenario scenario, String name, String text) {
        scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", name);
    }
}
