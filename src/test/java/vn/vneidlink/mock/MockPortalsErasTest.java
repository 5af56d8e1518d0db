package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vneidlink.mock.Flows.NATIONAL;
import static vn.vneidlink.mock.Flows.SSO;
import static vn.vneidlink.mock.Flows.VNEID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.Era;
import vn.vneidlink.mock.TestBrowser.Response;

/** The eras of the mock portals (REAL-PORTALS.md): the national SSO after the cutover, and today's national portal. */
class MockPortalsErasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Citizen binh = Flows.citizen("synced-not-linked");

    private static MockPortals start(MockOptions options) {
        return MockPortals.start(options);
    }

    /** The options of the choice page after the cutover, as "id label", in page order. */
    private static List<String> options(Response page) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<a id=\"(icon-\\d)\" class=\"idp-option[^\"]*\" href=\"[^\"]*\">([^<]*)</a>")
                .matcher(page.body());
        while (m.find()) {
            found.add(m.group(1) + " " + m.group(2));
        }
        return found;
    }

    // ------------------------------------------------------------------ the guide's era and after the cutover

    @Test
    void beforeTheCutoverTheChoicePageIsTheGuides() {
        try (MockPortals portals = start(MockOptions.defaults(Flows.MOCKS).withPortalDate(LocalDate.of(2024, 6, 30)))) {
            Flows flows = new Flows(portals);
            Response page = flows.openSsoLoginPage();
            assertThat(page.textsOfClass("option-title")).containsExactly("Tài khoản cấp bởi Cổng dịch vụ công quốc gia",
                    "Tài khoản định danh điện tử cấp bởi Bộ Công an", "Tài khoản USB ký số", "Tài khoản SIM ký số");
            assertThat(page.body()).contains("id=\"vnconnect-form\"").doesNotContain("idp-option", "cutover");
            assertThat(Flows.userName(flows.vnconnectLogin(page, binh))).isEqualTo("Trần Văn Bình");
        }
    }

    @Test
    void afterTheCutoverTheChoicePageIsRelabelledWithoutTheCitizenVnconnectLogin() throws Exception {
        try (MockPortals portals = start(MockOptions.defaults(Flows.MOCKS).withEra(Era.AFTER_CUTOVER))) {
            assertThat(portals.controls().portalDate()).isEqualTo(LocalDate.of(2024, 9, 16));
            Flows flows = new Flows(portals);
            Response page = flows.openSsoLoginPage();
            assertThat(page.body()).doesNotContain("vnconnect-form", "id=\"username\"")
                    .contains("Chọn loại tài khoản bạn muốn sử dụng đăng nhập Cổng dịch vụ công Quốc Gia", "Thông báo từ hệ thống");
            assertThat(options(page)).containsExactly(
                    "icon-1 Tài khoản cấp bởi Cổng dịch vụ công quốc gia dành cho Doanh nghiệp/Tổ chức",
                    "icon-2 Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân",
                    "icon-3 Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Tổ chức, doanh nghiệp");
            String key = TestBrowser.queryParam(page.url(), "sessionDataKey");
            assertThat(page.hrefOf("id=\"icon-2\"")).isEqualTo("../commonauth?idp=IDP%20BCA&sessionDataKey=" + key);
            assertThat(page.body()).contains("id=\"icon-2\" class=\"idp-option login-IDP\"");
            assertThat(page.hrefOf("id=\"icon-1\"")).isEqualTo("../commonauth?idp=Vnconnect%20DVC&sessionDataKey=" + key);

            // the citizen's VNeID option goes to the VNeID SSO as this SSO's client
            Response toVneid = flows.browser.get(SSO + "/commonauth?idp=IDP%20BCA&sessionDataKey=" + key);
            assertThat(toVneid.location()).startsWith(VNEID + "/auth?response_type=code&client_id=xacthuc-dvcqg&redirect_uri=");

            // the organisations' VNconnect form refuses a citizen's account; a citizen VNconnect login posted anyway too
            Response orgForm = flows.browser.open(SSO + "/commonauth?idp=Vnconnect%20DVC&sessionDataKey=" + key);
            assertThat(orgForm.body()).contains("id=\"organisation-form\"", "Tài khoản cấp bởi Cổng dịch vụ công quốc gia dành cho Doanh nghiệp/Tổ chức");
            Response orgRefused = flows.browser.submit(SSO + "/commonauth", "idp", "Vnconnect DVC", "username", binh.vnconnect().username(),
                    "password", binh.vnconnect().password(), "sessionDataKey", key);
            assertThat(orgRefused.textsOfClass("alert alert-danger")).containsExactly("Tên đăng nhập hoặc mật khẩu không chính xác");
            Response refused = flows.submitPassword(page, binh.vnconnect().username(), binh.vnconnect().password());
            assertThat(refused.textsOfClass("alert alert-danger")).containsExactly("Đăng nhập không thành công");
            assertThat(portals.sms().all()).isEmpty();
            assertThat(portals.state().liveSessions(PortalHosts.NATIONAL_SSO)).isZero();
            assertThat(portals.unmatchedRequests()).isEmpty();
        }
    }

    @Test
    void anOtpAskedBeforeTheCutoverIsRefusedAfterIt() {
        try (MockPortals portals = start(MockOptions.defaults(Flows.MOCKS))) {
            Flows flows = new Flows(portals);
            Response otpPage = flows.toOtpPage(binh);
            portals.controls().setPortalDate(LocalDate.of(2024, 7, 1));
            Response refused = flows.browser.submit(SSO + "/commonauth/otp", "otp", portals.sms().latestOtp(binh.phone()).orElseThrow(),
                    "sessionDataKey", otpPage.inputValue("sessionDataKey"));
            assertThat(refused.textsOfClass("alert alert-danger")).containsExactly("Đăng nhập không thành công");
            assertThat(portals.state().liveSessions(PortalHosts.NATIONAL_SSO)).isZero();
        }
    }

    @Test
    void theEraDefectsOfTheChoicePage() {
        try (MockPortals portals = start(MockOptions.defaults(Flows.MOCKS).withEra(Era.AFTER_CUTOVER)
                .withDefects(PortalDefect.CITIZEN_VNEID_OPTION_MISSING))) {
            Response page = new Flows(portals).openSsoLoginPage();
            assertThat(options(page)).containsExactly(
                    "icon-1 Tài khoản cấp bởi Cổng dịch vụ công quốc gia dành cho Doanh nghiệp/Tổ chức",
                    "icon-3 Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Tổ chức, doanh nghiệp");
            assertThat(page.body()).doesNotContain("login-IDP");
        }
        try (MockPortals portals = start(MockOptions.defaults(Flows.MOCKS).withEra(Era.AFTER_CUTOVER)
                .withDefects(PortalDefect.CUTOVER_IGNORED))) {
            Flows flows = new Flows(portals);
            Response page = flows.openSsoLoginPage();
            assertThat(page.body()).contains("id=\"vnconnect-form\"");
            assertThat(Flows.userName(flows.vnconnectLogin(page, binh))).isEqualTo("Trần Văn Bình");
        }
    }

    // ------------------------------------------------------------------ today

    @Test
    void todaysNationalPortalIsAClientRenderedAppWhoseLoginGoesStraightToVneid() throws Exception {
        try (MockPortals portals = start(MockOptions.defaults(Flows.MOCKS).withEra(Era.TODAY))) {
            assertThat(portals.hosts()).contains(PortalHosts.VPCP);
            TestBrowser browser = new TestBrowser(portals);
            Response shell = browser.get(NATIONAL + "/");
            assertThat(shell.status()).isEqualTo(200);
            assertThat(shell.body()).contains("<header id=\"app-header\"", "data-session=\"/api/v1/session\"", "/static/js/dvc-today.js",
                    "Cơ quan chủ quản: Trung tâm dữ liệu quốc gia - Bộ Công an")
                    .doesNotContain("Đăng nhập", "dang-nhap", "tile-label", "Văn phòng Chính phủ");
            assertThat(browser.get(NATIONAL + "/static/js/dvc-today.js").header("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/javascript"));

            Response session = browser.get(NATIONAL + "/api/v1/session");
            JsonNode json = JSON.readTree(session.body());
            assertThat(json.get("signedIn").asBoolean()).isFalse();
            String login = json.get("loginUrl").asText();
            assertThat(login).startsWith(VNEID + "/auth?response_type=code&client_id=sso-c12-dvc-web"
                    + "&redirect_uri=https%3A%2F%2Fdichvucong.gov.vn%2Fsso&scope=openid&state=");
            assertThat(session.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("DVC_OAUTH="));
            List<String> menus = new ArrayList<>();
            json.get("servicesMenu").forEach(e -> menus.add(e.get("label").asText() + " " + e.get("href").asText()));
            assertThat(menus).containsExactly("Thủ tục hành chính /thu-tuc-hanh-chinh", "Tra cứu thủ tục /tra-cuu-thu-tuc/danh-sach",
                    "Dịch vụ công trực tuyến /dvc-dich-vu-cong-truc-tuyen", "Tra cứu hồ sơ /tra-cuu-ho-so",
                    "Thanh toán trực tuyến /thanh-toan-truc-tuyen", "Phản ánh kiến nghị /phan-anh-kien-nghi");
            assertThat(browser.get(VNEID + "/auth" + login.substring(login.indexOf('?'))).status()).isEqualTo(200);

            // the old pages: blank here, kept on vpcp
            Response old = browser.get(NATIONAL + "/p/home/dvc-trang-chu.html");
            assertThat(old.status()).isEqualTo(200);
            assertThat(old.body()).contains("<body></body>");
            Response vpcp = browser.get("https://" + PortalHosts.VPCP + "/p/home/dvc-trang-chu.html");
            assertThat(vpcp.status()).isEqualTo(200);
            assertThat(vpcp.body()).contains("CỔNG DỊCH VỤ CÔNG QUỐC GIA", "Văn phòng Chính phủ");
            assertThat(browser.get("https://" + PortalHosts.VPCP + "/dang-nhap").location()).isEqualTo(NATIONAL + "/");
            assertThat(portals.unmatchedRequests()).isEmpty();
        }
    }

    @Test
    void todaysEraDefectsChangeTheLoginLinkAndTheCallback() throws Exception {
        try (MockPortals portals = start(MockOptions.defaults(Flows.MOCKS).withEra(Era.TODAY)
                .withDefects(PortalDefect.TODAY_LOGIN_WRONG_CALLBACK))) {
            String login = JSON.readTree(new TestBrowser(portals).get(NATIONAL + "/api/v1/session").body()).get("loginUrl").asText();
            assertThat(login).contains("&redirect_uri=https%3A%2F%2Fvpcp.dichvucong.gov.vn%2Fsso&");
            assertThat(new TestBrowser(portals).get(login).status()).as("the VNeID SSO refuses the callback").isEqualTo(400);
        }
    }
}
