package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    static final String VNEID_ACTIONS = VNEID + "/idp/sso/login-actions/";
    static final String QUANGTRI = "https://dichvucong.quangtri.gov.vn";
    static final String HOME = NATIONAL + "/p/home/dvc-trang-chu.html";
    static final String PROFILE = NATIONAL + "/p/home/dvc-thong-tin-ca-nhan.html";
    static final String IDENTITY_TAB = PROFILE + "?tab=dinh-danh";
    static final String DOSSIERS = NATIONAL + "/p/home/dvc-quan-ly-ho-so.html";

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** "Tài khoản định danh điện tử cấp bởi Bộ Công an" on the SSO page, to the VNeID login page (the single-page app). */
    Response openVneidLoginPage(Response ssoLoginPage) {
        Response page = browser.open(SSO + ssoLoginPage.hrefOf("class=\"login-IDP"));
        assertThat(page.url()).startsWith(VNEID + "/auth?response_type=code&client_id=xacthuc-dvcqg");
        assertThat(page.body()).contains("Đăng nhập tài khoản định danh điện tử", "id=\"username\"", "id=\"password\"",
                "class=\"ant-btn ant-btn-primary custom-btn-resolve\"", "id=\"otp-input\"");
        return page;
    }

    /** A VNeID login in progress: the authorization request of its page ({@code req}) and the last XHR answer. */
    record VneidLogin(String req, Response answer) {}

    /** The {@code req} a VNeID login page gives its script ({@code #root data-req}). */
    static String req(Response vneidLoginPage) {
        Matcher m = Pattern.compile("id=\"root\"[^>]*data-req=\"([^\"]+)\"").matcher(vneidLoginPage.body());
        assertThat(m.find()).as("data-req of the VNeID login page %s", vneidLoginPage.url()).isTrue();
        return TestBrowser.unescape(m.group(1));
    }

    /** One XHR of the VNeID login page's script: a POST of the form to {@code /idp/sso/login-actions/<action>}. */
    Response vneidAction(String action, String req, String... namesAndValues) {
        String[] fields = new String[namesAndValues.length + 2];
        fields[0] = "req";
        fields[1] = req;
        System.arraycopy(namesAndValues, 0, fields, 2, namesAndValues.length);
        return browser.post(VNEID_ACTIONS + action, fields);
    }

    /** The status the page polls. */
    Response vneidStatus(String req) {
        return browser.get(VNEID_ACTIONS + "status?req=" + URLEncoder.encode(req, StandardCharsets.UTF_8));
    }

    /** ID number and password, as the page's script posts them: the code goes to the VNeID app (asserted). */
    VneidLogin vneidCredentials(Response vneidLoginPage, Citizen c) {
        String req = req(vneidLoginPage);
        Response answer = vneidAction("authenticate", req, "username", c.cccd(), "password", c.vneid().password());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type").orElse("")).contains("application/json");
        JsonNode json = json(answer);
        assertThat(json.get("otp").asBoolean()).isTrue();
        assertThat(json.get("mode").asText()).isEqualTo("app");
        assertThat(json.get("phoneNumber").asText()).isEqualTo(maskedPhone(c.phone()));
        assertThat(portals.vneidApp().codeShownFor(c.cccd())).isPresent();
        return new VneidLogin(req, answer);
    }

    /** The code the VNeID app shows, typed in the modal; returns the page the client lands on. */
    Response approveInApp(VneidLogin login, Citizen c) {
        assertThat(portals.vneidApp().hasPendingRequest(c.cccd())).isTrue();
        assertThat(vneidStatus(login.req()).body()).isEqualTo("{\"status\":\"pending\"}");
        return followApproval(vneidAction("verify-otp", login.req(), "otp", portals.vneidApp().codeShownFor(c.cccd()).orElseThrow()));
    }

    /** "Nhận mã qua SMS" in the modal, then the code of the SMS; returns the page the client lands on. */
    Response approveByOtp(VneidLogin login, Citizen c) {
        Response sms = vneidAction("change-mode", login.req(), "mode", "sms");
        assertThat(json(sms).get("mode").asText()).isEqualTo("sms");
        assertThat(portals.vneidApp().codeShownFor(c.cccd())).isEmpty();
        return followApproval(vneidAction("verify-otp", login.req(), "otp", portals.sms().latestOtp(c.phone()).orElseThrow()));
    }

    /** An approved answer ({@code {"status":"approved","redirectUrl"}}), followed as the page's script does. */
    Response followApproval(Response approved) {
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode json = json(approved);
        assertThat(json.get("status").asText()).isEqualTo("approved");
        return browser.open(json.get("redirectUrl").asText());
    }

    /** The whole VNeID login from the national portal's "Đăng nhập", with the code the app shows. */
    Response vneidLogin(Citizen c) {
        return approveInApp(vneidCredentials(openVneidLoginPage(openSsoLoginPage()), c), c);
    }

    /** The phone number as the VNeID SSO shows it: 090****102. */
    static String maskedPhone(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response + "\n" + response.body(), e);
        }
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
