package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vneidlink.mock.Flows.SSO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/**
 * The values a tester tries first, at HTTP level: the VNeID SSO's {@code authenticate} and {@code verify-otp}, the
 * national SSO's OTP, the CCCD prompt. The correct mocks refuse each with their message and change nothing; each
 * defect of issue 11 on these rules lets exactly its value through.
 */
class MockPortalsBoundaryInputsTest {

    private static final String WRONG_PAIR = "Số định danh cá nhân hoặc mật khẩu không đúng";
    private static final String CCCD_PROMPT = Flows.NATIONAL + "/p/home/dvc-cap-nhat-cccd.html";

    private final Citizen giang = Flows.citizen("linked");
    private final Citizen binh = Flows.citizen("synced-not-linked");
    private final Citizen cuc = Flows.citizen("no-cccd");
    private final Citizen yen = Flows.citizen("vneid-only");

    private static MockPortals start(PortalDefect... defects) {
        return MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(defects));
    }

    private static Response authenticate(Flows flows, String username, String password) {
        String req = Flows.req(flows.openVneidLoginPage(flows.openSsoLoginPage()));
        return flows.vneidAction("authenticate", req, "username", username, "password", password);
    }

    @Test
    void theVneidSsoRefusesEveryWrongPairWithOneMessageAndSendsNoCode() {
        String id = giang.cccd();
        String pw = giang.vneid().password();
        String[][] pairs = {{"", pw}, {id.substring(0, 11), pw}, {id + "0", pw}, {id.substring(0, 11) + "A", pw},
                {id.substring(0, 6) + " " + id.substring(6), pw}, {binh.cccd(), pw}, {id, ""}, {id, pw + "-sai"},
                {id, pw.toLowerCase()}, {id, binh.vneid().password()}};
        try (MockPortals portals = start()) {
            Flows flows = new Flows(portals);
            for (String[] pair : pairs) {
                Response answer = authenticate(flows, pair[0], pair[1]);
                assertThat(answer.status()).as("«%s»", pair[0]).isEqualTo(400);
                assertThat(Flows.json(answer).get("error_description").asText()).isEqualTo(WRONG_PAIR);
            }
            assertThat(portals.vneidApp().hasPendingRequest(giang.cccd())).isFalse();
            assertThat(portals.vneidApp().hasPendingRequest(binh.cccd())).isFalse();
            assertThat(portals.sms().latestOtp(giang.phone())).isEmpty();
        }
    }

    @Test
    void vneidIdPrefixMatchSendsACodeForElevenDigits() {
        try (MockPortals portals = start(PortalDefect.VNEID_ID_PREFIX_MATCH)) {
            Flows flows = new Flows(portals);
            Response answer = authenticate(flows, giang.cccd().substring(0, 11), giang.vneid().password());
            assertThat(answer.status()).isEqualTo(200);
            assertThat(portals.vneidApp().codeShownFor(giang.cccd())).isPresent();
            assertThat(authenticate(flows, "", giang.vneid().password()).status()).isEqualTo(400);
        }
    }

    @Test
    void vneidPasswordCaseInsensitiveOpensTheAccountWithTheLowerCasePassword() {
        try (MockPortals portals = start(PortalDefect.VNEID_PASSWORD_CASE_INSENSITIVE)) {
            Flows flows = new Flows(portals);
            assertThat(authenticate(flows, giang.cccd(), giang.vneid().password().toLowerCase()).status()).isEqualTo(200);
            assertThat(authenticate(flows, giang.cccd(), "").status()).isEqualTo(400);
        }
    }

    @ParameterizedTest(name = "defect on: {0}")
    @ValueSource(booleans = {false, true})
    void theCodeModalRefusesTheFirstFiveDigitsUnlessTheDefectIsOn(boolean defect) {
        try (MockPortals portals = defect ? start(PortalDefect.VNEID_CODE_PREFIX_ACCEPTED) : start()) {
            Flows flows = new Flows(portals);
            Flows.VneidLogin login = flows.vneidCredentials(flows.openVneidLoginPage(flows.openSsoLoginPage()), giang);
            String code = portals.vneidApp().codeShownFor(giang.cccd()).orElseThrow();
            assertThat(flows.vneidAction("verify-otp", login.req(), "otp", "").status()).isEqualTo(400);
            Response fiveDigits = flows.vneidAction("verify-otp", login.req(), "otp", code.substring(0, 5));
            assertThat(fiveDigits.status()).isEqualTo(defect ? 200 : 400);
            if (!defect) {
                assertThat(Flows.json(fiveDigits).get("error_description").asText()).isEqualTo("Mã OTP không chính xác.");
            }
        }
    }

    @ParameterizedTest(name = "defect on: {0}")
    @ValueSource(booleans = {false, true})
    void theOtpPageRefusesTheRightCodeWithASeventhDigitUnlessTheDefectIsOn(boolean defect) {
        try (MockPortals portals = defect ? start(PortalDefect.OTP_EXTRA_CHARACTERS_ACCEPTED) : start()) {
            Flows flows = new Flows(portals);
            Citizen hoa = Flows.citizen("never-synced");
            Response otpPage = flows.toOtpPage(hoa);
            String otp = portals.sms().latestOtp(hoa.phone()).orElseThrow();
            Response answer = flows.browser.submit(SSO + "/commonauth/otp", "otp", otp + "0",
                    "sessionDataKey", otpPage.inputValue("sessionDataKey"));
            if (defect) {
                assertThat(Flows.userName(answer)).isEqualTo(hoa.fullName());
            } else {
                assertThat(answer.url()).startsWith(SSO + "/authenticationendpoint/otp.do");
                assertThat(answer.body()).contains("Mã OTP không chính xác");
                assertThat(portals.state().liveSessions("dichvucong.gov.vn")).isZero();
            }
        }
    }

    @ParameterizedTest(name = "defect on: {0}")
    @ValueSource(booleans = {false, true})
    void theCccdPromptRefusesAnotherCitizensNumberUnlessTheDefectIsOn(boolean defect) {
        try (MockPortals portals = defect ? start(PortalDefect.CCCD_OF_ANOTHER_CITIZEN_SAVED) : start()) {
            Flows flows = new Flows(portals);
            assertThat(flows.vnconnectLogin(cuc).url()).isEqualTo(CCCD_PROMPT);
            Response answer = flows.browser.submit(CCCD_PROMPT, "action", "update", "cccd", yen.cccd());
            String saved = portals.state().account(cuc.vnconnect().username()).orElseThrow().cccd();
            if (defect) {
                assertThat(saved).isEqualTo(yen.cccd());
            } else {
                assertThat(answer.url()).isEqualTo(CCCD_PROMPT);
                assertThat(answer.body()).contains("Số định danh cá nhân không khớp với CSDL Quốc gia về Dân cư");
                assertThat(saved).isNull();
            }
        }
    }

    @ParameterizedTest(name = "defect on: {0}")
    @ValueSource(booleans = {false, true})
    void theCccdPromptSavesTheNumberWithoutSurroundingSpacesUnlessTheDefectIsOn(boolean defect) {
        try (MockPortals portals = defect ? start(PortalDefect.CCCD_SAVED_WITH_SPACES) : start()) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(cuc);
            flows.browser.submit(CCCD_PROMPT, "action", "update", "cccd", " " + cuc.cccd() + " ");
            assertThat(portals.state().account(cuc.vnconnect().username()).orElseThrow().cccd())
                    .isEqualTo(defect ? " " + cuc.cccd() + " " : cuc.cccd());
        }
    }
}
