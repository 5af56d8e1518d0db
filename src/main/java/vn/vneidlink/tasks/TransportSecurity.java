package vn.vneidlink.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vneidlink.browser.Browser.StoredCookie;
import vn.vneidlink.browser.NetworkLog;
import vn.vneidlink.browser.NetworkLog.CookieSet;
import vn.vneidlink.browser.NetworkLog.Hop;
import vn.vneidlink.browser.SetCookie;

/**
 * What the network log and the cookie store show of how a journey's pages travelled: every document and resource
 * over HTTPS, every cookie the servers set protected. Each finding is one whole request or one whole cookie, never a
 * value (a session id stays out of the report).
 */
public final class TransportSecurity {

    /** What Chromium writes to the console about a page over HTTPS that asked for something over HTTP. */
    private static final String MIXED_CONTENT = "Mixed Content";

    private TransportSecurity() {}

    /**
     * Every request of the log asked for over plain {@code http://} (or {@code ws://}): a page, a redirect, a script, a
     * stylesheet, an image, an XHR; also those Chromium blocked as mixed content and those it turned into https
     * itself (HSTS), since the page asked for them so. Then whatever the console said about mixed content that the log
     * does not show (a passive resource Chromium upgraded silently).
     */
    public static List<String> unencryptedRequests(NetworkLog log, List<String> console) {
        Set<String> findings = new LinkedHashSet<>();
        for (Hop hop : log.hops()) {
            if (hop.unencrypted()) {
                findings.add(LoginTraces.withoutQueryValues(hop.describe()));
            }
        }
        for (String line : console) {
            if (line.contains(MIXED_CONTENT) && log.hops().stream().noneMatch(h -> h.unencrypted() && line.contains(h.url()))) {
                findings.add("console: " + LoginTraces.withoutQueryValues(line));
            }
        }
        return new ArrayList<>(findings);
    }

    /**
     * Every cookie a server set ({@code Set-Cookie}, removals left out) that lacks a protection a session cookie needs
     * ({@link SetCookie#missingProtections}), one line per cookie name and host; then every cookie of the browser's
     * store (where it is known) that the store itself reports unprotected, such as one a script set.
     */
    public static List<String> unprotectedCookies(NetworkLog log, Optional<List<StoredCookie>> store) {
        Map<String, String> findings = new LinkedHashMap<>();
        Set<String> setByServers = new LinkedHashSet<>();
        for (CookieSet line : log.cookiesSet()) {
            SetCookie cookie = line.cookie();
            setByServers.add(cookie.name() + "@" + domainOf(line.host()));
            if (cookie.removal()) {
                continue;
            }
            List<String> missing = cookie.missingProtections();
            if (!missing.isEmpty()) {
                findings.putIfAbsent(cookie.name() + "@" + line.host(), cookie.name() + " (" + line.host() + ", đặt bởi "
                        + LoginTraces.withoutQueryValues(line.url()) + "): " + String.join(", ", missing));
            }
        }
        for (StoredCookie cookie : store.orElse(List.of())) {
            String domain = domainOf(cookie.domain());
            if (findings.keySet().stream().anyMatch(key -> key.equals(cookie.name() + "@" + domain))) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            if (!cookie.secure()) {
                missing.add("thiếu Secure");
            }
            if (!cookie.httpOnly()) {
                missing.add("thiếu HttpOnly");
            }
            if (cookie.sameSite() == null) {
                missing.add("thiếu SameSite");
            } else if (cookie.sameSite().equalsIgnoreCase("None") && !cookie.secure()) {
                missing.add("SameSite=None mà không có Secure");
            }
            if (!missing.isEmpty()) {
                String origin = setByServers.contains(cookie.name() + "@" + domain) ? "" : ", đặt bằng JavaScript";
                findings.putIfAbsent(cookie.name() + "@" + domain, cookie.name() + " (" + domain + origin + ", theo kho cookie của trình duyệt): "
                        + String.join(", ", missing));
            }
        }
        return new ArrayList<>(findings.values());
    }

    /** A cookie domain as the store writes it ({@code .gov.vn} for a domain cookie), compared without the dot. */
    private static String domainOf(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith(".") ? h.substring(1) : h;
    }
}
