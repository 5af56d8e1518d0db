package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vneidlink.mock.Flows.DOSSIERS;
import static vn.vneidlink.mock.Flows.HOME;
import static vn.vneidlink.mock.Flows.IDENTITY_TAB;
import static vn.vneidlink.mock.Flows.NATIONAL;
import static vn.vneidlink.mock.Flows.PROFILE;
import static vn.vneidlink.mock.Flows.SSO;
import static vn.vneidlink.mock.Flows.VNEID;
import static vn.vneidlink.mock.Flows.userName;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/**
 * The run-time controls ({@link MockControls}) and the behaviour they drive: business date and cutover, the mock
 * clock (OTP expiry, lockout), the VNeID SSO's delay and outage; plus the level-2 service, decline and no-store.
 */
class MockPortalsControlsTest {

    private static final String LOCKED = "Tài khoản đã bị tạm khóa do nhập sai mật khẩu quá 5 lần. Vui lòng thử lại sau 30 phút.";
    private static final String SUBMIT_SERVICE = NATIONAL + "/p/home/dvc-nop-ho-so-truc-tuyen.html";

    private final Citizen binh = Flows.citizen("synced-not-linked");

    private static MockPortals start(MockOptions options) {
        return MockPortals.start(options);
    }

    private static MockOptions defaults() {
        return MockOptions.defaults(Flows.MOCKS);
    }

    // ------------------------------------------------------------------ controls and dates

    @Test
    void defaultsAndOptionsAreReadable() {
        try (MockPortals portals = start(defaults())) {
            MockControls controls = portals.controls();
            assertThat(controls.portalDate()).isEqualTo(LocalDate.of(2024, 6, 15));
            assertThat(controls.cutoverDate()).isEqualTo(LocalDate.of(2024, 7, 1));
            assertThat(controls.afterCutover()).isFalse();
            assertThat(controls.vneidDelay()).isZero();
            assertThat(controls.vneidDown()).isFalse();
            assertThat(controls.clockOffset()).isZero();
            controls.setPortalDate(LocalDate.of(2024, 7, 1));
            assertThat(controls.afterCutover()).isTrue();
            assertThatThrownBy(() -> controls.advanceClock(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> controls.setVneidDelay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        }
        MockOptions options = defaults().withPortalDate(LocalDate.of(2024, 8, 2)).withCutoverDate(LocalDate.of(2024, 8, 1));
        assertThat(options.portalDate()).isEqualTo(LocalDate.of(2024, 8, 2));
        assertThat(options.cutoverDate()).isEqualTo(LocalDate.of(2024, 8, 1));
        try (MockPortals portals = start(options)) {
            assertThat(portals.controls().afterCutover()).isTrue();
        }
    }

    @Test
    void theTopBarShowsThePortalDateNotTheMachineClock() {
        try (MockPortals portals = start(defaults())) {
            TestBrowser browser = new TestBrowser(portals);
            assertThat(browser.open(HOME).body()).contains("Thứ Bảy, 15/06/2024");
            portals.controls().setPortalDate(LocalDate.of(2024, 7, 2));
            assertThat(browser.open(HOME).body()).contains("Thứ Ba, 02/07/2024");
            assertThat(browser.open(VNEID + "/static/css/portal.css").status()).isEqualTo(200);
        }
    }

    @Test
    void advanceClockMovesTheMockClockOnly() {
        MutableClock base = new MutableClock(Instant.parse("2024-06-15T02:00:00Z"));
        try (MockPortals portals = start(defaults().withClock(base))) {
            MockControls controls = portals.controls();
            controls.advanceClock(Duration.ofMinutes(3));
            controls.advanceClock(Duration.ofMinutes(4));
            assertThat(controls.clockOffset()).isEqualTo(Duration.ofMinutes(7));
            assertThat(controls.now()).isEqualTo(Instant.parse("2024-06-15T02:07:00Z"));
            base.advance(Duration.ofMinutes(1));
            assertThat(controls.clock().instant()).isEqualTo(Instant.parse("2024-06-15T02:08:00Z"));
            assertThat(controls.portalDate()).isEqualTo(LocalDate.of(2024, 6, 15));
        }
    }

    @Test
    void controlsCanBeChangedFromManyThreads() throws Exception {
        try (MockPortals portals = start(defaults())) {
            MockControls controls = portals.controls();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                Callable<Void> task = () -> {
                    for (int i = 0; i < 1000; i++) {
                        controls.advanceClock(Duration.ofSeconds(1));
                    }
                    return null;
                };
                for (Future<Void> f : pool.invokeAll(IntStream.range(0, 8).mapToObj(i -> task).toList())) {
                    f.get();
                }
            } finally {
                pool.shutdown();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(controls.clockOffset()).isEqualTo(Duration.ofSeconds(8000));
        }
    }

    // ------------------------------------------------------------------ lockout and OTP expiry

    @Test
    void fiveWrongPasswordsLockTheAccountForThirtyMinutes() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            String username = binh.vnconnect().username();
            Response page = flows.openSsoLoginPage();
            for (int attempt = 1; attempt <= 4; attempt++) {
                page = flows.submitPassword(page, username, "wrong-" + attempt);
                assertThat(page.textsOfClass("alert alert-danger"))
                        .containsExactly("Tên đăng nhập hoặc mật khẩu không chính xác (còn " + (5 - attempt) + " lần thử)");
                assertThat(page.textsOfClass("attempts-left")).containsExactly("(còn " + (5 - attempt) + " lần thử)");
            }
            assertThat(portals.state().lockedUntil(username)).isEmpty();
            page = flows.submitPassword(page, username, "wrong-5");
            assertThat(page.textsOfClass("alert alert-danger")).containsExactly(LOCKED);
            assertThat(portals.state().lockedUntil(username)).isPresent();

            // even the right password (or the CCCD as user name) is refused while locked; no OTP
            page = flows.submitPassword(page, username, binh.vnconnect().password());
            assertThat(page.textsOfClass("alert alert-danger")).containsExactly(LOCKED);
            page = flows.submitPassword(page, binh.cccd(), binh.vnconnect().password());
            assertThat(page.textsOfClass("alert alert-danger")).containsExactly(LOCKED);
            assertThat(portals.sms().all()).isEmpty();

            portals.controls().advanceClock(Duration.ofMinutes(29));
            page = flows.submitPassword(page, username, binh.vnconnect().password());
            assertThat(page.textsOfClass("alert alert-danger")).containsExactly(LOCKED);

            portals.controls().advanceClock(Duration.ofMinutes(2));
            assertThat(portals.state().lockedUntil(username)).isEmpty();
            Response otpPage = flows.submitPassword(page, username, binh.vnconnect().password());
            assertThat(otpPage.url()).startsWith(SSO + "/authenticationendpoint/otp.do");
            assertThat(portals.sms().latestOtp(binh.phone())).isPresent();
        }
    }

    @Test
    void aRightPasswordResetsTheCountAndOtherAccountsAreNotAffected() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            String username = binh.vnconnect().username();
            Response page = flows.openSsoLoginPage();
            for (int i = 0; i < 4; i++) {
                page = flows.submitPassword(page, username, "wrong");
            }
            Response otpPage = flows.submitPassword(page, username, binh.vnconnect().password());
            assertThat(otpPage.url()).startsWith(SSO + "/authenticationendpoint/otp.do");
            page = flows.openSsoLoginPage();
            page = flows.submitPassword(page, username, "wrong");
            assertThat(page.textsOfClass("attempts-left")).containsExactly("(còn 4 lần thử)");

            // an unknown user name: the plain message, nothing counted
            page = flows.submitPassword(page, "0999999999", "wrong");
            assertThat(page.textsOfClass("alert alert-danger")).containsExactly("Tên đăng nhập hoặc mật khẩu không chính xác");
            assertThat(portals.state().lockedUntil("0900000101")).isEmpty();
        }
    }

    @Test
    void anOtpExpiresAfterFiveMinutesOfTheMockClock() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            Response otpPage = flows.toOtpPage(binh);
            String otp = portals.sms().latestOtp(binh.phone()).orElseThrow();
            portals.controls().advanceClock(Duration.ofMinutes(6));
            Response expired = flows.browser.submit(SSO + "/commonauth/otp", "otp", otp, "sessionDataKey", otpPage.inputValue("sessionDataKey"));
            assertThat(expired.url()).startsWith(SSO + "/authenticationendpoint/otp.do");
            assertThat(expired.textsOfClass("alert alert-danger")).containsExactly("Mã OTP đã hết hạn. Vui lòng đăng nhập lại để nhận mã mới.");
            assertThat(portals.state().liveSessions(PortalHosts.NATIONAL_SSO)).isZero();
        }
    }

    @Test
    void aVneidCodeExpiresAfterFiveMinutesOfTheMockClockAndANewOneWorks() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            Flows.VneidLogin login = flows.vneidCredentials(flows.openVneidLoginPage(flows.openSsoLoginPage()), binh);
            String code = portals.vneidApp().codeShownFor(binh.cccd()).orElseThrow();
            portals.controls().advanceClock(Duration.ofMinutes(5));
            String expired = "{\"error\":\"invalid_grant_vneid\",\"error_description\":\"Mã OTP đã hết hiệu lực.\"}";
            Response refused = flows.vneidAction("verify-otp", login.req(), "otp", code);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).isEqualTo(expired);
            // the expired code is used up: refused the same way, and the app no longer shows it
            assertThat(flows.vneidAction("verify-otp", login.req(), "otp", code).body()).isEqualTo(expired);
            assertThat(portals.vneidApp().codeShownFor(binh.cccd())).isEmpty();
            assertThat(portals.state().account(binh.vnconnect().username()).orElseThrow().linked()).isFalse();

            // "Nhận mã qua SMS" (change-mode) sends a new code, which works
            Response sms = flows.vneidAction("change-mode", login.req(), "mode", "sms");
            assertThat(sms.status()).isEqualTo(200);
            assertThat(Flows.json(sms).get("phoneNumber").asText()).isEqualTo("090****102");
            assertThat(portals.sms().messages(binh.phone())).singleElement()
                    .satisfies(m -> assertThat(m.sender()).isEqualTo("VNeID"));
            Response landed = flows.followApproval(flows.vneidAction("verify-otp", login.req(), "otp",
                    portals.sms().latestOtp(binh.phone()).orElseThrow()));
            assertThat(landed.url()).isEqualTo(HOME);
            assertThat(portals.state().account(binh.vnconnect().username()).orElseThrow().linked()).isTrue();
        }
    }

    // ------------------------------------------------------------------ level-2 service

    @Test
    void aLevelOneVneidAccountIsRefusedTheLevelTwoService() {
        Citizen lan = Flows.citizen("vneid-level-1");
        assertThat(lan.vneid().level()).isEqualTo(1);
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            Response home = flows.vneidLogin(lan);
            assertThat(userName(home)).isEqualTo("Vũ Thị Lan");
            assertThat(home.hrefOf("class=\"tile\" href=\"/p/home/dvc-nop-ho-so-truc-tuyen.html")).isEqualTo("/p/home/dvc-nop-ho-so-truc-tuyen.html");
            Response service = flows.browser.open(SUBMIT_SERVICE);
            assertThat(service.status()).isEqualTo(200);
            assertThat(service.body()).contains("<h2>Nộp hồ sơ trực tuyến</h2>",
                    "<div id=\"level-error\" class=\"alert alert-danger\"").doesNotContain("submit-dossier-form");
            assertThat(service.textsOfClass("alert alert-danger")).containsExactly("Dịch vụ công này yêu cầu tài khoản định danh"
                    + " điện tử mức độ 2. Tài khoản của bạn đang ở mức độ 1: vui lòng nâng cấp lên mức độ 2 trên ứng dụng VNeID.");
            assertThat(service.header("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void levelTwoAndVnconnectLoginsGetTheForm() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            flows.vneidLogin(Flows.citizen("linked"));
            Response service = flows.browser.open(SUBMIT_SERVICE);
            assertThat(service.body()).contains("<form id=\"submit-dossier-form\"", "id=\"procedure\"", "<select",
                    "id=\"btn-submit-dossier\"", "Nộp hồ sơ</button>").doesNotContain("level-error");
        }
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(binh);
            assertThat(flows.browser.open(SUBMIT_SERVICE).body()).contains("id=\"submit-dossier-form\"").doesNotContain("level-error");
        }
    }

    @Test
    void theLevelTwoServiceNeedsASessionAndTheTokenCarriesTheLevel() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            assertThat(flows.browser.get(SUBMIT_SERVICE).location()).isEqualTo(NATIONAL + "/dang-nhap");
            // the level travels in the SSO subject: the id_token of a VNeID login names it
            Citizen lan = Flows.citizen("vneid-level-1");
            flows.vneidLogin(lan);
            // a client asking the SSO again (its session is live) gets a code for the same subject
            Response again = flows.browser.get(SSO + "/oauth2/authorize?response_type=code&client_id=dvcqg&redirect_uri="
                    + "https%3A%2F%2Fdichvucong.gov.vn%2Fsso&scope=openid&state=s");
            Response fresh = flows.browser.post(SSO + "/oauth2/token", "grant_type", "authorization_code",
                    "code", again.locationParam("code"), "redirect_uri", NATIONAL + "/sso", "client_id", "dvcqg");
            assertThat(fresh.body()).contains("\"sub\":\"vneid:045195000789\"");
            String idToken = fresh.body().replaceAll(".*\"id_token\":\"([^\"]+)\".*", "$1");
            String claims = new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(claims).contains("\"vneid_level\":1", "\"name\":\"Vũ Thị Lan\"");
        }
    }

    // ------------------------------------------------------------------ decline, no-store

    @Test
    void afterADeclineNeitherTheSsoNorThePortalIsSignedIn() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            Flows.VneidLogin login = flows.vneidCredentials(flows.openVneidLoginPage(flows.openSsoLoginPage()), binh);
            portals.vneidApp().decline(binh.cccd());
            Response declined = flows.vneidStatus(login.req());
            assertThat(Flows.json(declined).get("status").asText()).isEqualTo("declined");
            // the request is dropped: no code is ever issued for it
            Response gone = flows.vneidStatus(login.req());
            assertThat(gone.status()).isEqualTo(404);
            assertThat(Flows.json(gone).get("status").asText()).isEqualTo("unknown");
            assertThat(portals.state().liveSessions(PortalHosts.NATIONAL_SSO)).isZero();
            assertThat(portals.state().liveSessions(PortalHosts.NATIONAL)).isZero();
            assertThat(flows.browser.cookie(PortalHosts.NATIONAL, "DVC_SESSION")).isEmpty();
            assertThat(flows.browser.open(HOME).body()).contains("class=\"btn btn-register\"").doesNotContain("id=\"user-name\"");
            // "Quay lại trang đăng nhập": the VNeID login page of the same portal login, which then completes normally
            Response back = flows.browser.open(Flows.json(declined).get("restartUrl").asText());
            assertThat(back.url()).startsWith(VNEID + "/auth?response_type=code&client_id=xacthuc-dvcqg");
            assertThat(flows.approveInApp(flows.vneidCredentials(back, binh), binh).url()).isEqualTo(HOME);
            assertThat(portals.state().account(binh.vnconnect().username()).orElseThrow().linked()).isTrue();
        }
    }

    @Test
    void pagesThatNeedASessionAreNotStored() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(binh);
            for (String page : new String[] {PROFILE, IDENTITY_TAB, DOSSIERS, SUBMIT_SERVICE}) {
                Response r = flows.browser.get(page);
                assertThat(r.status()).as(page).isEqualTo(200);
                assertThat(r.header("Cache-Control")).as(page).contains("no-store");
            }
            flows.logout();
            Response again = flows.browser.get(PROFILE);
            assertThat(again.location()).isEqualTo(NATIONAL + "/dang-nhap");
            assertThat(again.header("Cache-Control")).contains("no-store");
        }
    }

    // ------------------------------------------------------------------ VNeID delay and outage

    @Test
    void theVneidDelayHoldsBackEveryVneidResponseOnly() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            Response ssoPage = flows.openSsoLoginPage();
            portals.controls().setVneidDelay(Duration.ofMillis(800));
            long started = System.nanoTime();
            Response vneidPage = flows.openVneidLoginPage(ssoPage);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
            assertThat(vneidPage.status()).isEqualTo(200);

            started = System.nanoTime();
            flows.browser.get(HOME);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(800));

            // the page's XHR are held back too
            started = System.nanoTime();
            Flows.VneidLogin login = flows.vneidCredentials(vneidPage, binh);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
            started = System.nanoTime();
            assertThat(flows.vneidStatus(login.req()).status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(800));

            portals.controls().setVneidDelay(Duration.ZERO);
            Response landed = flows.approveInApp(login, binh);
            assertThat(userName(landed)).isEqualTo("Trần Văn Bình");
        }
    }

    @Test
    void aVneidOutageAnswers503WithAClearPageAndSignsNobodyIn() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            portals.controls().setVneidDown(true);
            Response ssoPage = flows.openSsoLoginPage();
            Response down = flows.browser.open(SSO + ssoPage.hrefOf("class=\"login-IDP"));
            assertThat(down.url()).startsWith(VNEID + "/auth?");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body()).contains("<h2 class=\"card-title\">Không thể kết nối hệ thống định danh điện tử</h2>",
                    "id=\"error-message\"", "portal-vneid");
            assertThat(down.textsOfClass("alert alert-danger")).containsExactly("Hệ thống định danh điện tử đang gián đoạn. Vui lòng thử lại sau.");
            // the page's XHR too (the page's script shows the answer, an HTML page, in its place)
            Response xhr = flows.browser.get(Flows.VNEID_ACTIONS + "status?req=x");
            assertThat(xhr.status()).isEqualTo(503);
            assertThat(xhr.header("Content-Type").orElse("")).contains("text/html");
            assertThat(xhr.textsOfClass("alert alert-danger")).containsExactly("Hệ thống định danh điện tử đang gián đoạn. Vui lòng thử lại sau.");
            assertThat(flows.vneidAction("authenticate", "x", "username", binh.cccd(), "password", binh.vneid().password()).status())
                    .isEqualTo(503);
            // the stylesheet of the outage page is still served
            assertThat(flows.browser.get(VNEID + "/static/css/portal.css").status()).isEqualTo(200);
            assertThat(flows.browser.open(HOME).body()).contains("class=\"btn btn-register\"");
            assertThat(portals.state().liveSessions(PortalHosts.NATIONAL_SSO)).isZero();

            portals.controls().setVneidDown(false);
            assertThat(userName(flows.vneidLogin(binh))).isEqualTo("Trần Văn Bình");
            assertThat(portals.unmatchedRequests()).isEmpty();
        }
    }

    @Test
    void theVneidFirewallRejectsEveryVneidRequestWithASupportId() {
        try (MockPortals portals = start(defaults())) {
            Flows flows = new Flows(portals);
            Response page = flows.openVneidLoginPage(flows.openSsoLoginPage());
            portals.controls().setVneidFirewallRejects(true);
            portals.controls().setVneidDown(true); // the firewall stands in front of the SSO: its page wins
            portals.controls().setVneidDelay(Duration.ofSeconds(3)); // and is not delayed
            flows.browser.readTimeout(Duration.ofSeconds(2));
            for (Response rejected : new Response[] {
                    flows.browser.get(page.url()),
                    flows.vneidAction("authenticate", Flows.req(page), "username", binh.cccd(), "password", binh.vneid().password()),
                    flows.vneidStatus(Flows.req(page)),
                    flows.browser.get(VNEID + "/static/css/portal.css"),
                    flows.browser.get(VNEID + "/khong-co-trang-nay")}) {
                assertThat(rejected.status()).as(rejected.url()).isEqualTo(200);
                assertThat(rejected.header("Content-Type").orElse("")).contains("text/html");
                assertThat(rejected.body()).as(rejected.url()).matches("<html><head><title>Request Rejected</title></head><body>The requested URL was rejected."
                        + " Please consult with your administrator.<br><br>Your support ID is: \\d{19}<br><br>"
                        + "<a href='javascript:history.back\\(\\);'>\\[Go Back\\]</a></body></html>\\s*");
            }
            assertThat(portals.vneidApp().hasPendingRequest(binh.cccd())).isFalse();
            // the other portals are not behind it
            assertThat(flows.browser.get(HOME).status()).isEqualTo(200);

            portals.controls().setVneidFirewallRejects(false);
            portals.controls().setVneidDown(false);
            portals.controls().setVneidDelay(Duration.ZERO);
            assertThat(userName(flows.vneidLogin(binh))).isEqualTo("Trần Văn Bình");
            // every rejected request, the unknown page too, was answered by the firewall: none is unmatched
            assertThat(portals.unmatchedRequests()).isEmpty();
        }
    }
}
