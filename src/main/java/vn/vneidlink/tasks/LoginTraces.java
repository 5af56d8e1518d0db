package vn.vneidlink.tasks;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vneidlink.browser.NetworkLog;
import vn.vneidlink.browser.NetworkLog.CookieSet;
import vn.vneidlink.browser.NetworkLog.Hop;
import vn.vneidlink.browser.SetCookie;
import vn.vneidlink.portals.Urls;

/**
 * What the network log shows of the OAuth2 sign-ins of a scenario: the callbacks (the portal's redirect URI with
 * {@code code} and {@code state}), the authorization requests sent to an SSO, and the cookies a login's callback set.
 * Plain reading, no browser: the steps ask the browser for its {@link NetworkLog} and pass it here.
 */
public final class LoginTraces {

    private LoginTraces() {}

    /** The latest login callback on {@code host}: a document the browser asked for there with both {@code code} and {@code state}. */
    public static Optional<Hop> lastCallback(NetworkLog log, String host) {
        Hop last = null;
        for (Hop hop : log.hops()) {
            if (host.equals(hop.host()) && "GET".equals(hop.method()) && hasQuery(hop.url(), "code") && hasQuery(hop.url(), "state")) {
                last = hop;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The latest authorization request (to any SSO) whose {@code redirect_uri} is {@code redirectUri} and that carries a
     * {@code state}: the request a portal's login start sent the browser with.
     */
    public static Optional<Hop> lastAuthorizationRequestFor(NetworkLog log, String redirectUri) {
        Hop last = null;
        for (Hop hop : log.hops()) {
            Map<String, String> query = query(hop.url());
            if (redirectUri.equals(query.get("redirect_uri")) && query.containsKey("state") && query.containsKey("client_id")) {
                last = hop;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The latest authorization request sent to {@code host} at {@code path} (with a client id) whose {@code redirect_uri}
     * leads back to {@code redirectHost}: the request of that client.
     */
    public static Optional<Hop> lastAuthorizationRequestTo(NetworkLog log, String host, String path, String redirectHost) {
        Hop last = null;
        for (Hop hop : log.hops()) {
            Map<String, String> query = query(hop.url());
            if (host.equals(hop.host()) && path.equals(URI.create(hop.url()).getPath()) && query.containsKey("client_id")
                    && redirectHost.equals(hostOf(query.get("redirect_uri")))) {
                last = hop;
            }
        }
        return Optional.ofNullable(last);
    }

    private static String hostOf(String url) {
        try {
            return url == null ? null : URI.create(url).getHost();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /**
     * The cookies a login's callback set on {@code host}: the {@code Set-Cookie} lines of the callback's own answer
     * (removals left out), or, where it set none, those of the pages after it on the same host, the last value of each
     * name. These are the session the login opened, as the browser got them, whatever later removed them.
     */
    public static Map<String, SetCookie> cookiesSetByLogin(NetworkLog log, Hop callback, String host) {
        Map<String, SetCookie> byCallback = new LinkedHashMap<>();
        Map<String, SetCookie> after = new LinkedHashMap<>();
        for (CookieSet line : log.cookiesSet()) {
            SetCookie cookie = line.cookie();
            if (line.seq() < callback.seq() || !host.equals(line.host()) || cookie.removal()) {
                continue;
            }
            if (line.url().equals(callback.url())) {
                byCallback.put(cookie.name(), cookie);
            } else {
                after.putIfAbsent(cookie.name(), cookie);
            }
        }
        return byCallback.isEmpty() ? after : byCallback;
    }

    /**
     * Session fixation: each cookie the login set (see {@link #cookiesSetByLogin}) whose value the browser already held
     * before the login's callback, under any name, from any host. Each finding names both cookies, never the value.
     */
    public static List<String> valuesHeldBeforeLogin(NetworkLog log, Hop callback, Map<String, SetCookie> setByLogin) {
        Map<String, CookieSet> before = new LinkedHashMap<>();
        for (CookieSet line : log.cookiesSet()) {
            SetCookie cookie = line.cookie();
            if (line.seq() < callback.seq() && !cookie.removal()) {
                before.putIfAbsent(cookie.value(), line);
            }
        }
        List<String> findings = new ArrayList<>();
        setByLogin.values().forEach(cookie -> Optional.ofNullable(before.get(cookie.value())).ifPresent(earlier ->
                findings.add(cookie.name() + " sau khi đăng nhập mang đúng giá trị của cookie " + earlier.cookie().name()
                        + " mà trình duyệt đã có trước khi đăng nhập (đặt bởi " + withoutQueryValues(earlier.url()) + ")")));
        return findings;
    }

    /**
     * The cookies that answers of {@code redirectUri} (a callback, whatever its query) set after {@code seq}, removals
     * left out: "NAME (host)". What the pages after it set (a pre-session for their login link) is not the callback's.
     */
    public static List<String> cookiesSetBy(NetworkLog log, long seq, String redirectUri) {
        List<String> names = new ArrayList<>();
        for (CookieSet line : log.cookiesSetAfter(seq)) {
            SetCookie cookie = line.cookie();
            if (!cookie.removal() && withoutQuery(line.url()).equals(redirectUri)) {
                names.add(cookie.name() + " (" + line.host() + ")");
            }
        }
        return names;
    }

    /** The URL with one query parameter set to {@code value} (replaced where it is, added at the end otherwise). */
    public static String withParameter(String url, String name, String value) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String raw = q < 0 ? "" : url.substring(q + 1);
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        List<String> pairs = new ArrayList<>();
        boolean replaced = false;
        for (String pair : raw.isEmpty() ? new String[0] : raw.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!replaced && decoded(key).equals(name)) {
                pairs.add(encoded);
                replaced = true;
            } else {
                pairs.add(pair);
            }
        }
        if (!replaced) {
            pairs.add(encoded);
        }
        return base + "?" + String.join("&", pairs);
    }

    /** Scheme, host and path: the URL without its query (a redirect URI as registered). */
    public static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The URL with the values of {@code code} and {@code state} hidden, for messages and reports. */
    public static String withoutQueryValues(String url) {
        return url.replaceAll("([?&](?:code|state|ticket|sessionDataKey)=)[^&]*", "$1…");
    }

    /** The decoded query of a URL (empty for one that cannot be read). */
    public static Map<String, String> query(String url) {
        try {
            return Urls.query(URI.create(url));
        } catch (IllegalArgumentException notAUri) {
            return Map.of();
        }
    }

    private static boolean hasQuery(String url, String name) {
        String value = query(url).get(name);
        return value != null && !value.isEmpty();
    }

    private static String decoded(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }
}
