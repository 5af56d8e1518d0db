package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.CitizenDirectory;
import vn.vneidlink.mock.TestBrowser.Response;

/** The citizen's steps through the mock portals at HTTP level, shared by the tests. */
final class Flows {

    static final Path MOCKS = Path.of("mocks");
    static final String NATIONAL = "https://dichvucong.gov.vn";
    static final String SSO = "https://xacthuc.dichvucong.gov.vn";
    static final String VNEID = "https://sso.dancuquocgia.gov.vn";
    static final String QUANGTRI = "https://dichvucong.quangtri.gov.vn";
    static final String HOME = NATIONAL + "/p/home/dvc-trang-chu.html";
    static final String PROFILE = NATIONAL + "/p/home/dvc-thong-tin-ca-nhan.html";
    static final String IDENTITY_TAB = PROFILE + "?tab=dinh-danh";
    static final String DOSSIERS = NATIONAL + "/p/home/dvc-quan-ly-ho-so.html";

    static final CitizenDirectory CITIZENS = CitizenDirectory.load(MOCKS.resolve("data").resolve("citizens.json"));

    final MockPortals portals;
    final TestBrowser browser;

    Flows(MockPortals portals) {
        this.portals = portals;
        this.browser = new TestBrowser(portals);
    }

    /** A copy of {@code mocks/} under {@code folder}, for a test that breaks one of its files. */
    static Path copyOfMocks(Path folder) throws IOException {
        Path target = folder.resolve("mocks");
        try (Stream<Path> files = Files.walk(MOCKS)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(MOCKS.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    static Citizen citizen(String profile) {
        return CITIZENS.all().stream().filter(c -> c.profile().equals(profile)).findFirst().orElseThrow();
    }

    /** From "Đăng nhập" on the national portal to the SSO's login choice page. */
    Response openSsoLoginPage() {
        Response page = browser.open(NATIONAL + "/dang-nhap");
        assertThat(page.url()).startsWith(SSO + "/authenticationendpoint/login.do?sessionDataKey=");
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    /** User name, password, then the OTP from the SMS outbox; returns the page the portal lands on. */
    Response vnconnectLogin(Response ssoLoginPage, Citizen c) {
        Response otpPage = browser.submit(SSO + "/commonauth", "username", c.vnconnect().username(),
                "password", c.vnconnect().password(), "sessionDataKey", ssoLoginPage.inputValue("sessionDataKey"));
        assertThat(otpPage.url()).startsWith(SSO + "/authenticationendpoint/otp.do");
        assertThat(otpPage.body()).contains("Mã OTP đã được gửi đến số điện thoại ******" + c.phone().substring(6));
        String otp = portals.sms().latestOtp(c.phone()).orElseThrow();
        return browser.submit(SSO + "/commonauth/otp", "otp", otp, "sessionDataKey", otpPage.inputValue("sessionDataKey"));
    }

    /**
     * User name and password posted for the login of this SSO page (its URL's sessionDataKey; nothing asserted, the
     * page need not show the form): the OTP page or the refusal.
     */
    Response submitPassword(Response ssoPage, String username, String password) {
        return browser.submit(SSO + "/commonauth", "username", username, "password", password,
                "sessionDataKey", TestBrowser.queryParam(ssoPage.url(), "sessionDataKey"));
    }

    /** User name and password, up to the OTP page (asserted). */
    Response toOtpPage(Citizen c) {
        Response otpPage = submitPassword(openSsoLoginPage(), c.vnconnect().username(), c.vnconnect().password());
        assertThat(otpPage.url()).startsWith(SSO + "/authenticationendpoint/otp.do");
        return otpPage;
    }

    Response vnconnectLogin(Citizen c) {
        return vnconnectLogin(openSsoLoginPage(), c);
    }

    /** "Tài khoản định danh điện tử cấp bởi Bộ Công an" on the SSO page, to the VNeID login page. */
    Response openVneidLoginPage(Response ssoLoginPage) {
        Response page = browser.open(SSO + ssoLoginPage.hrefOf("class=\"login-IDP"));
        assertThat(page.url()).startsWith(VNEID + "/auth?response_type=code&client_id=xacthuc-dvcqg");
        assertThat(page.body()).contains("Đăng nhập tài khoản định danh điện tử", "id=\"kc-login\"");
        return page;
    }

    /** ID number and password at the VNeID SSO; returns the method page. */
    Response vneidCredentials(Response vneidLoginPage, Citizen c) {
        Response method = browser.submit(VNEID + "/auth/login", "username", c.cccd(), "password", c.vneid().password(),
                "req", vneidLoginPage.inputValue("req"));
        assertThat(method.url()).startsWith(VNEID + "/auth/xac-thuc?req=");
        assertThat(method.body()).contains("id=\"btn-method-otp\"", "id=\"btn-method-app\"");
        return method;
    }

    /** Approval in the VNeID app; returns the page the portal lands on. */
    Response approveInApp(Response methodPage, Citizen c) {
        Response wait = browser.submit(VNEID + "/auth/app/request", "req", methodPage.inputValue("req"));
        assertThat(wait.url()).startsWith(VNEID + "/auth/app?req=");
        assertThat(wait.body()).contains("id=\"app-wait\"", "Vui lòng mở ứng dụng VNeID trên điện thoại để xác nhận yêu cầu đăng nhập");
        String req = TestBrowser.queryParam(wait.url(), "req");
        assertThat(browser.get(VNEID + "/auth/app/status?req=" + req).body()).isEqualTo("{\"status\":\"pending\"}");
        assertThat(portals.vneidApp().hasPendingRequest(c.cccd())).isTrue();
        portals.vneidApp().approve(c.cccd());
        assertThat(browser.get(VNEID + "/auth/app/status?req=" + req).body()).isEqualTo("{\"status\":\"approved\"}");
        return browser.open(VNEID + "/auth/app/complete?req=" + req);
    }

    /** Approval by SMS OTP at the VNeID SSO; returns the page the portal lands on. */
    Response approveByOtp(Response methodPage, Citizen c) {
        Response otpPage = browser.submit(VNEID + "/auth/otp/send", "req", methodPage.inputValue("req"));
        assertThat(otpPage.url()).startsWith(VNEID + "/auth/otp?req=");
        String otp = portals.sms().latestOtp(c.phone()).orElseThrow();
        return browser.submit(VNEID + "/auth/otp", "otp", otp, "req", otpPage.inputValue("req"));
    }

    /** The whole VNeID login from the national portal's "Đăng nhập", approving in the app. */
    Response vneidLogin(Citizen c) {
        return approveInApp(vneidCredentials(openVneidLoginPage(openSsoLoginPage()), c), c);
    }

    /** Fetch from the population database, then save. */
    Response sync() {
        Response fetched = browser.submit(PROFILE, "action", "fetch");
        assertThat(fetched.body()).contains("id=\"btn-save\"");
        return browser.submit(PROFILE, "action", "save");
    }

    Response logout() {
        return browser.open(NATIONAL + "/dang-xuat");
    }

    static String userName(Response page) {
        return page.textsOfClass("user-name").stream().findFirst().orElse(null);
    }
}
