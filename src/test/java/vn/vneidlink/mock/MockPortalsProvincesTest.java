package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vneidlink.mock.Flows.SSO;
import static vn.vneidlink.mock.Flows.VNEID;
import static vn.vneidlink.mock.Flows.userName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.data.ProvincialSystems;
import vn.vneidlink.mock.TestBrowser.Response;

/**
 * The provincial systems of portals.json at HTTP level: the healthy ones (through the national SSO, or straight to
 * the VNeID SSO with their own client) and the ones seeded with a readiness defect.
 */
class MockPortalsProvincesTest {

    static final String HUE = "https://dichvucong.thuathienhue.gov.vn";
    static final String DANANG = "https://dichvucong.danang.gov.vn";
    static final String QUANGBINH = "https://dichvucong.quangbinh.gov.vn";
    static final String QUANGNAM = "https://dichvucong.quangnam.gov.vn";
    static final String HATINH = "https://dichvucong.hatinh.gov.vn";
    static final String KONTUM = "https://dichvucong.kontum.gov.vn";

    @TempDir
    Path temp;

    private MockPortals portals;
    private Flows flows;
    private TestBrowser browser;

    @BeforeEach
    void start() {
        portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS));
        flows = new Flows(portals);
        browser = flows.browser;
    }

    @AfterEach
    void stop() {
        portals.close();
    }

    @Test
    void theSuiteReadsTheSameFileAndQuangTriIsUnchanged() {
        List<ProvincialSystem> systems = ProvincialSystems.load(Flows.MOCKS.resolve("data/portals.json")).all();
        assertThat(systems).extracting(ProvincialSystem::id)
                .containsExactly("quangtri", "thuathienhue", "danang", "quangbinh", "quangnam", "hatinh", "kontum");
        assertThat(systems).allSatisfy(s -> assertThat(s.host()).matches("dichvucong\\.[a-z0-9-]+\\.gov\\.vn"));
        ProvincialSystem quangtri = systems.get(0);
        assertThat(List.of(quangtri.id(), quangtri.province(), quangtri.host(), quangtri.title(), quangtri.clientId(),
                quangtri.login())).containsExactly("quangtri", "Quảng Trị", "dichvucong.quangtri.gov.vn",
                "HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH QUẢNG TRỊ", "dvc-quangtri", "national-sso");
        assertThat(systems).filteredOn(s -> s.login().equals("vneid-direct")).extracting(ProvincialSystem::id)
                .containsExactly("danang");
    }

    @Test
    void aHealthyProvinceSignsInThroughTheNationalSsoLikeQuangTri() {
        Citizen giang = Flows.citizen("linked");
        Response home = browser.open(HUE + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH THỪA THIÊN HUẾ",
                "class=\"login-btn\" href=\"/dang-nhap\"", "portal-thuathienhue");
        Response login = browser.get(HUE + "/dang-nhap");
        assertThat(login.location()).startsWith(SSO + "/oauth2/authorize?response_type=code&client_id=dvc-thuathienhue"
                + "&redirect_uri=https%3A%2F%2Fdichvucong.thuathienhue.gov.vn%2Fsso&scope=openid&acr_values=LoA1&state=");
        Response ssoPage = browser.follow(login);
        assertThat(ssoPage.body()).contains("id=\"vnconnect-form\"", "class=\"login-IDP");

        // VNeID through the national SSO: the linked account, its name and dossiers
        Response landed = flows.approveInApp(flows.vneidCredentials(flows.openVneidLoginPage(ssoPage), giang), giang);
        assertThat(landed.url()).isEqualTo(HUE + "/");
        assertThat(userName(landed)).isEqualTo("Đỗ Văn Giang");
        assertThat(browser.cookie("dichvucong.thuathienhue.gov.vn", "THUATHIENHUE_SESSION")).isPresent();
        Response dossiers = browser.open(HUE + "/ho-so-cua-toi");
        assertThat(dossiers.body()).contains("id=\"dossier-table\"");
        assertThat(dossiers.textsOfClass("dossier-code")).containsExactly("G22.45.02-231030-0078");
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void aVneidDirectProvinceGoesStraightToTheVneidSsoWithItsOwnClient() {
        Citizen giang = Flows.citizen("linked");
        Response home = browser.open(DANANG + "/");
        assertThat(home.body()).contains("THÀNH PHỐ ĐÀ NẴNG", "class=\"login-btn\" href=\"/dang-nhap\"");

        Response login = browser.get(DANANG + "/dang-nhap");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).startsWith(VNEID + "/auth?response_type=code&client_id=dvc-danang-vneid"
                + "&redirect_uri=https%3A%2F%2Fdichvucong.danang.gov.vn%2Fsso&scope=openid&state=");
        assertThat(browser.cookie("dichvucong.danang.gov.vn", "DANANG_OAUTH")).isPresent();
        Response vneidPage = browser.follow(login);
        assertThat(vneidPage.status()).isEqualTo(200);
        assertThat(vneidPage.body()).contains("Đăng nhập tài khoản định danh điện tử", "id=\"username\"", "class=\"ant-btn ant-btn-primary custom-btn-resolve\"");

        // credentials, then the code the app shows: back to the province, signed in as the linked account, with its dossiers
        Response landed = flows.approveInApp(flows.vneidCredentials(vneidPage, giang), giang);
        assertThat(landed.url()).isEqualTo(DANANG + "/");
        assertThat(userName(landed)).isEqualTo("Đỗ Văn Giang");
        assertThat(browser.visited).noneMatch(v -> v.contains("xacthuc.dichvucong.gov.vn"));
        assertThat(browser.open(DANANG + "/ho-so-cua-toi").textsOfClass("dossier-code")).containsExactly("G22.45.02-231030-0078");

        // the national SSO does not know this client; the VNeID SSO refuses another callback for it
        assertThat(browser.get(SSO + "/oauth2/authorize?response_type=code&client_id=dvc-danang-vneid&redirect_uri="
                + "https%3A%2F%2Fdichvucong.danang.gov.vn%2Fsso&scope=openid&state=x").status()).isEqualTo(400);
        assertThat(browser.get(VNEID + "/auth?response_type=code&client_id=dvc-danang-vneid&redirect_uri="
                + "https%3A%2F%2Fevil.example%2Fsso&scope=openid&state=x").status()).isEqualTo(400);
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void aVneidDirectLoginOfAnAccountNeverSyncedOpensTheSeparateVneidAccount() {
        Citizen hoa = Flows.citizen("never-synced");
        Response vneidPage = browser.open(DANANG + "/dang-nhap");
        Response landed = flows.approveByOtp(flows.vneidCredentials(vneidPage, hoa), hoa);
        assertThat(landed.url()).isEqualTo(DANANG + "/");
        assertThat(userName(landed)).isEqualTo("Nguyễn Thị Hoà");
        assertThat(portals.state().separateVneidAccount("045185000123")).isPresent();
        assertThat(browser.open(DANANG + "/ho-so-cua-toi").body()).contains("Không có hồ sơ nào");
    }

    @Test
    void noVneidOption_theSsoShowsNoVneidOptionForThatClientOnly() {
        Response ssoPage = browser.open(QUANGNAM + "/dang-nhap");
        assertThat(ssoPage.url()).startsWith(SSO + "/authenticationendpoint/login.do?sessionDataKey=");
        assertThat(ssoPage.status()).isEqualTo(200);
        assertThat(ssoPage.body()).contains("id=\"vnconnect-form\"", "Tài khoản USB ký số")
                .doesNotContain("login-IDP", "login-option-vneid", "/commonauth/vneid");
        // the same SSO still offers VNeID to the national portal and to the other provinces
        assertThat(flows.openSsoLoginPage().body()).contains("class=\"login-IDP");
        assertThat(browser.open(HUE + "/dang-nhap").body()).contains("class=\"login-IDP");
        // and a VNconnect login still works for that province
        Citizen hoa = Flows.citizen("never-synced");
        Response landed = flows.vnconnectLogin(browser.open(QUANGNAM + "/dang-nhap"), hoa);
        assertThat(landed.url()).isEqualTo(QUANGNAM + "/");
        assertThat(userName(landed)).isEqualTo("Nguyễn Thị Hoà");
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void bypassesNationalSso_loginIsALocalFormOnItsOwnHost() {
        Response login = browser.get(HATINH + "/dang-nhap");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Location")).isEmpty();
        assertThat(login.body()).contains("id=\"local-login-form\" method=\"post\" action=\"/dang-nhap\"", "id=\"username\"",
                "id=\"password\"", "type=\"password\"", "id=\"btn-local-login\"", "TỈNH HÀ TĨNH")
                .doesNotContain("xacthuc.dichvucong.gov.vn/oauth2", "sso.dancuquocgia.gov.vn/auth");
        Response refused = browser.post(HATINH + "/dang-nhap", "username", "0900000101", "password", "Fake#Pass1");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"local-login-form\"", "alert-danger",
                "Tên đăng nhập hoặc mật khẩu không chính xác");
        assertThat(browser.visited).allMatch(v -> v.contains("dichvucong.hatinh.gov.vn"));
        // the healthy provinces answer a POST to /dang-nhap with an error, not a form
        assertThat(browser.post(Flows.QUANGTRI + "/dang-nhap", "username", "x").status()).isEqualTo(405);
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void noAnswer_everyRequestIsResetAfterTheTlsHandshake() {
        TestBrowser lenient = TestBrowser.lenient(portals);
        for (String path : List.of("/", "/dang-nhap", "/static/css/portal.css", "/favicon.ico", "/khong-co")) {
            assertThatThrownBy(() -> lenient.get(KONTUM + path))
                    .as(path)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasRootCauseInstanceOf(java.net.SocketException.class);
        }
        assertThatThrownBy(() -> lenient.post(KONTUM + "/dang-nhap", "username", "x")).isInstanceOf(UncheckedIOException.class);
        // matched by its mapping: not an unmatched request
        assertThat(portals.unmatchedRequests()).isEmpty();
        // the others still answer
        assertThat(lenient.get(HUE + "/").status()).isEqualTo(200);
    }

    @Test
    void expiredCertificate_theProvinceIsOtherwiseHealthy() {
        assertThatThrownBy(() -> browser.get(QUANGBINH + "/"))
                .isInstanceOf(UncheckedIOException.class)
                .hasStackTraceContaining("validity check failed");
        TestBrowser lenient = TestBrowser.lenient(portals);
        Response home = lenient.open(QUANGBINH + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("TỈNH QUẢNG BÌNH");
        Response login = lenient.get(QUANGBINH + "/dang-nhap");
        assertThat(login.location()).startsWith(SSO + "/oauth2/authorize?response_type=code&client_id=dvc-quangbinh");
    }

    @Test
    void portalsJsonIsCheckedAtStart() throws IOException {
        Path mocks = Flows.copyOfMocks(temp);
        Path file = mocks.resolve("data/portals.json");
        String original = Files.readString(file);

        Files.writeString(file, original.replace("\"readinessDefect\": \"no-answer\"", "\"readinessDefect\": \"slow\""));
        assertThatThrownBy(() -> MockPortals.start(MockOptions.defaults(mocks).withScheme("http")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown readinessDefect \"slow\"")
                .hasMessageContaining("no-answer");

        Files.writeString(file, original.replace("\"login\": \"vneid-direct\"", "\"login\": \"saml\""));
        assertThatThrownBy(() -> MockPortals.start(MockOptions.defaults(mocks).withScheme("http")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("login \"saml\" is not supported");
    }
}
