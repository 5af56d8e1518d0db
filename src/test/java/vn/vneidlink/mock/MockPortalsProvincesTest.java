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
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.data.ProvincialSystems;
import vn.vneidlink.mock.TestBrowser.Response;

/**
 * The provincial systems of portals.json: the 34 provincial-level units since 1 July 2025, and at HTTP level the
 * healthy ones (through the national SSO, or straight to the VNeID SSO with their own client) and the ones seeded
 * with a readiness defect, on several platforms.
 */
class MockPortalsProvincesTest {

    /** The web domains of the 34 units (shared/REAL-PORTALS.md, "Provincial systems"). */
    static final List<String> DOMAINS = List.of("hanoi", "hochiminhcity", "haiphong", "danang", "cantho", "hue", "dongnai",
            "angiang", "bacninh", "caobang", "camau", "dienbien", "daklak", "dongthap", "gialai", "hatinh", "hungyen",
            "khanhhoa", "laichau", "laocai", "lamdong", "langson", "nghean", "ninhbinh", "phutho", "quangngai", "quangninh",
            "quangtri", "sonla", "thanhhoa", "thainguyen", "tuyenquang", "tayninh", "vinhlong");
    /** The six centrally-governed cities. */
    static final Set<String> CITIES = Set.of("hanoi", "hochiminhcity", "haiphong", "danang", "cantho", "hue");
    static final List<String> PLATFORMS = List.of("dvc-tinh", "cong-vi", "portaldvc", "liferay");

    static final String HATINH = "https://dichvucong.hatinh.gov.vn";
    static final String DANANG = "https://dichvucong.danang.gov.vn";
    static final String CAOBANG = "https://dichvucong.caobang.gov.vn";
    static final String DIENBIEN = "https://dichvucong.dienbien.gov.vn";
    static final String TAYNINH = "https://dichvucong.tayninh.gov.vn";
    static final String LAICHAU = "https://dichvucong.laichau.gov.vn";
    static final String FIREWALL_PAGE = "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected."
            + " Please consult with your administrator.<br><br>Your support ID is: \\d{19}<br><br>"
            + "<a href='javascript:history.back\\(\\);'>\\[Go Back\\]</a></body></html>\\s*";

    private static final List<ProvinceConfig> PROVINCES = ProvinceConfig.load(Flows.MOCKS.resolve("data/portals.json"));

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

    // ------------------------------------------------------------------ the file

    @Test
    void theFileListsThe34ProvincialLevelUnitsAndTheSuiteReadsTheSameFile() {
        assertThat(PROVINCES).hasSize(34);
        assertThat(PROVINCES).extracting(ProvinceConfig::id).containsExactlyInAnyOrderElementsOf(DOMAINS).doesNotHaveDuplicates()
                .doesNotContain("thuathienhue", "quangbinh", "quangnam", "kontum");
        assertThat(PROVINCES).extracting(ProvinceConfig::host).doesNotHaveDuplicates();
        assertThat(PROVINCES).extracting(ProvinceConfig::clientId).doesNotHaveDuplicates();
        assertThat(PROVINCES).extracting(ProvinceConfig::platform).containsOnlyElementsOf(PLATFORMS).containsAll(PLATFORMS);
        for (ProvinceConfig p : PROVINCES) {
            String kind = CITIES.contains(p.id()) ? "thành phố" : "tỉnh";
            assertThat(p.host()).isEqualTo("dichvucong." + p.id() + ".gov.vn");
            assertThat(p.title()).isEqualTo("HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH " + kind.toUpperCase(java.util.Locale.ROOT)
                    + " " + p.province().toUpperCase(java.util.Locale.ROOT));
            assertThat(p.unitKind()).isEqualTo(kind);
            assertThat(p.operator()).isEqualTo("Trung tâm Phục vụ hành chính công " + kind + " " + p.province());
            // ward-level addresses: no district any more
            assertThat(p.address()).as(p.id()).contains("phường ").endsWith(", " + kind + " " + p.province())
                    .doesNotContain("quận", "huyện", "thị xã");
            assertThat(p.address().split(", ")).as(p.id()).hasSize(3);
            assertThat(p.hotline()).as(p.id()).matches("0\\d{2,3} \\d{4} \\d{3,4}");
        }
        // the suite side reads the same file
        List<ProvincialSystem> systems = ProvincialSystems.load(Flows.MOCKS.resolve("data/portals.json")).all();
        assertThat(systems).extracting(ProvincialSystem::id).containsExactlyElementsOf(PROVINCES.stream().map(ProvinceConfig::id).toList());
        assertThat(systems.get(0).id()).isEqualTo("quangtri");
    }

    @Test
    void quangTriIsUnchangedAndTheSystemsOfThePublicEvidenceRunOnTheirPlatforms() {
        ProvinceConfig quangtri = PROVINCES.get(0);
        assertThat(List.of(quangtri.id(), quangtri.province(), quangtri.host(), quangtri.title(), quangtri.clientId(),
                quangtri.login(), quangtri.platform(), quangtri.operator())).containsExactly("quangtri", "Quảng Trị",
                "dichvucong.quangtri.gov.vn", "HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH QUẢNG TRỊ", "dvc-quangtri",
                "national-sso", "dvc-tinh", "Trung tâm Phục vụ hành chính công tỉnh Quảng Trị");
        assertThat(quangtri.readinessDefect()).isNull();
        Map<String, ProvinceConfig> byId = PROVINCES.stream().collect(Collectors.toMap(ProvinceConfig::id, Function.identity()));
        ProvinceConfig danang = byId.get("danang");
        assertThat(List.of(danang.login(), danang.platform(), danang.clientId())).containsExactly("vneid-direct", "cong-vi", "dvc-danang-vneid");
        assertThat(danang.readinessDefect()).isNull();
        assertThat(byId.get("hochiminhcity").platform()).isEqualTo("cong-vi");
        ProvinceConfig thanhhoa = byId.get("thanhhoa");
        assertThat(List.of(thanhhoa.login(), thanhhoa.platform(), thanhhoa.clientId())).containsExactly("vneid-direct", "portaldvc",
                "dvc-thanhhoa-web");
        assertThat(thanhhoa.apiHost()).contains("apidvc.thanhhoa.gov.vn");
        assertThat(byId.get("bacninh").platform()).isEqualTo("liferay");
        assertThat(byId.get("hue").title()).isEqualTo("HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÀNH PHỐ HUẾ");
    }

    @Test
    void everyPlatformHasHealthyAndBrokenSystemsAndEveryReadinessDefectIsSeeded() {
        for (String platform : PLATFORMS) {
            List<ProvinceConfig> on = PROVINCES.stream().filter(p -> p.platform().equals(platform)).toList();
            List<ProvinceConfig> healthy = on.stream().filter(p -> p.readinessDefect() == null).toList();
            assertThat(healthy).as(platform + " healthy").hasSizeGreaterThanOrEqualTo(3);
            assertThat(healthy).as(platform + " healthy national-sso").anyMatch(p -> p.login().equals("national-sso"));
            assertThat(healthy).as(platform + " healthy vneid-direct").anyMatch(p -> p.login().equals("vneid-direct"));
            assertThat(on.size() - healthy.size()).as(platform + " broken").isGreaterThanOrEqualTo(2);
        }
        long broken = PROVINCES.stream().filter(p -> p.readinessDefect() != null).count();
        assertThat(broken).isBetween(12L, 14L);
        Map<ReadinessDefect, Set<String>> platformsOf = Arrays.stream(ReadinessDefect.values()).collect(Collectors.toMap(d -> d,
                d -> PROVINCES.stream().filter(p -> p.hasDefect(d)).map(ProvinceConfig::platform).collect(Collectors.toSet())));
        assertThat(platformsOf).allSatisfy((defect, on) -> assertThat(on).as(defect.id()).isNotEmpty());
        assertThat(platformsOf.get(ReadinessDefect.FIREWALL_REJECTS)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(platformsOf.get(ReadinessDefect.SLOW_HOME)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(PROVINCES.stream().filter(p -> p.hasDefect(ReadinessDefect.NO_ANSWER)).count()).isGreaterThanOrEqualTo(2);
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
                .hasMessageContaining("no-answer").hasMessageContaining("firewall-rejects").hasMessageContaining("slow-home");

        Files.writeString(file, original.replace("\"login\": \"vneid-direct\"", "\"login\": \"saml\""));
        assertThatThrownBy(() -> MockPortals.start(MockOptions.defaults(mocks).withScheme("http")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("login \"saml\" is not supported");

        Files.writeString(file, original.replaceFirst("\"platform\": \"liferay\"", "\"platform\": \"joomla\""));
        assertThatThrownBy(() -> MockPortals.start(MockOptions.defaults(mocks).withScheme("http")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Invalid provincial system: platform \"joomla\" is not supported"
                        + " (known: \"dvc-tinh\", \"cong-vi\", \"portaldvc\", \"liferay\")")
                .hasMessageContaining(file.toAbsolutePath().toString());

        Files.writeString(file, original.replaceFirst("\\s*\"platform\": \"dvc-tinh\",", ""));
        assertThatThrownBy(() -> MockPortals.start(MockOptions.defaults(mocks).withScheme("http")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("platform is required (known: \"dvc-tinh\", \"cong-vi\", \"portaldvc\", \"liferay\")")
                .hasMessageContaining("id=quangtri");
    }

    // ------------------------------------------------------------------ healthy systems

    @Test
    void aHealthyProvinceSignsInThroughTheNationalSsoLikeQuangTri() {
        Citizen giang = Flows.citizen("linked");
        Response home = browser.open(HATINH + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH HÀ TĨNH",
                "class=\"login-btn\" href=\"/dang-nhap\"", "portal-hatinh");
        Response login = browser.get(HATINH + "/dang-nhap");
        assertThat(login.location()).startsWith(SSO + "/oauth2/authorize?response_type=code&client_id=dvc-hatinh"
                + "&redirect_uri=https%3A%2F%2Fdichvucong.hatinh.gov.vn%2Fsso&scope=openid&acr_values=LoA1&state=");
        Response ssoPage = browser.follow(login);
        assertThat(ssoPage.body()).contains("id=\"vnconnect-form\"", "class=\"login-IDP");

        // VNeID through the national SSO: the linked account, its name and dossiers
        Response landed = flows.approveInApp(flows.vneidCredentials(flows.openVneidLoginPage(ssoPage), giang), giang);
        assertThat(landed.url()).isEqualTo(HATINH + "/");
        assertThat(userName(landed)).isEqualTo("Đỗ Văn Giang");
        assertThat(browser.cookie("dichvucong.hatinh.gov.vn", "HATINH_SESSION")).isPresent();
        Response dossiers = browser.open(HATINH + "/ho-so-cua-toi");
        assertThat(dossiers.body()).contains("id=\"dossier-table\"");
        assertThat(dossiers.textsOfClass("dossier-code")).containsExactly("G22.45.02-231030-0078");
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void aVneidDirectProvinceGoesStraightToTheVneidSsoWithItsOwnClient() {
        Citizen giang = Flows.citizen("linked");
        Response home = browser.open(DANANG + "/");
        assertThat(home.url()).isEqualTo(DANANG + "/vi/");
        assertThat(home.body()).contains("THÀNH PHỐ ĐÀ NẴNG", "id=\"btnLogin\" class=\"btn-login\" href=\"/vi/dang-nhap\"");

        Response login = browser.get(DANANG + "/vi/dang-nhap");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).startsWith(VNEID + "/auth?response_type=code&client_id=dvc-danang-vneid"
                + "&redirect_uri=https%3A%2F%2Fdichvucong.danang.gov.vn%2Fvi%2Fsso%2Fcallback&scope=openid&state=");
        assertThat(browser.cookie("dichvucong.danang.gov.vn", "DANANG_OAUTH")).isPresent();
        Response vneidPage = browser.follow(login);
        assertThat(vneidPage.status()).isEqualTo(200);
        assertThat(vneidPage.body()).contains("Đăng nhập tài khoản định danh điện tử", "id=\"username\"",
                "class=\"ant-btn ant-btn-primary custom-btn-resolve\"");

        // credentials, then the code the app shows: back to the city, signed in as the linked account, with its dossiers
        Response landed = flows.approveInApp(flows.vneidCredentials(vneidPage, giang), giang);
        assertThat(landed.url()).isEqualTo(DANANG + "/vi/");
        assertThat(PlatformPages.CONG_VI.userNameOf(landed, "dichvucong.danang.gov.vn")).contains("Đỗ Văn Giang");
        assertThat(browser.visited).noneMatch(v -> v.contains("xacthuc.dichvucong.gov.vn"));
        assertThat(browser.open(DANANG + "/vi/dich-vu-cong-cua-toi").textsOfClass("dossier-code"))
                .containsExactly("G22.45.02-231030-0078");

        // the national SSO does not know this client; the VNeID SSO refuses another callback for it
        assertThat(browser.get(SSO + "/oauth2/authorize?response_type=code&client_id=dvc-danang-vneid&redirect_uri="
                + "https%3A%2F%2Fdichvucong.danang.gov.vn%2Fvi%2Fsso%2Fcallback&scope=openid&state=x").status()).isEqualTo(400);
        assertThat(browser.get(VNEID + "/auth?response_type=code&client_id=dvc-danang-vneid&redirect_uri="
                + "https%3A%2F%2Fdichvucong.danang.gov.vn%2Fsso&scope=openid&state=x").status()).isEqualTo(400);
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void aVneidDirectLoginOfAnAccountNeverSyncedOpensTheSeparateVneidAccount() {
        Citizen hoa = Flows.citizen("never-synced");
        Response vneidPage = browser.open(DANANG + "/vi/dang-nhap");
        Response landed = flows.approveByOtp(flows.vneidCredentials(vneidPage, hoa), hoa);
        assertThat(landed.url()).isEqualTo(DANANG + "/vi/");
        assertThat(PlatformPages.CONG_VI.userNameOf(landed, "dichvucong.danang.gov.vn")).contains("Nguyễn Thị Hoà");
        assertThat(portals.state().separateVneidAccount("045185000123")).isPresent();
        assertThat(browser.open(DANANG + "/vi/dich-vu-cong-cua-toi").body()).contains("Không có hồ sơ nào");
    }

    // ------------------------------------------------------------------ readiness defects

    @Test
    void noVneidOption_theSsoShowsNoVneidOptionForThatClientOnly_onDvcTinhAndLiferay() {
        for (String login : List.of(DIENBIEN + "/dang-nhap", TAYNINH + "/c/portal/login")) {
            Response ssoPage = browser.open(login);
            assertThat(ssoPage.url()).as(login).startsWith(SSO + "/authenticationendpoint/login.do?sessionDataKey=");
            assertThat(ssoPage.status()).isEqualTo(200);
            assertThat(ssoPage.body()).as(login).contains("id=\"vnconnect-form\"", "Tài khoản USB ký số")
                    .doesNotContain("login-IDP", "login-option-vneid", "/commonauth/vneid");
        }
        // the same SSO still offers VNeID to the national portal and to the other provinces
        assertThat(flows.openSsoLoginPage().body()).contains("class=\"login-IDP");
        assertThat(browser.open(HATINH + "/dang-nhap").body()).contains("class=\"login-IDP");
        // and a VNconnect login still works for that province
        Citizen hoa = Flows.citizen("never-synced");
        Flows other = new Flows(portals);
        Response landed = other.vnconnectLogin(other.browser.open(TAYNINH + "/c/portal/login"), hoa);
        assertThat(landed.url()).isEqualTo(TAYNINH + "/web/guest/trang-chu");
        assertThat(PlatformPages.LIFERAY.userNameOf(landed, "dichvucong.tayninh.gov.vn")).contains("Nguyễn Thị Hoà");
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void bypassesNationalSso_loginIsALocalFormOnItsOwnHost() {
        Response login = browser.get(LAICHAU + "/dang-nhap");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Location")).isEmpty();
        assertThat(login.body()).contains("id=\"local-login-form\" method=\"post\" action=\"/dang-nhap\"", "id=\"username\"",
                "id=\"password\"", "type=\"password\"", "id=\"btn-local-login\"", "TỈNH LAI CHÂU")
                .doesNotContain("xacthuc.dichvucong.gov.vn/oauth2", "sso.dancuquocgia.gov.vn/auth");
        Response refused = browser.post(LAICHAU + "/dang-nhap", "username", "0900000101", "password", "Fake#Pass1");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"local-login-form\"", "alert-danger",
                "Tên đăng nhập hoặc mật khẩu không chính xác");
        assertThat(browser.visited).allMatch(v -> v.contains("dichvucong.laichau.gov.vn"));
        // the healthy provinces answer a POST to /dang-nhap with an error, not a form
        assertThat(browser.post(Flows.QUANGTRI + "/dang-nhap", "username", "x").status()).isEqualTo(405);
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void noAnswer_everyRequestToEveryHostOfTheSystemIsResetAfterTheTlsHandshake() {
        TestBrowser lenient = TestBrowser.lenient(portals);
        // Lạng Sơn (dvc-tinh) and Lâm Đồng (portaldvc: its API host too)
        for (String base : List.of("https://dichvucong.langson.gov.vn", "https://dichvucong.lamdong.gov.vn",
                "https://apidvc.lamdong.gov.vn")) {
            for (String path : List.of("/", "/dang-nhap", "/portaldvc/home", "/vneidsso/authorize", "/static/css/portal.css",
                    "/favicon.ico", "/khong-co")) {
                assertThatThrownBy(() -> lenient.get(base + path))
                        .as(base + path)
                        .isInstanceOf(UncheckedIOException.class)
                        .hasRootCauseInstanceOf(java.net.SocketException.class);
            }
            assertThatThrownBy(() -> lenient.post(base + "/dang-nhap", "username", "x")).isInstanceOf(UncheckedIOException.class);
        }
        // matched by its mapping: not an unmatched request
        assertThat(portals.unmatchedRequests()).isEmpty();
        // the others still answer
        assertThat(lenient.get(HATINH + "/").status()).isEqualTo(200);
        assertThat(lenient.get("https://apidvc.thanhhoa.gov.vn/vneidsso/authorize").status()).isEqualTo(302);
    }

    @Test
    void expiredCertificate_theProvinceIsOtherwiseHealthy() {
        assertThatThrownBy(() -> browser.get(CAOBANG + "/"))
                .isInstanceOf(UncheckedIOException.class)
                .hasStackTraceContaining("validity check failed");
        TestBrowser lenient = TestBrowser.lenient(portals);
        Response home = lenient.open(CAOBANG + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("TỈNH CAO BẰNG");
        Response login = lenient.get(CAOBANG + "/dang-nhap");
        assertThat(login.location()).startsWith(SSO + "/oauth2/authorize?response_type=code&client_id=dvc-caobang");
    }

    @Test
    void firewallRejects_everyRequestGetsTheRequestRejectedPage_onThreePlatforms() {
        TestBrowser lenient = TestBrowser.lenient(portals);
        Map<String, List<String>> paths = Map.of(
                "https://dichvucong.tuyenquang.gov.vn", List.of("/", "/dang-nhap", "/sso", "/ho-so-cua-toi"),
                "https://dichvucong.angiang.gov.vn", List.of("/", "/vi/", "/vi/dang-nhap", "/vi/sso/callback?code=x&state=y"),
                "https://dichvucong.dongthap.gov.vn", List.of("/", "/web/guest/trang-chu", "/c/portal/login", "/web/guest/vneidsso"));
        paths.forEach((base, own) -> {
            List<String> all = new java.util.ArrayList<>(own);
            all.addAll(List.of("/static/css/portal.css", "/favicon.ico", "/khong-co-trang-nay"));
            for (String path : all) {
                Response rejected = new TestBrowser(portals).get(base + path); // strict TLS: its certificate is sound
                assertThat(rejected.status()).as(base + path).isEqualTo(200);
                assertThat(rejected.header("Content-Type").orElse("")).contains("text/html");
                assertThat(rejected.header("Location")).isEmpty();
                assertThat(rejected.body()).as(base + path).matches(FIREWALL_PAGE);
                // the markers the suite recognises it by (portals.vneid.VneidFirewall)
                assertThat(rejected.body()).contains("<title>Request Rejected</title>", "The requested URL was rejected",
                        "Your support ID is: ");
            }
            assertThat(lenient.post(base + own.get(1), "username", "x").body()).matches(FIREWALL_PAGE);
        });
        // a fresh support ID each time; the other systems are not behind it
        assertThat(new TestBrowser(portals).get("https://dichvucong.angiang.gov.vn/").body())
                .isNotEqualTo(new TestBrowser(portals).get("https://dichvucong.angiang.gov.vn/").body());
        assertThat(browser.get(DANANG + "/vi/").body()).contains("THÀNH PHỐ ĐÀ NẴNG");
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void firewallRejects_onPortaldvcItStandsInFrontOfTheApiHostToo() throws IOException {
        Path mocks = Flows.copyOfMocks(temp);
        Path file = mocks.resolve("data/portals.json");
        String original = Files.readString(file);
        String hue = "\"hotline\": \"" + PROVINCES.stream().filter(p -> p.id().equals("hue")).findFirst().orElseThrow().hotline() + "\"";
        assertThat(original).contains(hue);
        Files.writeString(file, original.replace(hue, hue + ",\n      \"readinessDefect\": \"firewall-rejects\""));
        try (MockPortals broken = MockPortals.start(MockOptions.defaults(mocks))) {
            TestBrowser b = new TestBrowser(broken);
            for (String url : List.of("https://dichvucong.hue.gov.vn/", "https://dichvucong.hue.gov.vn/portaldvc/home",
                    "https://apidvc.hue.gov.vn/sso/authorize", "https://apidvc.hue.gov.vn/static/css/portal.css")) {
                assertThat(b.get(url).body()).as(url).matches(FIREWALL_PAGE);
            }
            assertThat(b.get("https://apidvc.thanhhoa.gov.vn/vneidsso/authorize").status()).isEqualTo(302);
            assertThat(broken.unmatchedRequests()).isEmpty();
        }
    }

    @Test
    void slowHome_onlyTheHomePageAnswersAfterSevenSeconds() {
        Duration slow = ProvincialPortalDefects.SLOW_HOME_DELAY;
        assertThat(slow).isEqualTo(Duration.ofMillis(7000));
        // Khánh Hòa (cong-vi) and Đắk Lắk (portaldvc)
        Map<String, List<String>> fast = Map.of(
                "https://dichvucong.khanhhoa.gov.vn/vi/", List.of("https://dichvucong.khanhhoa.gov.vn/",
                        "https://dichvucong.khanhhoa.gov.vn/vi/dang-nhap", "https://dichvucong.khanhhoa.gov.vn/vi/dich-vu-cong-cua-toi",
                        "https://dichvucong.khanhhoa.gov.vn/static/css/portal.css"),
                "https://dichvucong.daklak.gov.vn/portaldvc/home", List.of("https://dichvucong.daklak.gov.vn/",
                        "https://dichvucong.daklak.gov.vn/portaldvc/dich-vu-cong-cua-toi", "https://apidvc.daklak.gov.vn/vneidsso/authorize",
                        "https://dichvucong.daklak.gov.vn/static/css/portal.css"));
        fast.forEach((home, others) -> {
            long started = System.nanoTime();
            Response page = browser.get(home);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Trang chủ - ");
            assertThat(took).as(home).isGreaterThanOrEqualTo(slow);
            for (String url : others) {
                long t = System.nanoTime();
                assertThat(browser.get(url).status()).as(url).isIn(200, 302);
                assertThat(Duration.ofNanos(System.nanoTime() - t)).as(url).isLessThan(Duration.ofSeconds(5));
            }
        });
        // a healthy home page of the same platform answers at once
        long t = System.nanoTime();
        assertThat(browser.get(DANANG + "/vi/").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofSeconds(5));
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void eachProvinceRunsOnItsPlatformsPaths() {
        TestBrowser lenient = TestBrowser.lenient(portals);
        Set<String> unreachable = new HashSet<>();
        for (ProvinceConfig p : PROVINCES) {
            if (p.hasDefect(ReadinessDefect.NO_ANSWER) || p.hasDefect(ReadinessDefect.FIREWALL_REJECTS)
                    || p.hasDefect(ReadinessDefect.SLOW_HOME)) {
                unreachable.add(p.id());
                continue;
            }
            PlatformPages pages = PlatformPages.of(p.platform());
            Response home = lenient.open("https://" + p.host() + "/");
            assertThat(home.url()).as(p.id()).isEqualTo("https://" + p.host() + pages.home);
            assertThat(home.body()).as(p.id()).contains("<title>Trang chủ - " + p.title() + "</title>", p.operator());
            assertThat(pages.loginLinkOf(home)).as(p.id()).isNotBlank();
        }
        assertThat(unreachable).hasSize(7);
        assertThat(portals.unmatchedRequests()).isEmpty();
    }
}
