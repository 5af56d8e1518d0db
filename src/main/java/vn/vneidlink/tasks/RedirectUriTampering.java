package vn.vneidlink.tasks;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.browser.NetworkLog.Hop;
import vn.vneidlink.portals.AuthorizationAnswerPage;

/**
 * The ways an attacker alters the {@code redirect_uri} of a real authorization request, so that the SSO would send
 * the code to him: each made from the client's registered URI, each to be refused by an SSO that compares the whole
 * URI exactly (RFC 9700, OAuth 2.0 Security Best Current Practice, 4.1). The attacker's host is under the reserved
 * {@code .example}: it never resolves.
 */
public enum RedirectUriTampering {

    OTHER_HOST("sang máy chủ khác", uri -> uri.getScheme() + "://" + RedirectUriTampering.ATTACKER + path(uri)),
    OTHER_PATH("cùng máy chủ, đường dẫn khác", uri -> uri.getScheme() + "://" + uri.getRawAuthority() + "/ke-gian"),
    LONGER_PATH("thêm đoạn sau đường dẫn đã đăng ký", uri -> uri.toString() + (uri.toString().endsWith("/") ? "" : "/") + "ke-gian"),
    HOST_AS_PREFIX("tên miền đã đăng ký làm phần đầu của tên miền khác",
            uri -> uri.getScheme() + "://" + uri.getHost() + "." + RedirectUriTampering.ATTACKER + path(uri)),
    HOST_BEFORE_AT("tên miền đã đăng ký đặt trước @ của tên miền khác",
            uri -> uri.getScheme() + "://" + uri.getHost() + "@" + RedirectUriTampering.ATTACKER + path(uri)),
    PLAIN_HTTP("http thay cho https", uri -> "http://" + uri.getRawAuthority() + path(uri));

    /** The attacker's host: a reserved name, never resolved. */
    static final String ATTACKER = "ke-gian.example";

    private final String label;
    private final Function<URI, String> make;

    RedirectUriTampering(String label, Function<URI, String> make) {
        this.label = label;
        this.make = make;
    }

    /** How a scenario names it. */
    public String label() {
        return label;
    }

    /** The altered URI, made from the registered one. */
    public String apply(String registered) {
        return make.apply(URI.create(registered));
    }

    /** The tampering a scenario names; an unknown label fails with the labels there are. */
    public static RedirectUriTampering named(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label.trim())).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "Kịch bản nêu cách sửa redirect_uri «" + label + "» không có; các cách có: "
                        + Arrays.stream(values()).map(t -> "«" + t.label + "»").collect(Collectors.joining(", "))));
    }

    private static String path(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /**
     * One altered request and what the SSO did with it.
     *
     * @param sentOn the pages the browser went on to, after the altered request, away from the SSO's host (where the
     *               SSO sent it: with a code, if it held a session)
     */
    public record Attempt(RedirectUriTampering tampering, String redirectUri, boolean refused, boolean showedLogin, String error,
            String finalUrl, List<Hop> sentOn) {

        /** Whether the SSO took the altered URI in any way: no error page, or the browser sent on. */
        public boolean accepted() {
            return !refused || !sentOn.isEmpty();
        }

        /** One line: the tampering, the URI, and what the SSO did. */
        public String describe() {
            String what;
            if (!sentOn.isEmpty()) {
                what = "chuyển trình duyệt tới " + sentOn.stream().map(h -> LoginTraces.withoutQueryValues(h.url()))
                        .collect(Collectors.joining(" → "))
                        + (sentOn.stream().anyMatch(h -> LoginTraces.query(h.url()).containsKey("code")) ? " (mang mã đăng nhập)" : "");
            } else if (showedLogin) {
                what = "hiện trang đăng nhập, tức là nhận redirect_uri này (mã đăng nhập sẽ được gửi tới đó)";
            } else {
                what = "không báo lỗi; trình duyệt ở " + LoginTraces.withoutQueryValues(finalUrl);
            }
            return "«" + tampering.label + "» redirect_uri=" + redirectUri + ": " + what;
        }
    }

    /**
     * Sends the browser with the authorization request {@code request}, its {@code redirect_uri} altered each way in
     * turn, and reads what the SSO at {@code ssoHost} answered each time.
     */
    public static List<Attempt> tryEach(Browser browser, String ssoName, String ssoHost, String request, List<RedirectUriTampering> tamperings) {
        String registered = LoginTraces.query(request).get("redirect_uri");
        if (registered == null) {
            throw new IllegalStateException("Yêu cầu đăng nhập " + LoginTraces.withoutQueryValues(request) + " không có redirect_uri");
        }
        List<Attempt> attempts = new ArrayList<>();
        for (RedirectUriTampering tampering : tamperings) {
            String altered = tampering.apply(registered);
            long mark = browser.network().lastSeq();
            browser.driver().get(LoginTraces.withParameter(request, "redirect_uri", altered));
            AuthorizationAnswerPage answer = new AuthorizationAnswerPage(browser, ssoName, ssoHost);
            List<Hop> sentOn = browser.network().hopsAfter(mark).stream()
                    .filter(h -> h.overTheNetwork() && "Document".equals(h.type()) && !ssoHost.equals(h.host()))
                    .toList();
            attempts.add(new Attempt(tampering, altered, answer.refused(), answer.showsLoginPage(), answer.errorMessage(),
                    browser.driver().getCurrentUrl(), sentOn));
        }
        return attempts;
    }
}
