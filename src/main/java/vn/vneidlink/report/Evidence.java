package vn.vneidlink.report;

import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.Redactor;

/** What goes into the report for a scenario: screenshots, and on failure what is needed to see why. */
public final class Evidence {

    private Evidence() {}

    private static void attachScreenshot(Scenario scenario, Browser browser, Redactor redactor, String name) {
        try {
            String url = redactor.mask(browser.driver().getCurrentUrl());
            byte[] shot = browser.quickScreenshot();
            scenario.attach(AddressBar.above(shot, url), "image/jpeg", name + " — " + url);
        } catch (RuntimeException e) {
            attachText(scenario, name + " (không chụp được)", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Screenshot and page source (when page evidence is on: they may show a real citizen's data),
     * current URL and browser console, masked: each one on its own, so one failing does not hide the others.
     */
    public static void attachFailureEvidence(Scenario scenario, Browser browser, Redactor redactor, boolean pageEvidence) {
        if (pageEvidence) {
            attachScreenshot(scenario, browser, redactor, "Ảnh chụp màn hình khi lỗi");
            attach(scenario, "Mã nguồn trang khi lỗi", "text/html", () -> redactor.mask(browser.driver().getPageSource()));
        }
        attach(scenario, "Địa chỉ trang khi lỗi", "text/plain", () -> redactor.mask(browser.driver().getCurrentUrl()));
        attach(scenario, "Bảng điều khiển trình duyệt (console)", "text/plain",
                () -> redactor.mask(String.join("\n", browser.consoleMessages())));
        attach(scenario, "Lỗi JavaScript", "text/plain", () -> redactor.mask(String.join("\n", browser.javascriptErrors())));
        attach(scenario, "Nhật ký mạng của kịch bản (phương thức, mã trả lời, địa chỉ, thời gian)", "text/plain",
                () -> redactor.mask(String.join("\n", browser.networkLog())));
        attach(scenario, "Tên cookie của trang (không có giá trị)", "text/plain", () -> String.join("\n", browser.cookieNames()));
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
