package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vneidlink.mock.Flows.HOME;
import static vn.vneidlink.mock.Flows.SSO;
import static vn.vneidlink.mock.Flows.VNEID;
import static vn.vneidlink.mock.Flows.userName;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/**
 * The VNeID SSO as the real single-page app, at HTTP level: the page, then the XHR its script sends to
 * {@code /idp/sso/login-actions/} (authenticate, change-mode, verify-otp, status, qr-code) and their JSON answers,
 * with the VNeID app the suite plays.
 */
class MockPortalsVneidTest {

    private static final Instant START = Instant.parse("2024-06-15T02:00:00Z");
    private static final String WRONG_CODE = "{\"error\":\"invalid_grant_vneid\",\"error_description\":\"Mã OTP không chính xác.\"}";

    private final Citizen giang = Flows.citizen("linked");
    private final MutableClock clock = new MutableClock(START);
    private MockPortals portals;
    private Flows flows;

    @BeforeEach
    void start() {
        portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withClock(clock));
        flows = new Flows(portals);
    }

    @AfterEach
    void stop() {
        portals.close();
    }

    private String newLoginPage() {
        return Flows.req(flows.openVneidLoginPage(flows.openSsoLoginPage()));
    }

    @Test
    void theLoginPageIsOnePageWhoseScriptRendersTheFormTheModalAndTheQrTab() {
        Response page = flows.openVneidLoginPage(flows.openSsoLoginPage());
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.body()).contains("<div id=\"root\" class=\"vneid-app\" data-req=\"", "<template id=\"vneid-app\">",
                "data-actions=\"/idp/sso/login-actions/\"", "<form id=\"login-form\"",
                "<button type=\"submit\" class=\"ant-btn ant-btn-primary custom-btn-resolve\">Đăng nhập</button>",
                "<div id=\"otp-input\" class=\"otp-input\">", "class=\"ant-modal-body\"",
                "class=\"ant-btn ant-btn-primary custom-btn-resolve\" id=\"btn-confirm-otp\">Xác nhận</button>",
                "id=\"btn-change-mode-sms\">Nhận mã qua SMS</button>", "id=\"tab-qr\"", ">Quét mã QR</div>",
                "data-message-app=\"Mã xác nhận đăng nhập đã được gửi về ứng dụng VNeID\"",
                "<link rel=\"stylesheet\" href=\"/static/css/vneid-spa.css\">")
                .doesNotContain("<script src=", "kc-login", "/auth/login");
        assertThat(page.count("maxlength=\"1\"")).isEqualTo(6);
        assertThat(flows.browser.get(VNEID + "/static/css/vneid-spa.css").status()).isEqualTo(200);
    }

    @Test
    void authenticateSendsTheCodeToTheAppAndAnswersTheMaskedPhone() {
        String req = newLoginPage();
        Response answer = flows.vneidAction("authenticate", req, "username", giang.cccd(), "password", giang.vneid().password());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"otp\":true,\"mode\":\"app\",\"expiredDate\":"
                + START.plus(PortalState.OTP_VALIDITY).toEpochMilli() + ",\"phoneNumber\":\"090****106\"}");
        assertThat(portals.vneidApp().codeShownFor(giang.cccd())).hasValueSatisfying(code -> assertThat(code).matches("\\d{6}"));
        assertThat(portals.vneidApp().hasPendingRequest(giang.cccd())).isTrue();
        assertThat(portals.sms().all()).as("by default the code goes to the app, not by SMS").isEmpty();
        assertThat(flows.vneidStatus(req).body()).isEqualTo("{\"status\":\"pending\"}");
    }

    @Test
    void aWrongCodeIsRefusedInTheModalThenTheRightOneSignsIn() {
        String req = newLoginPage();
        flows.vneidAction("authenticate", req, "username", giang.cccd(), "password", giang.vneid().password());
        String code = portals.vneidApp().codeShownFor(giang.cccd()).orElseThrow();
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        for (String given : new String[] {wrong, "", "12345a"}) {
            Response refused = flows.vneidAction("verify-otp", req, "otp", given);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).isEqualTo(WRONG_CODE);
        }
        Response approved = flows.vneidAction("verify-otp", req, "otp", code);
        JsonNode json = Flows.json(approved);
        assertThat(json.get("status").asText()).isEqualTo("approved");
        assertThat(json.get("redirectUrl").asText()).matches(java.util.regex.Pattern.quote(SSO + "/commonauth?code=") + "[\\w-]+&state=[\\w-]+");
        Response landed = flows.browser.open(json.get("redirectUrl").asText());
        assertThat(landed.url()).isEqualTo(HOME);
        assertThat(userName(landed)).isEqualTo("Đỗ Văn Giang");
        // the request is done: nothing more to verify or poll
        assertThat(flows.vneidAction("verify-otp", req, "otp", code).body()).isEqualTo("{\"error\":\"invalid_request\",\"error_description\":"
                + "\"Yêu cầu đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng thực hiện lại từ trang dịch vụ.\"}");
        assertThat(flows.vneidStatus(req).status()).isEqualTo(404);
    }

    @Test
    void changeModeSendsANewCodeBySmsOrToTheApp() {
        String req = newLoginPage();
        Response tooEarly = flows.vneidAction("change-mode", req, "mode", "sms");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(Flows.json(tooEarly).get("error").asText()).isEqualTo("invalid_request");
        assertThat(portals.sms().all()).isEmpty();

        flows.vneidAction("authenticate", req, "username", giang.cccd(), "password", giang.vneid().password());
        String appCode = portals.vneidApp().codeShownFor(giang.cccd()).orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        Response sms = flows.vneidAction("change-mode", req, "mode", "sms");
        assertThat(sms.body()).isEqualTo("{\"otp\":true,\"mode\":\"sms\",\"expiredDate\":"
                + START.plus(Duration.ofMinutes(6)).toEpochMilli() + ",\"phoneNumber\":\"090****106\"}");
        SmsOutbox.SmsMessage message = portals.sms().latest(giang.phone()).orElseThrow();
        assertThat(message.sender()).isEqualTo("VNeID");
        assertThat(message.text()).isEqualTo("[VNeID] Mã xác thực (OTP) của bạn là " + message.otp()
                + ". Mã có hiệu lực trong 5 phút. Tuyệt đối không cung cấp mã này cho bất kỳ ai.");
        assertThat(portals.vneidApp().codeShownFor(giang.cccd())).as("the SMS code replaces the app's").isEmpty();
        assertThat(portals.vneidApp().hasPendingRequest(giang.cccd())).as("the app still holds the request (to decline it)").isTrue();
        if (!appCode.equals(message.otp())) {
            assertThat(flows.vneidAction("verify-otp", req, "otp", appCode).body()).isEqualTo(WRONG_CODE);
        }

        Response unknownMode = flows.vneidAction("change-mode", req, "mode", "fax");
        assertThat(unknownMode.status()).isEqualTo(400);
        assertThat(Flows.json(unknownMode).get("error_description").asText()).isEqualTo("Phương thức nhận mã không hợp lệ: \"fax\".");

        Response backToApp = flows.vneidAction("change-mode", req, "mode", "app");
        assertThat(Flows.json(backToApp).get("mode").asText()).isEqualTo("app");
        assertThat(portals.sms().messages(giang.phone())).hasSize(1);
        String newAppCode = portals.vneidApp().codeShownFor(giang.cccd()).orElseThrow();
        assertThat(flows.followApproval(flows.vneidAction("verify-otp", req, "otp", newAppCode)).url()).isEqualTo(HOME);
    }

    @Test
    void anAppThatDoesNotAllowWebLoginIsRefusedAndGetsNoCode() {
        Citizen mai = Flows.citizen("vneid-web-login-off");
        assertThat(mai.vneid().webLoginAllowed()).isFalse();
        assertThat(giang.vneid().webLoginAllowed()).as("absent in citizens.json: allowed").isTrue();
        String req = newLoginPage();
        Response refused = flows.vneidAction("authenticate", req, "username", mai.cccd(), "password", mai.vneid().password());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("{\"error\":\"invalid_grant_vneid\",\"error_description\":\"Tài khoản định danh điện tử"
                + " chưa cho phép đăng nhập trên web. Vui lòng bật chức năng đăng nhập trên web trong ứng dụng VNeID.\"}");
        assertThat(portals.vneidApp().hasPendingRequest(mai.cccd())).isFalse();
        assertThat(portals.vneidApp().codeShownFor(mai.cccd())).isEmpty();
        assertThat(portals.sms().all()).isEmpty();
        // a wrong password says only that, whatever the app allows
        Response wrong = flows.vneidAction("authenticate", req, "username", mai.cccd(), "password", "sai");
        assertThat(Flows.json(wrong).get("error_description").asText()).isEqualTo("Số định danh cá nhân hoặc mật khẩu không đúng");
        // nor may the app scan a QR code
        String payload = Flows.json(flows.vneidAction("qr-code", req)).get("qrCode").asText();
        assertThatThrownBy(() -> portals.vneidApp().scanQr(mai.cccd(), payload))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has not allowed web logins");
        assertThat(flows.vneidStatus(req).body()).isEqualTo("{\"status\":\"waiting\"}");
    }

    @Test
    void theQrLoginIsAScanThenThePasscodeInTheApp() {
        String req = newLoginPage();
        assertThat(flows.vneidStatus(req).body()).isEqualTo("{\"status\":\"none\"}");
        Response qr = flows.vneidAction("qr-code", req);
        assertThat(qr.status()).isEqualTo(200);
        String payload = Flows.json(qr).get("qrCode").asText();
        assertThat(payload).matches("vneid-login:[\\w-]{24}");
        assertThat(Flows.json(qr).get("expiredDate").asLong()).isEqualTo(START.plus(PortalState.OTP_VALIDITY).toEpochMilli());
        assertThat(flows.vneidStatus(req).body()).isEqualTo("{\"status\":\"waiting\"}");

        portals.vneidApp().scanQr(giang.cccd(), payload);
        assertThat(flows.vneidStatus(req).body()).isEqualTo("{\"status\":\"scanned\"}");
        assertThat(portals.vneidApp().hasPendingRequest(giang.cccd())).isTrue();
        assertThat(portals.vneidApp().codeShownFor(giang.cccd())).isEmpty();
        assertThatThrownBy(() -> portals.vneidApp().scanQr(giang.cccd(), payload)).isInstanceOf(IllegalStateException.class);

        assertThat(portals.vneidApp().confirmWithPasscode(giang.cccd(), "000000")).as("a wrong passcode").isFalse();
        assertThat(flows.vneidStatus(req).body()).isEqualTo("{\"status\":\"scanned\"}");
        assertThat(portals.vneidApp().confirmWithPasscode(giang.cccd(), giang.vneid().passcode())).isTrue();
        Response landed = flows.followApproval(flows.vneidStatus(req));
        assertThat(landed.url()).isEqualTo(HOME);
        assertThat(userName(landed)).isEqualTo("Đỗ Văn Giang");
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void aScannedQrLoginCanBeDeclinedAndAnOldQrCodeCannotBeScanned() {
        String req = newLoginPage();
        String payload = Flows.json(flows.vneidAction("qr-code", req)).get("qrCode").asText();
        portals.vneidApp().scanQr(giang.cccd(), payload);
        portals.vneidApp().decline(giang.cccd());
        JsonNode declined = Flows.json(flows.vneidStatus(req));
        assertThat(declined.get("status").asText()).isEqualTo("declined");
        assertThat(declined.get("error_description").asText()).isEqualTo("Yêu cầu đăng nhập đã bị từ chối trên ứng dụng VNeID");
        assertThat(declined.get("restartUrl").asText()).startsWith(VNEID + "/auth?response_type=code&client_id=xacthuc-dvcqg");
        assertThat(portals.state().liveSessions(PortalHosts.NATIONAL_SSO)).isZero();

        String later = newLoginPage();
        String old = Flows.json(flows.vneidAction("qr-code", later)).get("qrCode").asText();
        clock.advance(PortalState.OTP_VALIDITY);
        assertThatThrownBy(() -> portals.vneidApp().scanQr(giang.cccd(), old))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("older than 5 minutes");
    }

    @Test
    void anUnknownRequestIsRefusedByEveryAction() {
        String expired = "{\"error\":\"invalid_request\",\"error_description\":\"Yêu cầu đăng nhập không hợp lệ hoặc đã hết hạn."
                + " Vui lòng thực hiện lại từ trang dịch vụ.\"}";
        for (String action : new String[] {"authenticate", "change-mode", "verify-otp", "qr-code"}) {
            Response refused = flows.vneidAction(action, "khong-co");
            assertThat(refused.status()).as(action).isEqualTo(400);
            assertThat(refused.body()).as(action).isEqualTo(expired);
        }
        Response status = flows.vneidStatus("khong-co");
        assertThat(status.status()).isEqualTo(404);
        assertThat(Flows.json(status).get("status").asText()).isEqualTo("unknown");
    }
}
