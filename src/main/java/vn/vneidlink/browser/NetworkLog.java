package vn.vneidlink.browser;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the browser asked for in this scenario, in order, as the DevTools protocol's Network events of ChromeDriver's
 * performance log tell it: every hop (a redirect is one hop per URL, an HTTPS upgrade by HSTS too), what each was
 * (document, script, stylesheet, XHR…), how it ended (status, network error, blocked as mixed content), and every
 * {@code Set-Cookie} header the servers sent. A snapshot: later requests are in a later one.
 *
 * @param unreadable why part of the log could not be read, if it could not: a check built on an incomplete log must
 *                   say so, never pass
 */
public record NetworkLog(List<Hop> hops, List<CookieSet> cookiesSet, Optional<String> unreadable) {

    public NetworkLog {
        hops = List.copyOf(hops);
        cookiesSet = List.copyOf(cookiesSet);
    }

    /**
     * One URL the browser asked for.
     *
     * @param seq          the order of the event that started it, comparable with {@link CookieSet#seq()}
     * @param type         the DevTools resource type: {@code Document}, {@code Script}, {@code Stylesheet}, {@code Image},
     *                     {@code XHR}, {@code Fetch}, {@code Other}…
     * @param outcome      the HTTP status, {@code LỖI <net error>}, or {@code ?} while no answer came
     * @param blockedReason why Chromium did not send it (e.g. {@code mixed-content}), or null
     * @param upgradedBy   for a hop the browser itself redirected (e.g. {@code HSTS}: http → https), the reason, or null
     * @param redirectedFrom the URL whose redirect led here, or null
     * @param page         the page that asked for it (a resource's document), or null
     */
    public record Hop(long seq, String method, String url, String type, String outcome, String blockedReason, String upgradedBy,
            String redirectedFrom, String page) {

        public String scheme() {
            int colon = url.indexOf(':');
            return colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
        }

        /** The host, or an empty string for a URL without one. */
        public String host() {
            try {
                String host = URI.create(url).getHost();
                return host == null ? "" : host.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException notAUri) {
                return "";
            }
        }

        /** Whether this is a request of the web ({@code http}, {@code https}, {@code ws}, {@code wss}), not {@code data:} or {@code chrome:}. */
        public boolean overTheNetwork() {
            return switch (scheme()) {
                case "http", "https", "ws", "wss" -> true;
                default -> false;
            };
        }

        /** Whether it was asked for without TLS ({@code http://} or {@code ws://}), whatever became of it. */
        public boolean unencrypted() {
            return scheme().equals("http") || scheme().equals("ws");
        }

        /** "Script http://… (chặn: mixed-content)", for messages. */
        public String describe() {
            StringBuilder text = new StringBuilder(type.isEmpty() ? "?" : type).append(' ').append(method).append(' ').append(url);
            if (blockedReason != null) {
                text.append(" (trình duyệt chặn: ").append(blockedReason).append(')');
            } else if (upgradedBy != null) {
                text.append(" (trình duyệt tự chuyển sang https nhờ ").append(upgradedBy).append(')');
            } else {
                text.append(" (").append(outcome).append(')');
            }
            if (redirectedFrom != null) {
                text.append(", chuyển hướng từ ").append(redirectedFrom);
            } else if (page != null && !page.isEmpty() && !page.equals(url)) {
                text.append(", do trang ").append(page).append(" yêu cầu");
            }
            return text.toString();
        }
    }

    /**
     * One {@code Set-Cookie} header line of a response.
     *
     * @param url the URL whose response carried it, as far as the log tells (the hop of that request then)
     */
    public record CookieSet(long seq, String url, String header) {

        public SetCookie cookie() {
            return SetCookie.parse(header);
        }

        public String host() {
            try {
                String host = URI.create(url).getHost();
                return host == null ? "" : host.toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException notAUri) {
                return "";
            }
        }
    }

    /** The order of the last event taken in: hops and cookies after it belong to what the browser does next. */
    public long lastSeq() {
        long last = 0;
        for (Hop hop : hops) {
            last = Math.max(last, hop.seq());
        }
        for (CookieSet set : cookiesSet) {
            last = Math.max(last, set.seq());
        }
        return last;
    }

    /** The hops that started after {@code seq}. */
    public List<Hop> hopsAfter(long seq) {
        return hops.stream().filter(h -> h.seq() > seq).toList();
    }

    /** The cookies set by responses that came after {@code seq}. */
    public List<CookieSet> cookiesSetAfter(long seq) {
        return cookiesSet.stream().filter(c -> c.seq() > seq).toList();
    }
}
