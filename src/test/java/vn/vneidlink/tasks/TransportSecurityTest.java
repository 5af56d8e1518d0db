package vn.vneidlink.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vneidlink.browser.Browser.StoredCookie;
import vn.vneidlink.browser.NetworkLog;
import vn.vneidlink.browser.NetworkLog.CookieSet;
import vn.vneidlink.browser.NetworkLog.Hop;

/** Plain-HTTP requests and unprotected cookies, each one named whole. */
class TransportSecurityTest {

    @Test
    void everyRequestAskedOverHttpIsAFindingBlockedUpgradedOrLoaded() {
        NetworkLog log = new NetworkLog(List.of(
                new Hop(1, "GET", "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", "Document", "200", null, null, null, null),
                new Hop(2, "GET", "http://dichvucong.gov.vn/static/css/portal.css", "Stylesheet", "LỖI ", "mixed-content", null, null,
                        "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"),
                new Hop(3, "GET", "http://dichvucong.gov.vn/p/home/dvc-trang-chu.html", "Document", "307", null, "HSTS",
                        "https://dichvucong.gov.vn/sso?code=C&state=S", null),
                new Hop(4, "GET", "data:image/gif;base64,R0l", "Image", "200", null, null, null, null),
                new Hop(5, "GET", "chrome://new-tab-page/", "Document", "200", null, null, null, null)), List.of(), Optional.empty());
        List<String> console = List.of(
                "SEVERE security 2 Mixed Content: The page at 'https://dichvucong.gov.vn/' requested an insecure stylesheet 'http://dichvucong.gov.vn/static/css/portal.css'.",
                "WARNING Mixed Content: The page at 'https://dichvucong.gov.vn/' requested an insecure image 'http://dichvucong.gov.vn/static/img/emblem.svg'. This request was automatically upgraded to HTTPS");

        assertThat(TransportSecurity.unencryptedRequests(log, console)).containsExactly(
                "Stylesheet GET http://dichvucong.gov.vn/static/css/portal.css (trình duyệt chặn: mixed-content), do trang https://dichvucong.gov.vn/p/home/dvc-trang-chu.html yêu cầu",
                "Document GET http://dichvucong.gov.vn/p/home/dvc-trang-chu.html (trình duyệt tự chuyển sang https nhờ HSTS), chuyển hướng từ https://dichvucong.gov.vn/sso?code=…&state=…",
                "console: WARNING Mixed Content: The page at 'https://dichvucong.gov.vn/' requested an insecure image 'http://dichvucong.gov.vn/static/img/emblem.svg'. This request was automatically upgraded to HTTPS");
    }

    @Test
    void everyCookieSetWithoutAProtectionIsNamedOnceWithItsHost() {
        NetworkLog log = new NetworkLog(List.of(), List.of(
                new CookieSet(1, "https://dichvucong.gov.vn/dang-nhap", "DVC_OAUTH=a; Path=/; HttpOnly; SameSite=Lax; Secure"),
                new CookieSet(2, "https://dichvucong.gov.vn/sso?code=C&state=S", "DVC_SESSION=b; Path=/; SameSite=Lax; Secure"),
                new CookieSet(3, "https://dichvucong.gov.vn/sso?code=C2&state=S2", "DVC_SESSION=c; Path=/; SameSite=Lax; Secure"),
                new CookieSet(4, "https://xacthuc.dichvucong.gov.vn/commonauth/otp", "commonAuthId=d; Path=/; HttpOnly; Secure"),
                new CookieSet(5, "https://dichvucong.gov.vn/dang-xuat", "DVC_SESSION=; Path=/; Max-Age=0")), Optional.empty());
        List<StoredCookie> store = List.of(
                new StoredCookie("DVC_SESSION", "c", "dichvucong.gov.vn", "/", true, false, "Lax"),
                new StoredCookie("_ga", "x", ".dichvucong.gov.vn", "/", false, false, null));

        assertThat(TransportSecurity.unprotectedCookies(log, Optional.of(store))).containsExactly(
                "DVC_SESSION (dichvucong.gov.vn, đặt bởi https://dichvucong.gov.vn/sso?code=…&state=…): thiếu HttpOnly",
                "commonAuthId (xacthuc.dichvucong.gov.vn, đặt bởi https://xacthuc.dichvucong.gov.vn/commonauth/otp): thiếu SameSite",
                "_ga (dichvucong.gov.vn, đặt bằng JavaScript, theo kho cookie của trình duyệt): thiếu Secure, thiếu HttpOnly, thiếu SameSite");
        assertThat(TransportSecurity.unprotectedCookies(log, Optional.empty())).hasSize(2);
    }
}
