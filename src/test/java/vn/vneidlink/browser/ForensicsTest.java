package vn.vneidlink.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import org.assertj.core.groups.Tuple;
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

    @Test
    void theStructuredLogKeepsEachHopItsKindAndWhatBecameOfIt() {
        Forensics forensics = new Forensics();
        forensics.add(List.of(), List.of(
                event("Network.requestWillBeSent", "{\"requestId\":\"1\",\"timestamp\":1,\"type\":\"Document\",\"request\":{\"method\":\"GET\",\"url\":\"http://dichvucong.gov.vn/p/home/dvc-trang-chu.html\"}}"),
                event("Network.requestWillBeSent", "{\"requestId\":\"1\",\"timestamp\":1.1,\"type\":\"Document\",\"redirectResponse\":{\"status\":307,"
                        + "\"headers\":{\"Non-Authoritative-Reason\":\"HSTS\"}},\"request\":{\"method\":\"GET\",\"url\":\"https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\"}}"),
                event("Network.responseReceived", "{\"requestId\":\"1\",\"timestamp\":1.2,\"response\":{\"status\":200}}"),
                event("Network.requestWillBeSent", "{\"requestId\":\"2\",\"timestamp\":2,\"type\":\"Stylesheet\",\"documentURL\":\"https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\","
                        + "\"request\":{\"method\":\"GET\",\"url\":\"http://dichvucong.gov.vn/static/css/portal.css\"}}"),
                event("Network.loadingFailed", "{\"requestId\":\"2\",\"timestamp\":2.1,\"errorText\":\"\",\"blockedReason\":\"mixed-content\"}")));

        NetworkLog log = forensics.networkLog();

        assertThat(log.hops()).extracting(NetworkLog.Hop::url, NetworkLog.Hop::type, NetworkLog.Hop::outcome, NetworkLog.Hop::blockedReason,
                NetworkLog.Hop::upgradedBy, NetworkLog.Hop::redirectedFrom, NetworkLog.Hop::page).containsExactly(
                Tuple.tuple("http://dichvucong.gov.vn/p/home/dvc-trang-chu.html", "Document", "307", null, "HSTS", null, null),
                Tuple.tuple("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", "Document", "200", null, null,
                        "http://dichvucong.gov.vn/p/home/dvc-trang-chu.html", null),
                Tuple.tuple("http://dichvucong.gov.vn/static/css/portal.css", "Stylesheet", "LỖI trình duyệt chặn (mixed-content)", "mixed-content", null, null,
                        "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"));
        assertThat(log.hops()).extracting(NetworkLog.Hop::unencrypted).containsExactly(true, false, true);
        assertThat(log.hops().get(2).describe()).isEqualTo("Stylesheet GET http://dichvucong.gov.vn/static/css/portal.css (trình duyệt chặn: mixed-content),"
                + " do trang https://dichvucong.gov.vn/p/home/dvc-trang-chu.html yêu cầu");
        assertThat(log.hopsAfter(log.hops().get(0).seq())).hasSize(2);
    }

    @Test
    void eachSetCookieLineIsKeptWithTheUrlWhoseAnswerCarriedItEvenWhenTheExtraInfoComesLate() {
        Forensics forensics = new Forensics();
        forensics.add(List.of(), List.of(
                event("Network.requestWillBeSent", "{\"requestId\":\"9\",\"timestamp\":1,\"type\":\"Document\",\"request\":{\"method\":\"GET\",\"url\":\"https://dichvucong.gov.vn/dang-nhap\"}}"),
                event("Network.responseReceivedExtraInfo", "{\"requestId\":\"9\",\"statusCode\":302,\"headers\":{\"set-cookie\":\"DVC_OAUTH=a1; Path=/; HttpOnly; SameSite=Lax; Secure\","
                        + "\"location\":\"https://xacthuc.dichvucong.gov.vn/oauth2/authorize?x=1\"}}"),
                event("Network.requestWillBeSent", "{\"requestId\":\"9\",\"timestamp\":2,\"type\":\"Document\",\"redirectResponse\":{\"status\":302},"
                        + "\"request\":{\"method\":\"GET\",\"url\":\"https://dichvucong.gov.vn/sso?code=c&state=s\"}}"),
                event("Network.requestWillBeSent", "{\"requestId\":\"9\",\"timestamp\":3,\"type\":\"Document\",\"redirectResponse\":{\"status\":302},"
                        + "\"request\":{\"method\":\"GET\",\"url\":\"https://dichvucong.gov.vn/p/home/dvc-trang-chu.html\"}}"),
                // the callback's extra info, after the browser already asked for the page it redirects to
                event("Network.responseReceivedExtraInfo", "{\"requestId\":\"9\",\"statusCode\":302,\"headers\":{\"Set-Cookie\":\"DVC_SESSION=b2; Path=/; HttpOnly; SameSite=Lax; Secure\\n"
                        + "DVC_OAUTH=; Path=/; Max-Age=0\",\"Location\":\"/p/home/dvc-trang-chu.html\"}}")));

        assertThat(forensics.networkLog().cookiesSet()).extracting(NetworkLog.CookieSet::url, NetworkLog.CookieSet::header).containsExactly(
                Tuple.tuple("https://dichvucong.gov.vn/dang-nhap", "DVC_OAUTH=a1; Path=/; HttpOnly; SameSite=Lax; Secure"),
                Tuple.tuple("https://dichvucong.gov.vn/sso?code=c&state=s", "DVC_SESSION=b2; Path=/; HttpOnly; SameSite=Lax; Secure"),
                Tuple.tuple("https://dichvucong.gov.vn/sso?code=c&state=s", "DVC_OAUTH=; Path=/; Max-Age=0"));
    }
}
