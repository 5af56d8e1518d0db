package vn.vneidlink.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;

/** The network log, console and JavaScript errors of a failure, from what ChromeDriver recorded. */
class ForensicsTest {

    private static LogEntry event(String method, String params) {
        return new LogEntry(Level.INFO, 0, "{\"message\":{\"method\":\"" + method + "\",\"params\":" + params + "},\"webview\":\"X\"}");
    }

    @Test
    void everyRequestWithItsMethodStatusUrlAndTimeIncludingRedirectsAndFailures() {
        Forensics forensics = new Forensics();
        forensics.add(List.of(), List.of(
                event("Network.requestWillBeSent", "{\"requestId\":\"1\",\"timestamp\":10.000,\"request\":{\"method\":\"POST\",\"url\":\"https://xacthuc.dichvucong.gov.vn/authenticationendpoint/login.do\"}}"),
                event("Network.requestWillBeSent", "{\"requestId\":\"1\",\"timestamp\":10.120,\"redirectResponse\":{\"status\":302},"
                        + "\"request\":{\"method\":\"GET\",\"url\":\"https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\"}}"),
                event("Network.dataReceived", "{\"requestId\":\"1\",\"timestamp\":10.150}"),
                event("Network.responseReceived", "{\"requestId\":\"1\",\"timestamp\":10.180,\"response\":{\"status\":200}}"),
                event("Network.loadingFinished", "{\"requestId\":\"1\",\"timestamp\":10.200}"),
                event("Network.requestWillBeSent", "{\"requestId\":\"2\",\"timestamp\":11.000,\"request\":{\"method\":\"GET\",\"url\":\"https://sso.dancuquocgia.gov.vn/\"}}"),
                event("Network.loadingFailed", "{\"requestId\":\"2\",\"timestamp\":11.050,\"errorText\":\"net::ERR_CONNECTION_RESET\"}"),
                event("Network.requestWillBeSent", "{\"requestId\":\"3\",\"timestamp\":12.000,\"request\":{\"method\":\"GET\",\"url\":\"https://dichvucong.gov.vn/slow\"}}")));

        assertThat(forensics.requests()).containsExactly(
                "POST 302 https://xacthuc.dichvucong.gov.vn/authenticationendpoint/login.do (120 ms)",
                "GET  200 https://dichvucong.gov.vn/p/home/dvc-trang-chu.html (80 ms)",
                "GET  LỖI net::ERR_CONNECTION_RESET https://sso.dancuquocgia.gov.vn/ (50 ms)",
                "GET  ? (chưa xong) https://dichvucong.gov.vn/slow");
    }

    @Test
    void theConsoleKeepsEverythingAndUncaughtExceptionsAreTheJavaScriptErrors() {
        Forensics forensics = new Forensics();
        forensics.add(List.of(
                new LogEntry(Level.INFO, 0, "console-api 12:8 \"đã tải trang\""),
                new LogEntry(Level.SEVERE, 0, "https://dichvucong.gov.vn/static/js/portal.js 40:13 Uncaught TypeError: x is undefined"),
                new LogEntry(Level.SEVERE, 0, "https://dichvucong.gov.vn/favicon.ico - Failed to load resource: 404")), List.of());
        forensics.add(List.of(new LogEntry(Level.WARNING, 0, "console-api 3:1 \"cũ\"")), List.of());

        assertThat(forensics.console()).hasSize(4);
        assertThat(forensics.javascriptErrors()).containsExactly("https://dichvucong.gov.vn/static/js/portal.js 40:13 Uncaught TypeError: x is undefined");
    }

    @Test
    void anUnreadableEntryIsSaidNotHidden() {
        Forensics forensics = new Forensics();
        forensics.add(List.of(), List.of(new LogEntry(Level.INFO, 0, "{not json")));
        assertThat(forensics.requests()).singleElement().asString().contains("không đọc được");
    }
}
