package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vneidlink.mock.Flows.DOSSIERS;
import static vn.vneidlink.mock.Flows.HOME;
import static vn.vneidlink.mock.Flows.IDENTITY_TAB;
import static vn.vneidlink.mock.Flows.NATIONAL;
import static vn.vneidlink.mock.Flows.PROFILE;
import static vn.vneidlink.mock.Flows.QUANGTRI;
import static vn.vneidlink.mock.Flows.SSO;
import static vn.vneidlink.mock.Flows.userName;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/** The guide's whole flow at HTTP level: sync, logout, VNeID login links, the province shows the same dossiers. */
class MockPortalsHappyPathTest {

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
    void syncThenVneidLoginLinksTheAccountAndTheProvinceShowsTheSameDossiers() {
        Citizen hoa = Flows.citizen("never-synced");

        // the national home page, logged out
        Response root = browser.get(NATIONAL + "/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.location()).isEqualTo(HOME);
        Response home = browser.follow(root);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("class=\"btn btn-register\"", "class=\"btn btn-login\"", "CỔNG DỊCH VỤ CÔNG QUỐC GIA",
                "Nộp hồ sơ trực tuyến", "Cơ quan chủ quản: Văn phòng Chính phủ").doesNotContain("id=\"user-name\"");

        // "Đăng nhập": a real authorization-code redirect with a state
        Response login = browser.get(NATIONAL + "/dang-nhap");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).startsWith(SSO + "/oauth2/authorize?response_type=code&client_id=dvcqg"
                + "&redirect_uri=https%3A%2F%2Fdichvucong.gov.vn%2Fsso&scope=openid&acr_values=LoA1&state=");
        assertThat(login.locationParam("state")).isNotBlank();
        Response ssoPage = browser.follow(login);
        assertThat(ssoPage.body()).contains("<title>Đăng nhập - Hệ thống xác thực</title>", "ĐĂNG NHẬP",
                "id=\"vnconnect-form\"", "placeholder=\"Số CCCD/Số điện thoại\"", "class=\"login-IDP",
                "Tài khoản cấp bởi Cổng dịch vụ công quốc gia", "Tài khoản định danh điện tử cấp bởi Bộ Công an",
                "Tài khoản USB ký số", "Tài khoản SIM ký số").doesNotContain("id=\"system-notice\"");

        // VNconnect: password, then the SMS OTP
        Response landed = flows.vnconnectLogin(ssoPage, hoa);
        assertThat(landed.url()).isEqualTo(HOME);
        assertThat(userName(landed)).isEqualTo("Nguyễn Thị Hoà");
        assertThat(landed.body()).contains("id=\"user-dropdown\"", "Thông tin cá nhân", "Quản lý hồ sơ đã nộp", "Đăng xuất");
        assertThat(browser.cookie("dichvucong.gov.vn", "DVC_SESSION")).isPresent();
        assertThat(browser.cookie("xacthuc.dichvucong.gov.vn", "commonAuthId")).isPresent();

        // personal information: account tab, then identity tab, not synced
        Response account = browser.open(PROFILE);
        assertThat(account.body()).contains("id=\"tab-account\" href=\"/p/home/dvc-thong-tin-ca-nhan.html?tab=tai-khoan\" class=\"active\"",
                "id=\"account-info\"", "Tên đăng nhập", "0900000101", "Tài khoản cấp bởi Cổng dịch vụ công quốc gia");
        Response identity = browser.open(IDENTITY_TAB);
        assertThat(identity.textsOfClass("not-synced")).containsExactly("Chưa đồng bộ với CSDL Quốc gia về Dân cư");
        assertThat(identity.body()).contains("id=\"identity-fields\"", "data-field=\"birthDate\"", "12/03/1985",
                "id=\"btn-fetch-population\"").doesNotContain("verified-check", "id=\"btn-save\"", "id=\"linked-accounts\"");

        // "Cập nhật CSDL Quốc gia về Dân cư": green checks and "Cập nhật"; then saved
        Response fetched = browser.submit(PROFILE, "action", "fetch");
        assertThat(fetched.url()).isEqualTo(IDENTITY_TAB);
        assertThat(fetched.count("class=\"verified-check\"")).isEqualTo(5);
        assertThat(fetched.body()).contains("Xã Gio Mỹ, huyện Gio Linh, tỉnh Quảng Trị", "Nữ", "id=\"btn-save\"");
        Response saved = browser.submit(PROFILE, "action", "save");
        assertThat(saved.textsOfClass("alert alert-success")).containsExactly("Cập nhật thông tin thành công");
        assertThat(saved.textsOfClass("synced")).containsExactly("Đã đồng bộ với CSDL Quốc gia về Dân cư");
        assertThat(saved.count("class=\"verified-check\"")).isEqualTo(5);
        assertThat(portals.state().account("0900000101").orElseThrow().synced()).isTrue();

        // "Đăng xuất": both sessions end, the SSO remembers to show the notice
        Response loggedOut = browser.get(NATIONAL + "/dang-xuat");
        assertThat(loggedOut.location()).isEqualTo(SSO + "/oidc/logout?post_logout_redirect_uri="
                + "https%3A%2F%2Fdichvucong.gov.vn%2Fp%2Fhome%2Fdvc-trang-chu.html");
        Response afterLogout = browser.follow(loggedOut);
        assertThat(afterLogout.url()).isEqualTo(HOME);
        assertThat(afterLogout.body()).contains("class=\"btn btn-register\"").doesNotContain("id=\"user-name\"");
        assertThat(portals.state().liveSessions("dichvucong.gov.vn")).isZero();
        assertThat(portals.state().liveSessions("xacthuc.dichvucong.gov.vn")).isZero();

        // the personal page asks for login again; the SSO page shows "Thông báo hệ thống"
        Response again = browser.open(PROFILE);
        assertThat(again.url()).startsWith(SSO + "/authenticationendpoint/login.do");
        assertThat(again.body()).contains("id=\"system-notice\" class=\"modal\"", "Thông báo hệ thống",
                "Vui lòng đăng nhập bằng tài khoản định danh điện tử VNeID để hoàn tất liên kết tài khoản.",
                "id=\"btn-notice-vneid\"", "id=\"btn-notice-close\"", "class=\"modal-backdrop\"");
        assertThat(again.hrefOf("id=\"btn-notice-vneid\"")).isEqualTo(again.hrefOf("class=\"login-IDP"));

        // VNeID: ID number and password, approval in the app: linked
        Response vneidPage = flows.openVneidLoginPage(again);
        Flows.VneidLogin vneidLogin = flows.vneidCredentials(vneidPage, hoa);
        Response linked = flows.approveInApp(vneidLogin, hoa);
        assertThat(linked.url()).isEqualTo(HOME);
        assertThat(userName(linked)).isEqualTo("Nguyễn Thị Hoà");
        assertThat(portals.state().account("0900000101").orElseThrow().linkedVneid()).isEqualTo("045185000123");
        assertThat(portals.state().separateVneidAccount("045185000123")).isEmpty();

        Response linkedIdentity = browser.open(IDENTITY_TAB);
        assertThat(linkedIdentity.body()).contains("id=\"linked-accounts\"", "DANH SÁCH TÀI KHOẢN LIÊN KẾT", "class=\"linked-account\"");
        assertThat(linkedIdentity.textsOfClass("account-name")).containsExactly("0900000101");
        assertThat(linkedIdentity.textsOfClass("account-kind")).containsExactly("Tài khoản cấp bởi Cổng dịch vụ công quốc gia");
        assertThat(linkedIdentity.textsOfClass("linked-at")).singleElement().asString().matches("\\d{2}/\\d{2}/\\d{4}");
        Response linkedAccount = browser.open(PROFILE);
        assertThat(linkedAccount.body()).contains("Tài khoản định danh điện tử cấp bởi Bộ Công an", "045185000123");

        Response dossiers = browser.open(DOSSIERS);
        assertThat(dossiers.textsOfClass("dossier-code")).containsExactly("G22.45.07-231102-0012", "G22.45.07-240108-0031");
        assertThat(dossiers.textsOfClass("dossier-submitted")).containsExactly("02/11/2023", "08/01/2024");

        // the provincial system signs in through the same SSO session: same person, same dossiers
        Response provinceHome = browser.open(QUANGTRI + "/");
        assertThat(provinceHome.body()).contains("HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH QUẢNG TRỊ",
                "class=\"login-btn\"", "Trung tâm Phục vụ hành chính công tỉnh Quảng Trị", "portal-province");
        Response provinceLogin = browser.get(QUANGTRI + "/dang-nhap");
        assertThat(provinceLogin.location()).contains("client_id=dvc-quangtri",
                "redirect_uri=https%3A%2F%2Fdichvucong.quangtri.gov.vn%2Fsso");
        Response provinceLanded = browser.follow(provinceLogin);
        assertThat(provinceLanded.url()).isEqualTo(QUANGTRI + "/");
        assertThat(userName(provinceLanded)).isEqualTo("Nguyễn Thị Hoà");
        assertThat(browser.cookie("dichvucong.quangtri.gov.vn", "QUANGTRI_SESSION")).isPresent();
        Response provinceDossiers = browser.open(QUANGTRI + "/ho-so-cua-toi");
        assertThat(provinceDossiers.body()).contains("<h2 class=\"card-title\">Hồ sơ của tôi</h2>", "id=\"dossier-table\"");
        assertThat(provinceDossiers.textsOfClass("dossier-code")).containsExactly("G22.45.07-231102-0012", "G22.45.07-240108-0031");

        // provincial logout ends the provincial session only
        Response provinceOut = browser.open(QUANGTRI + "/dang-xuat");
        assertThat(provinceOut.url()).isEqualTo(QUANGTRI + "/");
        assertThat(provinceOut.body()).contains("class=\"login-btn\"");
        assertThat(browser.get(QUANGTRI + "/ho-so-cua-toi").location()).isEqualTo(QUANGTRI + "/dang-nhap");

        assertThat(portals.unmatchedRequests()).isEmpty();
        assertEveryPageIsAFullVietnameseDocument(browser);

        // the portal's callback set its session and cleared the pre-session cookie: two Set-Cookie headers
        Response callback = browser.responses.stream().filter(r -> r.url().startsWith(NATIONAL + "/sso?")).findFirst().orElseThrow();
        assertThat(callback.headers("Set-Cookie")).hasSize(2)
                .anySatisfy(c -> assertThat(c).startsWith("DVC_SESSION=").contains("HttpOnly", "Path=/"))
                .anySatisfy(c -> assertThat(c).startsWith("DVC_OAUTH=;").contains("Max-Age=0"));
    }

    static void assertEveryPageIsAFullVietnameseDocument(TestBrowser browser) {
        List<Response> pages = browser.responses.stream()
                .filter(r -> r.header("Content-Type").orElse("").startsWith("text/html"))
                .toList();
        assertThat(pages).hasSizeGreaterThan(18); // the VNeID SSO is one page: its steps are XHR (JSON)
        for (Response page : pages) {
            String host = java.net.URI.create(page.url()).getHost();
            String bodyClass = switch (host) {
                case "dichvucong.gov.vn" -> "portal-national";
                case "xacthuc.dichvucong.gov.vn" -> "portal-sso";
                case "sso.dancuquocgia.gov.vn" -> "portal-vneid";
                default -> "portal-province";
            };
            assertThat(page.header("Content-Type")).as(page.url()).contains("text/html; charset=utf-8");
            assertThat(page.body()).as(page.url())
                    .startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")
                    .contains("<meta charset=\"utf-8\">", "<link rel=\"stylesheet\" href=\"/static/css/portal.css\">",
                            "<body class=\"" + bodyClass, "class=\"site-header\"", "class=\"site-footer\"", "class=\"topbar\"");
            assertThat(page.body().strip()).as(page.url()).endsWith("</html>");
            if (page.body().contains("id=\"user-name\"")) {
                assertThat(page.body()).as(page.url()).contains("id=\"user-dropdown\" class=\"user-dropdown\"",
                        "menu.classList.toggle('open')");
            }
        }
    }

    @Test
    void signingInAgainWithVneidKeepsTheLinkAndNeedsTheVneidPasswordAgain() {
        Citizen giang = Flows.citizen("linked");
        Response first = flows.vneidLogin(giang);
        assertThat(userName(first)).isEqualTo("Đỗ Văn Giang");
        assertThat(browser.open(DOSSIERS).textsOfClass("dossier-code")).containsExactly("G22.45.02-231030-0078");
        flows.logout();

        // the VNeID SSO keeps no session: it asks for the ID number and password again
        Response second = flows.openVneidLoginPage(flows.openSsoLoginPage());
        Response landed = flows.approveByOtp(flows.vneidCredentials(second, giang), giang);
        assertThat(landed.url()).isEqualTo(HOME);
        assertThat(browser.open(IDENTITY_TAB).textsOfClass("account-name")).containsExactly("0900000106");
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void vneidLoginWithoutSyncOpensASeparateAccountWithoutDossiers() {
        Citizen hoa = Flows.citizen("never-synced");
        Response landed = flows.vneidLogin(hoa);
        assertThat(userName(landed)).isEqualTo("Nguyễn Thị Hoà");
        assertThat(browser.open(DOSSIERS).body()).contains("<p class=\"empty\">Không có hồ sơ nào</p>")
                .doesNotContain("class=\"dossier\"");
        Response identity = browser.open(IDENTITY_TAB);
        assertThat(identity.body()).contains("id=\"linked-accounts\"", "<p class=\"empty\">Chưa có tài khoản liên kết</p>")
                .doesNotContain("class=\"linked-account\"");
        assertThat(portals.state().account("0900000101").orElseThrow().linked()).isFalse();
        assertThat(portals.state().separateVneidAccount("045185000123")).isPresent();
    }

    @Test
    void aCitizenWithoutCccdIsPromptedAndCanUpdateIt() {
        Citizen cuc = Flows.citizen("no-cccd");
        Response prompt = flows.vnconnectLogin(cuc);
        assertThat(prompt.url()).isEqualTo(NATIONAL + "/p/home/dvc-cap-nhat-cccd.html");
        assertThat(prompt.body()).contains("Cập nhật số định danh cá nhân", "id=\"cccd\"", "id=\"btn-update-cccd\"",
                "id=\"btn-skip-cccd\"", "Tài khoản của bạn chưa có số định danh cá nhân/CCCD.");

        Response wrong = browser.submit(NATIONAL + "/p/home/dvc-cap-nhat-cccd.html", "action", "update", "cccd", "045185000123");
        assertThat(wrong.textsOfClass("alert alert-danger")).containsExactly("Số định danh cá nhân không khớp với CSDL Quốc gia về Dân cư");

        Response updated = browser.submit(NATIONAL + "/p/home/dvc-cap-nhat-cccd.html", "action", "update", "cccd", cuc.cccd());
        assertThat(updated.url()).isEqualTo(HOME);
        assertThat(updated.textsOfClass("alert alert-success")).containsExactly("Cập nhật số định danh cá nhân thành công");
        assertThat(portals.state().account("0900000103").orElseThrow().cccd()).isEqualTo(cuc.cccd());
    }

    @Test
    void skippingTheCccdPromptShowsTheFormOnTheIdentityTab() {
        Citizen cuc = Flows.citizen("no-cccd");
        flows.vnconnectLogin(cuc);
        Response skipped = browser.submit(NATIONAL + "/p/home/dvc-cap-nhat-cccd.html", "action", "skip");
        assertThat(skipped.url()).isEqualTo(HOME);
        Response identity = browser.open(IDENTITY_TAB);
        assertThat(identity.textsOfClass("alert alert-warning")).containsExactly("Tài khoản chưa có số định danh cá nhân/CCCD");
        assertThat(identity.body()).contains("id=\"cccd\"", "id=\"btn-update-cccd\"").doesNotContain("id=\"btn-fetch-population\"");
        Response updated = browser.submit(NATIONAL + "/p/home/dvc-cap-nhat-cccd.html", "action", "update", "cccd", cuc.cccd(),
                "from", "profile");
        assertThat(updated.url()).isEqualTo(IDENTITY_TAB);
        assertThat(updated.body()).contains("Cập nhật số định danh cá nhân thành công", "id=\"btn-fetch-population\"");
    }

    @Test
    void aMismatchWithThePopulationDatabaseRefusesTheSync() {
        Citizen dung = Flows.citizen("cccd-mismatch");
        flows.vnconnectLogin(dung);
        Response fetched = browser.submit(PROFILE, "action", "fetch");
        assertThat(fetched.textsOfClass("alert alert-danger")).containsExactly("Thông tin tài khoản không khớp với CSDL Quốc gia"
                + " về Dân cư: Ngày sinh. Vui lòng liên hệ cơ quan Công an để được hỗ trợ.");
        assertThat(fetched.body()).doesNotContain("id=\"btn-save\"");
        assertThat(fetched.count("class=\"verified-check\"")).isEqualTo(4);
        Response save = browser.submit(PROFILE, "action", "save");
        assertThat(save.body()).contains("alert-danger");
        assertThat(portals.state().account("0900000104").orElseThrow().synced()).isFalse();
    }

    @Test
    void wrongPasswordAndWrongOtpShowErrorsAndAllowARetry() {
        Citizen binh = Flows.citizen("synced-not-linked");
        Response ssoPage = flows.openSsoLoginPage();
        Response wrong = browser.submit(SSO + "/commonauth", "username", binh.vnconnect().username(), "password", "nope",
                "sessionDataKey", ssoPage.inputValue("sessionDataKey"));
        assertThat(wrong.textsOfClass("alert alert-danger")).containsExactly("Tên đăng nhập hoặc mật khẩu không chính xác (còn 4 lần thử)");
        assertThat(wrong.textsOfClass("attempts-left")).containsExactly("(còn 4 lần thử)");

        // the CCCD works as user name too
        Response otpPage = browser.submit(SSO + "/commonauth", "username", binh.cccd(), "password", binh.vnconnect().password(),
                "sessionDataKey", wrong.inputValue("sessionDataKey"));
        String otp = portals.sms().latestOtp(binh.phone()).orElseThrow();
        assertThat(otp).matches("\\d{6}");
        String wrongOtp = otp.equals("000000") ? "111111" : "000000";
        Response retry = browser.submit(SSO + "/commonauth/otp", "otp", wrongOtp, "sessionDataKey", otpPage.inputValue("sessionDataKey"));
        assertThat(retry.textsOfClass("alert alert-danger")).containsExactly("Mã OTP không chính xác");
        Response landed = browser.submit(SSO + "/commonauth/otp", "otp", otp, "sessionDataKey", retry.inputValue("sessionDataKey"));
        assertThat(userName(landed)).isEqualTo("Trần Văn Bình");
    }

    @Test
    void declineInTheVneidAppShowsAClearErrorAndLinksNothing() {
        Citizen binh = Flows.citizen("synced-not-linked");
        Flows.VneidLogin login = flows.vneidCredentials(flows.openVneidLoginPage(flows.openSsoLoginPage()), binh);
        String code = portals.vneidApp().codeShownFor(binh.cccd()).orElseThrow();
        portals.vneidApp().decline(binh.cccd());
        assertThat(portals.vneidApp().hasPendingRequest(binh.cccd())).isFalse();
        assertThat(portals.vneidApp().codeShownFor(binh.cccd())).isEmpty();
        // the page, polling, learns it at once; the code no longer signs in
        Response declined = flows.vneidStatus(login.req());
        assertThat(declined.status()).isEqualTo(200);
        assertThat(Flows.json(declined).get("status").asText()).isEqualTo("declined");
        assertThat(Flows.json(declined).get("error_description").asText()).isEqualTo("Yêu cầu đăng nhập đã bị từ chối trên ứng dụng VNeID");
        Response refused = flows.vneidAction("verify-otp", login.req(), "otp", code);
        assertThat(refused.status()).isEqualTo(400);
        // the restart link of the modal: the VNeID login page of the same portal login
        assertThat(flows.browser.open(Flows.json(declined).get("restartUrl").asText()).body()).contains("id=\"username\"", "data-req=");
        assertThat(portals.state().account("0900000102").orElseThrow().linked()).isFalse();
        assertThat(portals.state().separateVneidAccount(binh.cccd())).isEmpty();
    }

    @Test
    void wrongVneidPasswordIsRefusedOnTheSamePage() {
        Citizen binh = Flows.citizen("synced-not-linked");
        Response page = flows.openVneidLoginPage(flows.openSsoLoginPage());
        Response wrong = flows.vneidAction("authenticate", Flows.req(page), "username", binh.cccd(), "password", "nope");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).isEqualTo("{\"error\":\"invalid_grant_vneid\",\"error_description\":\"Số định danh cá nhân hoặc mật khẩu không đúng\"}");
        Response unknown = flows.vneidAction("authenticate", Flows.req(page), "username", "045999999999", "password", "nope");
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(portals.vneidApp().hasPendingRequest(binh.cccd())).isFalse();
        assertThat(portals.sms().all()).isEmpty();
        // the retry on the same page (same request) works
        assertThat(flows.approveByOtp(flows.vneidCredentials(page, binh), binh).url()).isEqualTo(HOME);
    }
}
