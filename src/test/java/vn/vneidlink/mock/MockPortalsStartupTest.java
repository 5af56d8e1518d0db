package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/** Starting, addressing, reporting and failing clearly. */
class MockPortalsStartupTest {

    @TempDir
    Path temp;

    @Test
    void hostsRulesAndBaseUrls() {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            int port = portals.port();
            assertThat(port).isPositive();
            List<String> hosts = portals.hosts();
            // the national hosts, then each of the 34 provincial systems (portaldvc: its API host right after it)
            assertThat(hosts).startsWith("dichvucong.gov.vn", "xacthuc.dichvucong.gov.vn", "sso.dancuquocgia.gov.vn",
                    "dichvucong.quangtri.gov.vn", "dichvucong.hanoi.gov.vn").endsWith("dichvucong.vinhlong.gov.vn")
                    .doesNotHaveDuplicates().hasSize(3 + 34 + 7)
                    .containsSubsequence("dichvucong.thanhhoa.gov.vn", "apidvc.thanhhoa.gov.vn", "dichvucong.thainguyen.gov.vn")
                    .doesNotContain("dichvucong.thuathienhue.gov.vn", "dichvucong.quangbinh.gov.vn", "dichvucong.quangnam.gov.vn",
                            "dichvucong.kontum.gov.vn");
            assertThat(portals.hostResolverRules()).startsWith("MAP dichvucong.gov.vn 127.0.0.1:" + port
                    + ", MAP xacthuc.dichvucong.gov.vn 127.0.0.1:" + port + ", MAP sso.dancuquocgia.gov.vn 127.0.0.1:" + port
                    + ", MAP dichvucong.quangtri.gov.vn 127.0.0.1:" + port + ", MAP dichvucong.hanoi.gov.vn 127.0.0.1:" + port)
                    .contains(", MAP apidvc.thanhhoa.gov.vn 127.0.0.1:" + port + ",")
                    .endsWith(", MAP dichvucong.vinhlong.gov.vn 127.0.0.1:" + port + ", MAP * ~NOTFOUND");
            assertThat(portals.baseUrl("dichvucong.quangtri.gov.vn")).isEqualTo("https://dichvucong.quangtri.gov.vn");
            assertThatThrownBy(() -> portals.baseUrl("example.com")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("example.com");
        }
    }

    @Test
    void aFixedPortKeepsABrowsersRulesAndTrustValidAcrossInstances() {
        int port;
        String rules;
        String spki;
        try (MockPortals first = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            port = first.port();
            rules = first.hostResolverRules();
            spki = first.browserTrustSpkiList();
        }
        try (MockPortals second = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withPort(port))) {
            assertThat(second.port()).isEqualTo(port);
            assertThat(second.hostResolverRules()).isEqualTo(rules);
            assertThat(second.browserTrustSpkiList()).isEqualTo(spki); // same leaf keys within the JVM (MockTls)
            assertThat(new TestBrowser(second).get("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html").status()).isEqualTo(200);
        }
        assertThatThrownBy(() -> MockOptions.defaults(Flows.MOCKS).withPort(65_536))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
    }

    @Test
    void unmatchedRequestsAreReported() {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            // lenient: example.com and dichvucong.quangbinh.gov.vn (merged into Quảng Trị) have no certificate of their own
            TestBrowser browser = TestBrowser.lenient(portals);
            assertThat(browser.get("https://dichvucong.gov.vn/khong-co-trang-nay").status()).isEqualTo(404);
            // WireMock answers an unmatched GET of a folder with 403 (its __files fallback); still reported
            assertThat(browser.get("https://example.com/").status()).isIn(403, 404);
            assertThat(browser.get("https://dichvucong.gov.vn/static/img/khong-co.png").status()).isEqualTo(404);
            assertThat(browser.get("https://dichvucong.quangbinh.gov.vn/").status()).isIn(403, 404);
            assertThat(portals.unmatchedRequests()).containsExactly(
                    "GET /khong-co-trang-nay (Host: dichvucong.gov.vn)", "GET / (Host: example.com)",
                    "GET /static/img/khong-co.png (Host: dichvucong.gov.vn)", "GET / (Host: dichvucong.quangbinh.gov.vn)");
        }
    }

    @Test
    void faviconAndStylesheetAreServedOnEveryHost() {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            TestBrowser browser = TestBrowser.lenient(portals); // the provinces with a flawed certificate too
            boolean css = Files.isRegularFile(Flows.MOCKS.resolve("__files/static/css/portal.css"));
            // readiness defects no-answer (nothing is served) and firewall-rejects (the firewall's page instead):
            // MockPortalsProvincesTest
            List<String> notServed = ProvinceConfig.load(Flows.MOCKS.resolve("data/portals.json")).stream()
                    .filter(p -> p.hasDefect(ReadinessDefect.NO_ANSWER) || p.hasDefect(ReadinessDefect.FIREWALL_REJECTS))
                    .flatMap(p -> p.hosts().stream()).toList();
            assertThat(notServed).contains("dichvucong.langson.gov.vn", "apidvc.lamdong.gov.vn", "dichvucong.angiang.gov.vn");
            for (String host : portals.hosts()) {
                if (notServed.contains(host)) {
                    continue;
                }
                assertThat(browser.get("https://" + host + "/favicon.ico").status()).isIn(200, 204);
                if (css) {
                    Response sheet = browser.get("https://" + host + "/static/css/portal.css");
                    assertThat(sheet.status()).isEqualTo(200);
                    assertThat(sheet.header("Content-Type").orElse("")).contains("text/css; charset=utf-8");
                }
            }
            assertThat(portals.unmatchedRequests()).isEmpty();
        }
    }

    @Test
    void aMissingMocksFolderIsAClearError() {
        Path missing = temp.resolve("khong-co");
        assertThatThrownBy(() -> MockPortals.start(MockOptions.defaults(missing)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Mocks directory not found: " + missing.toAbsolutePath());
    }

    @Test
    void aMocksFolderWithoutTemplatesIsAClearError() throws IOException {
        Files.createDirectories(temp.resolve("__files"));
        assertThatThrownBy(() -> MockPortals.start(MockOptions.defaults(temp)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Page templates not found: " + temp.toAbsolutePath().resolve("__files").resolve("templates"));
    }

    @Test
    void aTemplateThatFailsToRenderAnswers500WithTheMessage() throws IOException {
        Path mocks = Flows.copyOfMocks(temp);
        Files.writeString(mocks.resolve("__files/templates/national/home.html"), "{{> national/_header}}\n{{#each tiles}}\n");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(mocks))) {
            Response response = new TestBrowser(portals).get("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html");
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.body()).contains("Lỗi hiển thị trang", "Template &quot;national/home&quot;", "home.html");
        }
    }

    @Test
    void aProvincialSystemIsServedOnWhateverHostPortalsJsonGivesIt() throws IOException {
        Path mocks = Flows.copyOfMocks(temp);
        Path portalsJson = mocks.resolve("data/portals.json");
        Files.writeString(portalsJson, Files.readString(portalsJson).replace("dichvucong.quangtri.gov.vn", "dvc.quangtri.vn"));
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(mocks))) {
            Response home = new TestBrowser(portals).get("https://dvc.quangtri.vn/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.body()).contains("TỈNH QUẢNG TRỊ");
            assertThat(new TestBrowser(portals).get("https://dvc.quangtri.vn/static/css/portal.css").status()).isEqualTo(200);
            assertThat(portals.unmatchedRequests()).isEmpty();
        }
    }

    @Test
    void theVneidAppRefusesWhenNothingIsPending() {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            VneidApp app = portals.vneidApp();
            assertThat(app.hasPendingRequest("045185000123")).isFalse();
            assertThat(app.codeShownFor("045185000123")).isEmpty();
            assertThatThrownBy(() -> app.decline("045185000123"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no VNeID login request waits in the app for CCCD 045185000123");
            assertThatThrownBy(() -> app.scanQr("045185000123", "vneid-login:khong-co"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no VNeID login page shows the QR code \"vneid-login:khong-co\"");
            assertThatThrownBy(() -> app.confirmWithPasscode("045185000123", "271604"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no scanned QR login waits for the passcode in the VNeID app of CCCD 045185000123");
            assertThatThrownBy(() -> app.scanQr("999999999999", "vneid-login:x"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("No VNeID account in the test data for CCCD 999999999999");
        }
    }

    @Test
    void instancesAreIndependentAndRunInParallel() throws Exception {
        Citizen hoa = Flows.citizen("never-synced");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<MockPortals> started = new ArrayList<>();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS));
                started.add(portals);
                results.add(pool.submit(() -> {
                    Flows flows = new Flows(portals);
                    flows.vnconnectLogin(hoa);
                    flows.sync();
                    flows.logout();
                    return Flows.userName(flows.vneidLogin(hoa));
                }));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("Nguyễn Thị Hoà");
            }
            assertThat(started.stream().map(MockPortals::port).distinct()).hasSize(4);
            for (MockPortals portals : started) {
                assertThat(portals.state().account("0900000101").orElseThrow().linked()).isTrue();
                assertThat(portals.sms().messages("0900000101")).hasSize(1);
                assertThat(portals.unmatchedRequests()).isEmpty();
            }
            // a fresh instance starts from the seed again
            try (MockPortals fresh = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
                assertThat(fresh.state().account("0900000101").orElseThrow().synced()).isFalse();
                assertThat(fresh.sms().all()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
            started.forEach(MockPortals::close);
        }
    }

    @Test
    void httpStaysSelectable() {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withScheme("http"))) {
            assertThat(portals.tls()).isEmpty();
            assertThat(portals.browserTrustSpkiList()).isEmpty();
            assertThat(portals.baseUrl("dichvucong.gov.vn")).isEqualTo("http://dichvucong.gov.vn");
            assertThat(portals.hostResolverRules()).startsWith("MAP dichvucong.gov.vn 127.0.0.1:" + portals.port() + ", ");
            TestBrowser browser = new TestBrowser(portals);
            Response login = browser.get("http://dichvucong.gov.vn/dang-nhap");
            assertThat(login.location()).startsWith("http://xacthuc.dichvucong.gov.vn/oauth2/authorize?")
                    .contains("redirect_uri=http%3A%2F%2Fdichvucong.gov.vn%2Fsso");
            assertThat(login.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).doesNotContain("Secure"));
            assertThat(browser.follow(login).body()).contains("id=\"vnconnect-form\"");
            assertThat(browser.open("http://dichvucong.quangtri.gov.vn/dang-nhap").url())
                    .startsWith("http://xacthuc.dichvucong.gov.vn/authenticationendpoint/login.do?");
            assertThat(portals.unmatchedRequests()).isEmpty();
        }
    }

    @Test
    void httpsIsTheDefaultSchemeAndGeneratesHttpsUrls() {
        assertThat(MockOptions.defaults(Flows.MOCKS).scheme()).isEqualTo("https");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            assertThat(portals.baseUrl("dichvucong.gov.vn")).isEqualTo("https://dichvucong.gov.vn");
            TestBrowser browser = new TestBrowser(portals);
            Response login = browser.get("https://dichvucong.gov.vn/dang-nhap");
            assertThat(login.location()).startsWith("https://xacthuc.dichvucong.gov.vn/oauth2/authorize?")
                    .contains("redirect_uri=https%3A%2F%2Fdichvucong.gov.vn%2Fsso");
            assertThat(login.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("; Secure"));
            assertThat(browser.follow(login).body()).contains("id=\"vnconnect-form\"");
        }
    }
}
