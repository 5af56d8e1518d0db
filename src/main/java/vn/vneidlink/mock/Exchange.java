package vn.vneidlink.mock;

import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Read access to one request, as the handlers need it. */
final class Exchange {

    private final Request request;

    Exchange(Request request) {
        this.request = request;
    }

    /** The host the browser asked for (Host header, without port, lower case). */
    String host() {
        String host = request.getHost();
        if (host == null || host.isBlank()) {
            host = Optional.ofNullable(request.getHeader("Host")).orElse("");
            int colon = host.lastIndexOf(':');
            if (colon > 0 && !host.endsWith("]")) {
                host = host.substring(0, colon);
            }
        }
        return host.toLowerCase(Locale.ROOT);
    }

    String method() {
        return request.getMethod().getName();
    }

    /** Path and query as requested. */
    String url() {
        return request.getUrl();
    }

    String path() {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    Optional<String> query(String name) {
        QueryParameter p = request.queryParameter(name);
        if (p == null || !p.isPresent() || p.values().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.firstValue());
    }

    String query(String name, String fallback) {
        return query(name).orElse(fallback);
    }

    Optional<String> form(String name) {
        FormParameter p;
        try {
            p = request.formParameter(name);
        } catch (RuntimeException e) {
            return Optional.empty(); // not a form body
        }
        if (p == null || !p.isPresent() || p.values().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.firstValue());
    }

    String form(String name, String fallback) {
        return form(name).orElse(fallback);
    }

    Optional<String> cookie(String name) {
        Cookie c = request.getCookies().get(name);
        if (c == null || c.isAbsent()) {
            return Optional.empty();
        }
        List<String> values = c.getValues();
        return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0)).filter(v -> !v.isEmpty());
    }

    /** "METHOD url (Host: h)" for messages. */
    String describe() {
        return method() + " " + url() + " (Host: " + host() + ")";
    }
}
