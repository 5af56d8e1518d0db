package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vneidlink.mock.Flows.SSO;
import static vn.vneidlink.mock.Flows.VNEID;
import static vn.vneidlink.mock.PlatformPages.resolve;
import static vn.vneidlink.mock.PlatformPages.url;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/**
 * The provincial systems on their four platforms (dvc-tinh, cong-vi, portaldvc, liferay) at HTTP level: a VNeID
 * sign-in through each platform's real URLs, hop by hop, for both login kinds; the dossier list; logout; the
 * portaldvc API host and its one-time ticket; the state check of every callback; the provincial defects on every
 * platform.
 */
class MockPortalsPlatformsTest {

    private static final List<ProvinceConfig> PROVINCES = ProvinceConfig.load(Flows.MOCKS.resolve("data/portals.json"));
    private static final String GIANG_DOSSIER = "G22.45.02-231030-0078";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-03T02:00:00Z"));
    private MockPortals portals;
    private final Citizen giang = Flows.citizen("linked");

    private MockPortals start(MockOptions options) {
        portals = MockPortals.start(options);
        return portals;
    }

    private MockPortals start() {
        return start(MockOptions.defaults(Flows.MOCKS).withClock(clock));
    }

    @AfterEach
    void stop() {
        if (portals != null) {
            portals.close();
        }
    }

    static ProvinceConfig province(String id) {
        return PROVINCES.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    static String apiHost(ProvinceConfig p) {
        return "apidvc." + p.id() + ".gov.vn";
    }

    /** The redirect URI the province's client is registered with, for its login kind. */
    static String callbackUrl(ProvinceConfig p) {
        PlatformPages pages = PlatformPages.of(p.platform());
        String path = p.vneidDirect() ? pages.vneidCallback : pages.ssoCallback;
        return pages == PlatformPages.PORTALDVC ? url(apiHost(p), path) : url(p.host(), path);
    }

    /** Where "Đăng nhập" leads a visitor, absolute. */
    static String loginStart(ProvinceConfig p) {
        PlatformPages pages = PlatformPages.of(p.platform());
        if (pages == PlatformPages.PORTALDVC) {
            return url(apiHost(p), p.vneidDirect() ? "/vneidsso/authorize" : "/sso/authorize");
        }
        return url(p.host(), pages.loginHref);
    }

    /**
     * From the province's "/" to the SSO's redirect back to the province's callback (not followed), hop by hop: the
     * home page of a visitor, its "Đăng nhập", the authorize request (VNeID SSO, or national SSO then its VNeID
     * option), the VNeID credentials and the code of the app. Returns the callback URL with code and state.
     */
    static String toCallback(Flows flows, ProvinceConfig p, Citizen c) {
        PlatformPages pages = PlatformPages.of(p.platform());
        TestBrowser b = flows.browser;
        String base = url(p.host(), "");
        Response root = b.get(base + "/");
        Response home;
        if (pages.home.equals("/")) {
            home = root;
        } else {
            assertThat(root.status()).as(root.url()).isEqualTo(302);
            assertThat(root.location()).isEqualTo(base + pages.home);
            home = b.get(root.location());
        }
        assertThat(home.status()).as(home.url()).isEqualTo(200);
        assertThat(home.body()).contains("<title>Trang chủ - " + p.title() + "</title>", "platform-" + p.platform(),
                "Trung tâm Phục vụ hành chính công", "Đường dây nóng: " + p.hotline());
        assertThat(pages.userNameOf(home, p.host())).isEmpty();
        String href = pages.loginLinkOf(home);
        assertThat(resolve(base + "/", href)).isEqualTo(loginStart(p));

        Response start = b.get(loginStart(p));
        assertThat(start.status()).as(start.url()).isEqualTo(302);
        String startHost = java.net.URI.create(loginStart(p)).getHost();
        assertThat(b.cookie(startHost, p.oauthCookie())).as("pre-session cookie at " + startHost).isPresent();
        String callback = callbackUrl(p);
        Response vneidPage;
        if (p.vneidDirect()) {
            assertThat(start.location()).startsWith(VNEID + "/auth?response_type=code&client_id=" + p.clientId()
                    + "&redirect_uri=" + Urls.encode(callback) + "&scope=openid&state=");
            vneidPage = b.get(start.location());
            assertThat(vneidPage.status()).isEqualTo(200);
        } else {
            assertThat(start.location()).startsWith(SSO + "/oauth2/authorize?response_type=code&client_id=" + p.clientId()
                    + "&redirect_uri=" + Urls.encode(callback) + "&scope=openid&acr_values=LoA1&state=");
            Response ssoPage = b.follow(start);
            assertThat(ssoPage.url()).startsWith(SSO + "/authenticationendpoint/login.do?sessionDataKey=");
            vneidPage = flows.openVneidLoginPage(ssoPage);
        }
        Flows.VneidLogin login = flows.vneidCredentials(vneidPage, c);
        Response approved = flows.vneidAction("verify-otp", login.req(), "otp",
                flows.portals.vneidApp().codeShownFor(c.cccd()).orElseThrow());
        String redirect = Flows.json(approved).get("redirectUrl").asText();
        if (p.vneidDirect()) {
            assertThat(redirect).startsWith(callback + "?code=");
            return redirect;
        }
        assertThat(redirect).startsWith(SSO + "/commonauth?code=");
        Response sso = b.get(redirect);
        assertThat(sso.status()).isEqualTo(302);
        assertThat(sso.location()).startsWith(callback + "?code=");
        return sso.location();
    }

    /** The callback, and on portaldvc the ticket, to the signed-in home page (asserted hop by hop). */
    static Response finishSignIn(Flows flows, ProvinceConfig p, String callbackWithCode) {
        PlatformPages pages = PlatformPages.of(p.platform());
        TestBrowser b = flows.browser;
        String home = url(p.host(), pages.home);
        Response back = b.get(callbackWithCode);
        assertThat(back.status()).as(back.url() + "\n" + back.body()).isEqualTo(302);
        if (pages == PlatformPages.PORTALDVC) {
            assertThat(back.location()).startsWith(url(p.host(), "/portaldvc/dang-nhap-thanh-cong?ticket="));
            assertThat(b.cookie(apiHost(p), p.oauthCookie())).isEmpty();
            assertThat(b.cookie(p.host(), p.sessionCookie())).isEmpty();
            back = b.get(back.location());
            assertThat(back.status()).as(back.url()).isEqualTo(302);
        }
        assertThat(back.location()).isEqualTo(home);
        assertThat(b.cookie(p.host(), p.sessionCookie())).isPresent();
        Response signedIn = b.get(home);
        assertThat(signedIn.status()).isEqualTo(200);
        return signedIn;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quangtri", "nghean", "hanoi", "hochiminhcity", "hue", "thanhhoa", "thainguyen", "bacninh"})
    void aLinkedCitizenSignsInWithVneidThroughThePlatformsRealUrlsSeesHisDossiersAndLogsOut(String id) {
        ProvinceConfig p = province(id);
        PlatformPages pages = PlatformPages.of(p.platform());
        Flows flows = new Flows(start());
        TestBrowser b = flows.browser;

        Response signedIn = finishSignIn(flows, p, toCallback(flows, p, giang));
        assertThat(pages.userNameOf(signedIn, p.host())).contains("Đỗ Văn Giang");
        assertThat(pages.showsLoginLink(signedIn)).isFalse();
        assertThat(signedIn.body()).contains(pages.menuScript, "menu.classList.toggle('open')");
        assertThat(portals.state().liveSessions(p.host())).isEqualTo(1);
        if (p.vneidDirect()) {
            assertThat(b.visited).noneMatch(v -> v.contains("xacthuc.dichvucong.gov.vn"));
        }

        // the dossier list shows exactly the citizen's dossiers
        Response dossiers = b.get(url(p.host(), pages.dossiers));
        assertThat(dossiers.status()).isEqualTo(200);
        assertThat(dossiers.body()).contains("<title>" + pages.dossiersLabel + " - " + p.title() + "</title>",
                "<h2 class=\"card-title\">" + pages.dossiersLabel + "</h2>");
        assertThat(pages.dossierCodesOf(dossiers)).containsExactly(GIANG_DOSSIER);
        assertThat(pages.userNameOf(dossiers, p.host())).contains("Đỗ Văn Giang");

        // logout ends the session (and, for a client of the national SSO, the SSO session: RP-initiated logout there),
        // then home for a visitor; the dossier list asks for login again
        Response out = b.get(url(p.host(), pages.logout));
        assertThat(out.status()).isEqualTo(302);
        String home = url(p.host(), pages.home);
        if (p.clientAtNationalSso()) {
            assertThat(out.location()).isEqualTo(SSO + "/oidc/logout?post_logout_redirect_uri=" + Urls.encode(home));
            out = b.get(out.location());
            assertThat(out.status()).isEqualTo(302);
        }
        assertThat(out.location()).isEqualTo(home);
        assertThat(b.cookie(p.host(), p.sessionCookie())).isEmpty();
        assertThat(portals.state().liveSessions(p.host())).isZero();
        Response visitor = b.get(out.location());
        assertThat(pages.userNameOf(visitor, p.host())).isEmpty();
        assertThat(pages.loginLinkOf(visitor)).isNotEmpty();
        Response again = b.get(url(p.host(), pages.dossiers));
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).isEqualTo(loginStart(p));
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void portaldvc_theTicketOfTheApiHostIsRedeemedOnceOnly() {
        ProvinceConfig thanhhoa = province("thanhhoa");
        Flows flows = new Flows(start());
        TestBrowser b = flows.browser;
        Response toTicket = b.get(toCallback(flows, thanhhoa, giang));
        String ticketUrl = toTicket.location();
        Response first = b.get(ticketUrl);
        assertThat(first.status()).isEqualTo(302);
        assertThat(first.location()).isEqualTo("https://dichvucong.thanhhoa.gov.vn/portaldvc/home");
        String session = b.cookie(thanhhoa.host(), thanhhoa.sessionCookie()).orElseThrow();

        // the same ticket again, from this browser or another: refused, no new session
        for (TestBrowser who : List.of(b, new TestBrowser(portals))) {
            Response second = who.get(ticketUrl);
            assertThat(second.status()).isEqualTo(400);
            assertThat(second.header("Location")).isEmpty();
            assertThat(second.body()).contains("id=\"error-message\"", ProvincialPortalMock.TICKET_REFUSED, "platform-portaldvc",
                    "href=\"https://dichvucong.thanhhoa.gov.vn/portaldvc/home\">Về trang chủ</a>");
        }
        assertThat(b.cookie(thanhhoa.host(), thanhhoa.sessionCookie())).contains(session);
        assertThat(portals.state().liveSessions(thanhhoa.host())).isEqualTo(1);
        // no ticket, an unknown one
        for (String path : List.of("/portaldvc/dang-nhap-thanh-cong", "/portaldvc/dang-nhap-thanh-cong?ticket=",
                "/portaldvc/dang-nhap-thanh-cong?ticket=khong-co")) {
            Response refused = new TestBrowser(portals).get(url(thanhhoa.host(), path));
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.body()).contains(ProvincialPortalMock.TICKET_REFUSED);
        }
        assertThat(portals.state().liveSessions(thanhhoa.host())).isEqualTo(1);
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void portaldvc_aTicketExpiresLikeACode() {
        ProvinceConfig thanhhoa = province("thanhhoa");
        Flows flows = new Flows(start());
        Response toTicket = flows.browser.get(toCallback(flows, thanhhoa, giang));
        clock.advance(Duration.ofSeconds(61));
        Response late = flows.browser.get(toTicket.location());
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains(ProvincialPortalMock.TICKET_REFUSED);
        assertThat(portals.state().liveSessions(thanhhoa.host())).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quangtri", "nghean", "hanoi", "hochiminhcity", "hue", "thanhhoa", "thainguyen", "bacninh"})
    void everyPlatformsCallbackRefusesAForeignState(String id) {
        ProvinceConfig p = province(id);
        Flows flows = new Flows(start());
        String callback = toCallback(flows, p, giang);
        String forged = callback.replaceAll("([?&]state=)[^&]+", "$1forged");
        assertThat(forged).isNotEqualTo(callback);

        // a browser that did not start the login: no pre-session, refused (the code is not spent)
        TestBrowser other = new TestBrowser(portals);
        Response stranger = other.get(callback);
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains("id=\"error-message\"", "state mismatch", "platform-" + p.platform());
        assertThat(other.cookie(p.host(), p.sessionCookie())).isEmpty();

        // the browser that started it, with another state: refused, no session, no ticket
        Response rejected = flows.browser.get(forged);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.header("Location")).isEmpty();
        assertThat(rejected.body()).contains("id=\"error-message\"",
                "Yêu cầu đăng nhập không hợp lệ: tham số state không khớp với phiên đăng nhập của trình duyệt (state mismatch).");
        assertThat(flows.browser.cookie(p.host(), p.sessionCookie())).isEmpty();
        assertThat(portals.state().liveSessions(p.host())).isZero();
        // the state was single use: the right one now fails too
        assertThat(flows.browser.get(callback).status()).isEqualTo(400);
        assertThat(portals.state().liveSessions(p.host())).isZero();
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void portaldvc_theApiHostServesBothLoginsAndOnlyPortaldvcHasOne() {
        MockPortals mock = start();
        List<String> apiHosts = mock.hosts().stream().filter(h -> h.startsWith("apidvc.")).toList();
        List<String> portaldvc = PROVINCES.stream().filter(p -> p.platform().equals("portaldvc")).map(MockPortalsPlatformsTest::apiHost)
                .toList();
        assertThat(apiHosts).containsExactlyElementsOf(portaldvc).contains("apidvc.thanhhoa.gov.vn");
        assertThat(mock.hosts()).containsSubsequence("dichvucong.thanhhoa.gov.vn", "apidvc.thanhhoa.gov.vn");
        assertThat(mock.hosts().indexOf("apidvc.thanhhoa.gov.vn")).isEqualTo(mock.hosts().indexOf("dichvucong.thanhhoa.gov.vn") + 1);
        assertThat(mock.hostResolverRules()).contains("MAP apidvc.thanhhoa.gov.vn 127.0.0.1:" + mock.port() + ",");
        assertThat(mock.tls().orElseThrow().leafCertificate("apidvc.thanhhoa.gov.vn")).isPresent();
        assertThat(mock.tls().orElseThrow().leafCertificate("apidvc.quangtri.gov.vn")).isEmpty();
        assertThat(mock.baseUrl("apidvc.thanhhoa.gov.vn")).isEqualTo("https://apidvc.thanhhoa.gov.vn");

        // strict TLS to the API host; the login of the other kind is served too (registered at both SSOs)
        TestBrowser b = new TestBrowser(mock);
        Response vneid = b.get("https://apidvc.thanhhoa.gov.vn/vneidsso/authorize");
        assertThat(vneid.location()).startsWith(VNEID + "/auth?response_type=code&client_id=dvc-thanhhoa-web&redirect_uri="
                + "https%3A%2F%2Fapidvc.thanhhoa.gov.vn%2Fvneidsso%2Fcallback&scope=openid&state=");
        assertThat(b.follow(vneid).status()).isEqualTo(200);
        Response sso = b.get("https://apidvc.thanhhoa.gov.vn/sso/authorize");
        assertThat(sso.location()).startsWith(SSO + "/oauth2/authorize?response_type=code&client_id=dvc-thanhhoa-web&redirect_uri="
                + "https%3A%2F%2Fapidvc.thanhhoa.gov.vn%2Fsso%2Fcallback&scope=openid&acr_values=LoA1&state=");
        assertThat(b.follow(sso).url()).startsWith(SSO + "/authenticationendpoint/login.do?sessionDataKey=");
        // the portal's own login path forwards to the API host; its stylesheet is served there too
        assertThat(b.get("https://dichvucong.thanhhoa.gov.vn/portaldvc/dang-nhap").location())
                .isEqualTo("https://apidvc.thanhhoa.gov.vn/vneidsso/authorize");
        assertThat(b.get("https://apidvc.thanhhoa.gov.vn/static/css/portal.css").status()).isEqualTo(200);
        assertThat(mock.unmatchedRequests()).isEmpty();
    }

    @Test
    void provinceIgnoresLink_onEveryPlatform() {
        start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.PROVINCE_IGNORES_LINK));
        for (String id : List.of("quangtri", "hochiminhcity", "thanhhoa", "hue", "bacninh")) {
            ProvinceConfig p = province(id);
            PlatformPages pages = PlatformPages.of(p.platform());
            Flows flows = new Flows(portals);
            Response signedIn = finishSignIn(flows, p, toCallback(flows, p, giang));
            assertThat(pages.userNameOf(signedIn, p.host())).as(id).contains("Đỗ Văn Giang");
            Response dossiers = flows.browser.get(url(p.host(), pages.dossiers));
            assertThat(pages.dossierCodesOf(dossiers)).as(id).isEmpty();
            assertThat(dossiers.body()).as(id).contains("<p class=\"empty\">Không có hồ sơ nào</p>").doesNotContain(GIANG_DOSSIER);
        }
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void bypassesNationalSso_onPortaldvcTheLoginLinkLeadsToTheFormOnThePortalHost() {
        ProvinceConfig camau = province("camau");
        assertThat(camau.readinessDefect()).isEqualTo("bypasses-national-sso");
        TestBrowser b = new TestBrowser(start());
        Response home = b.open(url(camau.host(), "/"));
        assertThat(home.url()).isEqualTo("https://dichvucong.camau.gov.vn/portaldvc/home");
        assertThat(PlatformPages.PORTALDVC.loginLinkOf(home)).isEqualTo("/portaldvc/dang-nhap");
        Response form = b.get(url(camau.host(), "/portaldvc/dang-nhap"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<title>Đăng nhập - " + camau.title() + "</title>",
                "id=\"local-login-form\" method=\"post\" action=\"/portaldvc/dang-nhap\"", "id=\"username\"", "type=\"password\"",
                "id=\"btn-local-login\"").doesNotContain("apidvc.camau.gov.vn");
        Response refused = b.post(url(camau.host(), "/portaldvc/dang-nhap"), "username", "0900000101", "password", "Fake#Pass1");
        assertThat(refused.body()).contains("id=\"local-login-form\"", ProvincialPortalDefects.LOCAL_LOGIN_REFUSED);
        // a page that needs a session sends the visitor to the form too
        assertThat(b.get(url(camau.host(), "/portaldvc/dich-vu-cong-cua-toi")).location())
                .isEqualTo("https://dichvucong.camau.gov.vn/portaldvc/dang-nhap");
        assertThat(b.visited).allMatch(v -> v.contains("dichvucong.camau.gov.vn"));
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void bypassesNationalSso_onDvcTinhTheFormIsAtItsLoginPath() {
        ProvinceConfig laichau = province("laichau");
        assertThat(laichau.readinessDefect()).isEqualTo("bypasses-national-sso");
        TestBrowser b = new TestBrowser(start());
        Response home = b.get(url(laichau.host(), "/"));
        assertThat(PlatformPages.DVC_TINH.loginLinkOf(home)).isEqualTo("/dang-nhap");
        Response form = b.get(url(laichau.host(), "/dang-nhap"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"local-login-form\" method=\"post\" action=\"/dang-nhap\"", "TỈNH LAI CHÂU");
        assertThat(b.get(url(laichau.host(), "/ho-so-cua-toi")).location()).isEqualTo("https://dichvucong.laichau.gov.vn/dang-nhap");
    }

    @Test
    void aPostToTheLoginPathOfAHealthySystemIsRefused() {
        TestBrowser b = new TestBrowser(start());
        for (String url : List.of("https://dichvucong.quangtri.gov.vn/dang-nhap", "https://dichvucong.hanoi.gov.vn/vi/dang-nhap",
                "https://dichvucong.thanhhoa.gov.vn/portaldvc/dang-nhap", "https://dichvucong.bacninh.gov.vn/c/portal/login")) {
            Response refused = b.post(url, "username", "x");
            assertThat(refused.status()).as(url).isEqualTo(405);
            assertThat(refused.body()).contains("id=\"error-message\"", "Phương thức không được hỗ trợ");
        }
    }
}
