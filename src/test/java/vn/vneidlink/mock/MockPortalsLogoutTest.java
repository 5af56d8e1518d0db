package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vneidlink.mock.Flows.NATIONAL;
import static vn.vneidlink.mock.Flows.QUANGTRI;
import static vn.vneidlink.mock.Flows.SSO;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/**
 * Logout across portals, as docs/mock-portals.md ("Logout across portals") specifies it: RP-initiated logout at the
 * national SSO ends the SSO session of the browser, whichever portal called it; the other portals' own sessions stay
 * until they are logged out; after it, every "Đăng nhập" asks for credentials again.
 */
class MockPortalsLogoutTest {

    private static final String QUANGTRI_HOST = "dichvucong.quangtri.gov.vn";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-03T02:00:00Z"));
    private final Citizen giang = Flows.citizen("linked");
    private MockPortals portals;

    @AfterEach
    void stop() {
        if (portals != null) {
            portals.close();
        }
    }

    private Flows start() {
        portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withClock(clock));
        return new Flows(portals);
    }

    private Optional<String> ssoSessionCookie(Flows flows) {
        return flows.browser.cookie("xacthuc.dichvucong.gov.vn", NationalSsoMock.SESSION_COOKIE);
    }

    /** Whether the browser's SSO session is alive server side. */
    private boolean ssoSessionAlive(String id) {
        return portals.state().locked(() -> portals.state().ssoSession(id).isPresent());
    }

    @Test
    void theNationalPortalsLogoutEndsTheSsoSessionButNotTheProvincesOwnSession() {
        Flows flows = start();
        TestBrowser b = flows.browser;
        assertThat(Flows.userName(flows.vneidLogin(giang))).isEqualTo("Đỗ Văn Giang");
        String ssoSession = ssoSessionCookie(flows).orElseThrow();
        assertThat(ssoSessionAlive(ssoSession)).isTrue();

        // single sign-on: the province's "Đăng nhập" comes back signed in, without any login page
        Response province = b.open(QUANGTRI + "/dang-nhap");
        assertThat(province.url()).isEqualTo(QUANGTRI + "/");
        assertThat(portals.state().liveSessions(QUANGTRI_HOST)).isEqualTo(1);

        Response out = b.get(NATIONAL + "/dang-xuat");
        assertThat(out.location()).startsWith(SSO + "/oidc/logout?post_logout_redirect_uri=");
        b.follow(out);
        assertThat(ssoSessionAlive(ssoSession)).as("the SSO session ends with the national portal's logout").isFalse();
        assertThat(ssoSessionCookie(flows)).isEmpty();
        assertThat(portals.state().liveSessions("dichvucong.gov.vn")).isZero();
        assertThat(portals.state().liveSessions(QUANGTRI_HOST)).as("no back-channel logout: the province's own session stays").isEqualTo(1);

        // the province's own logout then ends it; its next "Đăng nhập" asks for credentials (the SSO session is gone)
        b.open(QUANGTRI + "/dang-xuat");
        assertThat(portals.state().liveSessions(QUANGTRI_HOST)).isZero();
        Response again = b.open(QUANGTRI + "/dang-nhap");
        assertThat(again.url()).startsWith(SSO + "/authenticationendpoint/login.do?sessionDataKey=");
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void aProvincialLogoutEndsTheSsoSessionSoTheNationalPortalAsksForCredentials() {
        Flows flows = start();
        TestBrowser b = flows.browser;
        ProvinceConfig quangtri = MockPortalsPlatformsTest.province("quangtri");
        MockPortalsPlatformsTest.finishSignIn(flows, quangtri, MockPortalsPlatformsTest.toCallback(flows, quangtri, giang));
        String ssoSession = ssoSessionCookie(flows).orElseThrow();
        assertThat(ssoSessionAlive(ssoSession)).isTrue();

        Response out = b.get(QUANGTRI + "/dang-xuat");
        assertThat(out.location()).isEqualTo(SSO + "/oidc/logout?post_logout_redirect_uri=" + Urls.encode(QUANGTRI + "/"));
        Response home = b.follow(out);
        assertThat(home.url()).isEqualTo(QUANGTRI + "/");
        assertThat(ssoSessionAlive(ssoSession)).isFalse();
        assertThat(ssoSessionCookie(flows)).isEmpty();

        Response nationalLogin = flows.openSsoLoginPage();
        assertThat(nationalLogin.body()).contains("sessionDataKey");
        assertThat(portals.state().liveSessions("dichvucong.gov.vn")).isZero();
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void aVneidDirectProvinceLogsOutWithoutTheNationalSso() {
        Flows flows = start();
        TestBrowser b = flows.browser;
        ProvinceConfig hcm = MockPortalsPlatformsTest.province("hochiminhcity");
        MockPortalsPlatformsTest.finishSignIn(flows, hcm, MockPortalsPlatformsTest.toCallback(flows, hcm, giang));
        assertThat(ssoSessionCookie(flows)).as("the VNeID SSO keeps no session, none was opened at the national SSO").isEmpty();
        Response out = b.get("https://" + hcm.host() + "/vi/dang-xuat");
        assertThat(out.location()).isEqualTo("https://" + hcm.host() + "/vi/");
        assertThat(portals.state().liveSessions(hcm.host())).isZero();
    }
}
