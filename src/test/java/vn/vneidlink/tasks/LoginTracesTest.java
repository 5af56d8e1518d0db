package vn.vneidlink.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vneidlink.browser.NetworkLog;
import vn.vneidlink.browser.NetworkLog.CookieSet;
import vn.vneidlink.browser.NetworkLog.Hop;

/** A login's callback, its authorization request and the cookies it set, read from a network log. */
class LoginTracesTest {

    private static Hop document(long seq, String url) {
        return new Hop(seq, "GET", url, "Document", "302", null, null, null, null);
    }

    private static final Hop START = document(1, "https://dichvucong.gov.vn/dang-nhap");
    private static final Hop AUTHORIZE = document(3, "https://xacthuc.dichvucong.gov.vn/oauth2/authorize?response_type=code&client_id=dvcqg"
            + "&redirect_uri=https%3A%2F%2Fdichvucong.gov.vn%2Fsso&scope=openid&state=S1");
    private static final Hop SSO_CALLBACK = document(5, "https://xacthuc.dichvucong.gov.vn/commonauth?code=V&state=T");
    private static final Hop CALLBACK = document(7, "https://dichvucong.gov.vn/sso?code=C1&state=S1");
    private static final Hop HOME = document(9, "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html");

    private static NetworkLog log(CookieSet... cookies) {
        return new NetworkLog(List.of(START, AUTHORIZE, SSO_CALLBACK, CALLBACK, HOME), List.of(cookies), Optional.empty());
    }

    @Test
    void theCallbackIsTheLastRequestWithCodeAndStateOnThePortalsHost() {
        NetworkLog log = log();
        assertThat(LoginTraces.lastCallback(log, "dichvucong.gov.vn")).contains(CALLBACK);
        assertThat(LoginTraces.lastCallback(log, "xacthuc.dichvucong.gov.vn")).contains(SSO_CALLBACK);
        assertThat(LoginTraces.lastCallback(log, "dichvucong.quangtri.gov.vn")).isEmpty();
        assertThat(LoginTraces.lastAuthorizationRequestFor(log, "https://dichvucong.gov.vn/sso")).contains(AUTHORIZE);
        assertThat(LoginTraces.lastAuthorizationRequestTo(log, "xacthuc.dichvucong.gov.vn", "/oauth2/authorize", "dichvucong.gov.vn")).contains(AUTHORIZE);
        assertThat(LoginTraces.lastAuthorizationRequestTo(log, "xacthuc.dichvucong.gov.vn", "/oauth2/authorize", "dichvucong.quangtri.gov.vn")).isEmpty();
    }

    @Test
    void theSessionIsWhatTheCallbackSetAndFixationIsAValueHeldBefore() {
        NetworkLog renewed = log(
                new CookieSet(2, START.url(), "DVC_OAUTH=pre1; Path=/; HttpOnly; SameSite=Lax; Secure"),
                new CookieSet(8, CALLBACK.url(), "DVC_SESSION=new1; Path=/; HttpOnly; SameSite=Lax; Secure"),
                new CookieSet(8, CALLBACK.url(), "DVC_OAUTH=; Path=/; Max-Age=0"));
        var session = LoginTraces.cookiesSetByLogin(renewed, CALLBACK, "dichvucong.gov.vn");
        assertThat(session).containsOnlyKeys("DVC_SESSION");
        assertThat(LoginTraces.valuesHeldBeforeLogin(renewed, CALLBACK, session)).isEmpty();

        NetworkLog fixed = log(
                new CookieSet(2, START.url(), "DVC_OAUTH=pre1; Path=/; HttpOnly; SameSite=Lax; Secure"),
                new CookieSet(8, CALLBACK.url(), "DVC_SESSION=pre1; Path=/; HttpOnly; SameSite=Lax; Secure"));
        assertThat(LoginTraces.valuesHeldBeforeLogin(fixed, CALLBACK, LoginTraces.cookiesSetByLogin(fixed, CALLBACK, "dichvucong.gov.vn")))
                .containsExactly("DVC_SESSION sau khi đăng nhập mang đúng giá trị của cookie DVC_OAUTH mà trình duyệt đã có trước khi đăng nhập"
                        + " (đặt bởi https://dichvucong.gov.vn/dang-nhap)");
    }

    @Test
    void theCookiesACallbackSetAfterAMarkNameTheCookieAndHostNeverTheValue() {
        NetworkLog log = log(new CookieSet(8, CALLBACK.url(), "DVC_SESSION=new1; Path=/"), new CookieSet(8, CALLBACK.url(), "DVC_OAUTH=; Max-Age=0"),
                new CookieSet(10, HOME.url(), "DVC_OAUTH=pre2; Path=/"));
        assertThat(LoginTraces.cookiesSetBy(log, 7, "https://dichvucong.gov.vn/sso")).containsExactly("DVC_SESSION (dichvucong.gov.vn)");
        assertThat(LoginTraces.cookiesSetBy(log, 8, "https://dichvucong.gov.vn/sso")).isEmpty();
    }

    @Test
    void urlsAreRewrittenOneParameterAtATimeAndShownWithoutTheirSecrets() {
        assertThat(LoginTraces.withParameter(AUTHORIZE.url(), "redirect_uri", "https://ke-gian.example/sso"))
                .isEqualTo("https://xacthuc.dichvucong.gov.vn/oauth2/authorize?response_type=code&client_id=dvcqg"
                        + "&redirect_uri=https%3A%2F%2Fke-gian.example%2Fsso&scope=openid&state=S1");
        assertThat(LoginTraces.withParameter("https://dichvucong.gov.vn/sso", "code", "C1")).isEqualTo("https://dichvucong.gov.vn/sso?code=C1");
        assertThat(LoginTraces.withoutQueryValues(CALLBACK.url())).isEqualTo("https://dichvucong.gov.vn/sso?code=…&state=…");
        assertThat(LoginTraces.withoutQuery(CALLBACK.url())).isEqualTo("https://dichvucong.gov.vn/sso");
    }
}
