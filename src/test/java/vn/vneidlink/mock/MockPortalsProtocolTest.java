package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vneidlink.mock.Flows.HOME;
import static vn.vneidlink.mock.Flows.NATIONAL;
import static vn.vneidlink.mock.Flows.SSO;
import static vn.vneidlink.mock.Flows.VNEID;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;
import vn.vneidlink.tasks.RedirectUriTampering;

/**
 * The sign-in protocol's security in the mocks, hop by hop: both SSOs compare {@code redirect_uri} whole, HSTS on
 * every page, and what each seeded defect of issue 11's protocol theme changes (and only that).
 */
class MockPortalsProtocolTest {

    private static final Citizen BINH = Flows.citizen("synced-not-linked");
    private static final String NATIONAL_CALLBACK = NATIONAL + "/sso";
    private static final String VNEID_CALLBACK = SSO + "/commonauth";

    private static String authorize(String given) {
        return SSO + "/oauth2/authorize?response_type=code&client_id=dvcqg&redirect_uri=" + URLEncoder.encode(given, StandardCharsets.UTF_8)
                + "&scope=openid&acr_values=LoA1&state=s1";
    }

    private static String vneidAuthorize(String given) {
        return VNEID + "/auth?response_type=code&client_id=xacthuc-dvcqg&redirect_uri=" + URLEncoder.encode(given, StandardCharsets.UTF_8)
                + "&scope=openid&state=s1";
    }

    /** What each tampering of the national portal's callback gets from the national SSO, and of the SSO's from the VNeID SSO. */
    private static Map<String, Integer> statuses(MockPortals portals) {
        TestBrowser browser = new TestBrowser(portals);
        Map<String, Integer> statuses = new TreeMap<>();
        for (RedirectUriTampering t : RedirectUriTampering.values()) {
            statuses.put("national " + t.name(), browser.get(authorize(t.apply(NATIONAL_CALLBACK))).status());
            statuses.put("vneid " + t.name(), browser.get(vneidAuthorize(t.apply(VNEID_CALLBACK))).status());
        }
        return statuses;
    }

    @Test
    void bothSsosRefuseEveryAlteredRedirectUriWithTheirErrorPage() {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            TestBrowser browser = new TestBrowser(portals);
            for (RedirectUriTampering t : RedirectUriTampering.values()) {
                Response national = browser.get(authorize(t.apply(NATIONAL_CALLBACK)));
                assertThat(national.status()).as(t.label()).isEqualTo(400);
                assertThat(national.body()).as(t.label()).contains("id=\"error-message\"", "Địa chỉ chuyển hướng không hợp lệ");
                Response vneid = browser.get(vneidAuthorize(t.apply(VNEID_CALLBACK)));
                assertThat(vneid.status()).as(t.label()).isEqualTo(400);
                assertThat(vneid.body()).as(t.label()).contains("id=\"error-message\"", "Địa chỉ chuyển hướng không hợp lệ")
                        .doesNotContain("id=\"login-form\"");
            }
            assertThat(browser.get(authorize(NATIONAL_CALLBACK)).status()).isEqualTo(302);
            assertThat(browser.get(vneidAuthorize(VNEID_CALLBACK)).status()).isEqualTo(200);
        }
    }

    @Test
    void theTamperingsAreTheOnesTheScenarioNames() {
        assertThat(RedirectUriTampering.OTHER_HOST.apply(NATIONAL_CALLBACK)).isEqualTo("https://ke-gian.example/sso");
        assertThat(RedirectUriTampering.OTHER_PATH.apply(NATIONAL_CALLBACK)).isEqualTo("https://dichvucong.gov.vn/ke-gian");
        assertThat(RedirectUriTampering.LONGER_PATH.apply(NATIONAL_CALLBACK)).isEqualTo("https://dichvucong.gov.vn/sso/ke-gian");
        assertThat(RedirectUriTampering.HOST_AS_PREFIX.apply(NATIONAL_CALLBACK)).isEqualTo("https://dichvucong.gov.vn.ke-gian.example/sso");
        assertThat(RedirectUriTampering.HOST_BEFORE_AT.apply(NATIONAL_CALLBACK)).isEqualTo("https://dichvucong.gov.vn@ke-gian.example/sso");
        assertThat(RedirectUriTampering.PLAIN_HTTP.apply(NATIONAL_CALLBACK)).isEqualTo("http://dichvucong.gov.vn/sso");
        assertThat(RedirectUriTampering.named(" http thay cho https ")).isEqualTo(RedirectUriTampering.PLAIN_HTTP);
        assertThatThrownBy(() -> RedirectUriTampering.named("đổi hết"))
                .hasMessageContaining("«đổi hết»").hasMessageContaining("«sang máy chủ khác»");
    }

    @Test
    void anyPathAtTheNationalSsoAndAPrefixAtTheVneidSsoAreAcceptedByTheirDefectsOnly() {
        Map<String, Integer> anyPath;
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.SSO_REDIRECT_URI_ANY_PATH))) {
            anyPath = statuses(portals);
        }
        Map<String, Integer> prefix;
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.VNEID_REDIRECT_URI_PREFIX_MATCH))) {
            prefix = statuses(portals);
        }
        List<String> takenByAnyPath = new ArrayList<>();
        anyPath.forEach((k, v) -> { if (v != 400) { takenByAnyPath.add(k); } });
        List<String> takenByPrefix = new ArrayList<>();
        prefix.forEach((k, v) -> { if (v != 400) { takenByPrefix.add(k); } });
        assertThat(takenByAnyPath).containsExactlyInAnyOrder("national LONGER_PATH", "national OTHER_PATH");
        assertThat(takenByPrefix).containsExactlyInAnyOrder("vneid HOST_AS_PREFIX", "vneid HOST_BEFORE_AT", "vneid LONGER_PATH", "vneid OTHER_PATH");
    }

    @Test
    void everyAnswerOverHttpsCarriesHsts() {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            TestBrowser browser = new TestBrowser(portals);
            assertThat(browser.get(HOME).header("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(browser.get(NATIONAL + "/dang-nhap").header("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(browser.get(VNEID + "/auth").header("Strict-Transport-Security")).hasValue("max-age=31536000");
        }
    }

    /** A VNconnect login of Bình in this browser up to the SSO's redirect to the portal's callback (not followed). */
    private static Response toCallback(MockPortals portals, Flows flows) {
        Response ssoPage = flows.openSsoLoginPage();
        Response otpPage = flows.browser.submit(SSO + "/commonauth", "username", BINH.vnconnect().username(),
                "password", BINH.vnconnect().password(), "sessionDataKey", ssoPage.inputValue("sessionDataKey"));
        return flows.browser.post(SSO + "/commonauth/otp", "otp", portals.sms().latestOtp(BINH.phone()).orElseThrow(),
                "sessionDataKey", otpPage.inputValue("sessionDataKey"));
    }

    @Test
    void aReplayedCallbackOpensASessionOnlyWithItsDefect() {
        for (boolean defect : new boolean[] {false, true}) {
            MockOptions options = MockOptions.defaults(Flows.MOCKS);
            try (MockPortals portals = MockPortals.start(defect ? options.withDefects(PortalDefect.CALLBACK_ACCEPTS_REPLAYED_CODE) : options)) {
                Flows flows = new Flows(portals);
                Response back = toCallback(portals, flows);
                assertThat(flows.browser.follow(back).url()).isEqualTo(HOME);
                Response replayed = new TestBrowser(portals).get(back.location());
                assertThat(replayed.status()).as("defect %s", defect).isEqualTo(defect ? 302 : 400);
                assertThat(replayed.headers("Set-Cookie").stream().anyMatch(c -> c.startsWith("DVC_SESSION=") && !c.startsWith("DVC_SESSION=;")))
                        .as("defect %s", defect).isEqualTo(defect);
            }
        }
    }

    @Test
    void aUsedCodeIsRedeemedAgainOnlyWithItsDefect() {
        for (boolean defect : new boolean[] {false, true}) {
            MockOptions options = MockOptions.defaults(Flows.MOCKS);
            try (MockPortals portals = MockPortals.start(defect ? options.withDefects(PortalDefect.SSO_CODE_REUSABLE) : options)) {
                Flows flows = new Flows(portals);
                String code = toCallback(portals, flows).locationParam("code");
                String[] token = {"grant_type", "authorization_code", "code", code, "redirect_uri", NATIONAL_CALLBACK, "client_id", "dvcqg"};
                assertThat(flows.browser.post(SSO + "/oauth2/token", token).status()).isEqualTo(200);
                assertThat(flows.browser.post(SSO + "/oauth2/token", token).status()).as("defect %s", defect).isEqualTo(defect ? 200 : 400);
            }
        }
    }

    @Test
    void theSessionIdIsFreshAtLoginAndTheCookieHasItsAttributes() {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            Flows flows = new Flows(portals);
            Response back = toCallback(portals, flows);
            String preSession = flows.browser.cookie("dichvucong.gov.vn", "DVC_OAUTH").orElseThrow();
            Response callback = flows.browser.get(back.location());
            String setCookie = callback.headers("Set-Cookie").stream().filter(c -> c.startsWith("DVC_SESSION=")).findFirst().orElseThrow();
            assertThat(setCookie).endsWith("; Path=/; HttpOnly; SameSite=Lax; Secure").doesNotStartWith("DVC_SESSION=" + preSession);
            assertThat(back.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("commonAuthId=").contains("; SameSite=Lax"));
        }
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.SESSION_ID_NOT_RENEWED_AT_LOGIN,
                PortalDefect.SESSION_COOKIE_WITHOUT_HTTPONLY, PortalDefect.SSO_COOKIE_WITHOUT_SAMESITE))) {
            Flows flows = new Flows(portals);
            Response back = toCallback(portals, flows);
            String preSession = flows.browser.cookie("dichvucong.gov.vn", "DVC_OAUTH").orElseThrow();
            Response callback = flows.browser.get(back.location());
            assertThat(callback.headers("Set-Cookie")).contains("DVC_SESSION=" + preSession + "; Path=/; SameSite=Lax; Secure");
            assertThat(back.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("commonAuthId=").doesNotContain("SameSite"));
        }
    }

    @Test
    void logoutEndsTheSessionServerSideUnlessItOnlyClearsTheCookie() {
        for (boolean defect : new boolean[] {false, true}) {
            MockOptions options = MockOptions.defaults(Flows.MOCKS);
            try (MockPortals portals = MockPortals.start(defect ? options.withDefects(PortalDefect.LOGOUT_ONLY_CLEARS_COOKIE) : options)) {
                Flows flows = new Flows(portals);
                flows.browser.follow(toCallback(portals, flows));
                String session = flows.browser.cookie("dichvucong.gov.vn", "DVC_SESSION").orElseThrow();
                flows.logout();
                assertThat(flows.browser.cookie("dichvucong.gov.vn", "DVC_SESSION")).isEmpty();
                TestBrowser copied = new TestBrowser(portals);
                copied.setCookie("dichvucong.gov.vn", "DVC_SESSION", session);
                Response profile = copied.get(Flows.PROFILE);
                assertThat(profile.status()).as("defect %s", defect).isEqualTo(defect ? 200 : 302);
            }
        }
    }

    @Test
    void theHttpDefectsChangeOnlyTheSchemeOfOneLinkOrRedirect() {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.STYLESHEET_OVER_HTTP,
                PortalDefect.CALLBACK_REDIRECTS_OVER_HTTP))) {
            Flows flows = new Flows(portals);
            Response back = toCallback(portals, flows);
            Response callback = flows.browser.send("GET", back.location(), null);
            assertThat(callback.location()).isEqualTo("http://dichvucong.gov.vn/p/home/dvc-trang-chu.html");
            Response home = flows.browser.get(HOME);
            assertThat(home.body()).contains("<link rel=\"stylesheet\" href=\"http://dichvucong.gov.vn/static/css/portal.css\">")
                    .contains("href=\"/static/css/portal.css\"");
        }
    }
}
