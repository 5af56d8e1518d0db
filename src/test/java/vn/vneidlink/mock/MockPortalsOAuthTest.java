package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vneidlink.mock.Flows.HOME;
import static vn.vneidlink.mock.Flows.NATIONAL;
import static vn.vneidlink.mock.Flows.PROFILE;
import static vn.vneidlink.mock.Flows.SSO;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/** The OAuth2 rules: state checked at every callback, codes single use, bound and short-lived; OTP expiry. */
class MockPortalsOAuthTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-06-03T02:00:00Z"));
    private final MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withClock(clock));
    private final Flows flows = new Flows(portals);
    private final TestBrowser browser = flows.browser;
    private final Citizen binh = Flows.citizen("synced-not-linked");

    @AfterEach
    void stop() {
        portals.close();
    }

    /** VNconnect login up to the SSO's redirect back to the portal, not followed. */
    private Response redirectToPortalCallback() {
        Response ssoPage = flows.openSsoLoginPage();
        Response otpPage = browser.submit(SSO + "/commonauth", "username", binh.vnconnect().username(),
                "password", binh.vnconnect().password(), "sessionDataKey", ssoPage.inputValue("sessionDataKey"));
        Response back = browser.post(SSO + "/commonauth/otp", "otp", portals.sms().latestOtp(binh.phone()).orElseThrow(),
                "sessionDataKey", otpPage.inputValue("sessionDataKey"));
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).startsWith(NATIONAL + "/sso?code=");
        return back;
    }

    @Test
    void aCallbackWithAnotherStateIsRejected() {
        Response back = redirectToPortalCallback();
        Response rejected = browser.get(NATIONAL + "/sso?code=" + back.locationParam("code") + "&state=forged");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body()).contains("id=\"error-message\"", "state không khớp");
        assertThat(browser.cookie("dichvucong.gov.vn", "DVC_SESSION")).isEmpty();
        assertThat(browser.get(PROFILE).location()).isEqualTo(NATIONAL + "/dang-nhap");
    }

    @Test
    void aCallbackFromABrowserThatDidNotStartTheLoginIsRejected() {
        Response back = redirectToPortalCallback();
        TestBrowser other = new TestBrowser(portals);
        Response rejected = other.get(back.location());
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body()).contains("state mismatch");
    }

    @Test
    void aCodeIsSingleUse() {
        Response back = redirectToPortalCallback();
        String code = back.locationParam("code");
        Response token = browser.post(SSO + "/oauth2/token", "grant_type", "authorization_code", "code", code,
                "redirect_uri", NATIONAL + "/sso", "client_id", "dvcqg");
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(token.body()).contains("\"token_type\":\"Bearer\"", "\"sub\":\"vnconnect:0900000102\"", "\"id_token\":\"");

        Response again = browser.post(SSO + "/oauth2/token", "grant_type", "authorization_code", "code", code,
                "redirect_uri", NATIONAL + "/sso", "client_id", "dvcqg");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("\"error\":\"invalid_grant\"", "already used");

        // the browser's own callback, state right, code already redeemed
        Response callback = browser.follow(back);
        assertThat(callback.status()).isEqualTo(400);
        assertThat(callback.body()).contains("Mã xác thực không hợp lệ: authorization code already used.");
    }

    @Test
    void aCodeIsBoundToItsClientAndRedirectUri() {
        String code = redirectToPortalCallback().locationParam("code");
        Response otherClient = browser.post(SSO + "/oauth2/token", "grant_type", "authorization_code", "code", code,
                "redirect_uri", "https://dichvucong.quangtri.gov.vn/sso", "client_id", "dvc-quangtri");
        assertThat(otherClient.status()).isEqualTo(400);
        assertThat(otherClient.body()).contains("another client");
    }

    @Test
    void aCodeExpiresAfterSixtySeconds() {
        Response back = redirectToPortalCallback();
        clock.advance(Duration.ofSeconds(61));
        Response callback = browser.follow(back);
        assertThat(callback.status()).isEqualTo(400);
        assertThat(callback.body()).contains("authorization code expired");
    }

    @Test
    void theSsoValidatesAuthorizationRequests() {
        Response unknownClient = browser.get(SSO + "/oauth2/authorize?response_type=code&client_id=evil&redirect_uri="
                + "https%3A%2F%2Fevil.example%2Fsso&scope=openid&state=x");
        assertThat(unknownClient.status()).isEqualTo(400);
        assertThat(unknownClient.body()).contains("client_id &quot;evil&quot; chưa được đăng ký", "portal-sso");

        Response otherRedirect = browser.get(SSO + "/oauth2/authorize?response_type=code&client_id=dvcqg&redirect_uri="
                + "https%3A%2F%2Fevil.example%2Fsso&scope=openid&state=x");
        assertThat(otherRedirect.status()).isEqualTo(400);
        assertThat(otherRedirect.body()).contains("redirect_uri");

        Response noState = browser.get(SSO + "/oauth2/authorize?response_type=code&client_id=dvcqg&redirect_uri="
                + "https%3A%2F%2Fdichvucong.gov.vn%2Fsso&scope=openid");
        assertThat(noState.status()).isEqualTo(400);
        assertThat(noState.body()).contains("thiếu tham số state");

        Response vneid = browser.get(Flows.VNEID + "/auth?response_type=code&client_id=dvcqg&redirect_uri="
                + "https%3A%2F%2Fdichvucong.gov.vn%2Fsso&scope=openid&state=x");
        assertThat(vneid.status()).isEqualTo(400);
        assertThat(vneid.body()).contains("portal-vneid", "chưa được đăng ký");

        Response logout = browser.get(SSO + "/oidc/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F");
        assertThat(logout.status()).isEqualTo(400);
    }

    @Test
    void theVneidCallbackAtTheSsoChecksItsStateToo() {
        Flows.VneidLogin login = flows.vneidCredentials(flows.openVneidLoginPage(flows.openSsoLoginPage()), binh);
        Response back = flows.vneidAction("verify-otp", login.req(), "otp", portals.vneidApp().codeShownFor(binh.cccd()).orElseThrow());
        String redirect = Flows.json(back).get("redirectUrl").asText();
        assertThat(redirect).startsWith(SSO + "/commonauth?code=");
        Response rejected = browser.get(SSO + "/commonauth?code=" + TestBrowser.queryParam(redirect, "code") + "&state=forged");
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body()).contains("state mismatch");
        assertThat(portals.state().account("0900000102").orElseThrow().linked()).isFalse();
    }

    @Test
    void anOtpExpiresAfterFiveMinutes() {
        Response ssoPage = flows.openSsoLoginPage();
        Response otpPage = browser.submit(SSO + "/commonauth", "username", binh.vnconnect().username(),
                "password", binh.vnconnect().password(), "sessionDataKey", ssoPage.inputValue("sessionDataKey"));
        String otp = portals.sms().latestOtp(binh.phone()).orElseThrow();
        clock.advance(Duration.ofMinutes(5));
        Response expired = browser.submit(SSO + "/commonauth/otp", "otp", otp, "sessionDataKey", otpPage.inputValue("sessionDataKey"));
        assertThat(expired.url()).startsWith(SSO + "/authenticationendpoint/otp.do");
        assertThat(expired.body()).contains("id=\"otp\"");
        assertThat(expired.textsOfClass("alert alert-danger")).containsExactly("Mã OTP đã hết hạn. Vui lòng đăng nhập lại để nhận mã mới.");
        // the expired code stays refused
        Response again = browser.submit(SSO + "/commonauth/otp", "otp", otp, "sessionDataKey", otpPage.inputValue("sessionDataKey"));
        assertThat(again.textsOfClass("alert alert-danger")).containsExactly("Mã OTP đã hết hạn. Vui lòng đăng nhập lại để nhận mã mới.");
        assertThat(portals.state().liveSessions("xacthuc.dichvucong.gov.vn")).isZero();

        // a new attempt sends a new code, which works
        Response retry = browser.submit(SSO + "/commonauth", "username", binh.vnconnect().username(),
                "password", binh.vnconnect().password(), "sessionDataKey", expired.inputValue("sessionDataKey"));
        assertThat(portals.sms().messages(binh.phone())).hasSize(2);
        Response landed = browser.submit(SSO + "/commonauth/otp", "otp", portals.sms().latestOtp(binh.phone()).orElseThrow(),
                "sessionDataKey", retry.inputValue("sessionDataKey"));
        assertThat(landed.url()).isEqualTo(HOME);
        // the top bar shows the portals' business date (MockOptions.portalDate), not the clock's
        assertThat(landed.body()).contains("Thứ Bảy, 15/06/2024").doesNotContain("03/06/2024");
    }
}
