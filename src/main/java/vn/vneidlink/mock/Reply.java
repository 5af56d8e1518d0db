package vn.vneidlink.mock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The response a handler builds; turned into a WireMock {@link ResponseDefinition} by the transformer. */
final class Reply {

    private final int status;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private Duration delay = Duration.ZERO;

    private Reply(int status) {
        this.status = status;
    }

    static Reply html(int status, String html) {
        Reply r = new Reply(status);
        r.header("Content-Type", "text/html; charset=utf-8");
        r.header("Cache-Control", "no-store");
        r.body = html.getBytes(StandardCharsets.UTF_8);
        return r;
    }

    static Reply json(int status, String json) {
        Reply r = new Reply(status);
        r.header("Content-Type", "application/json; charset=utf-8");
        r.header("Cache-Control", "no-store");
        r.body = json.getBytes(StandardCharsets.UTF_8);
        return r;
    }

    static Reply bytes(int status, String contentType, byte[] body) {
        Reply r = new Reply(status);
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        r.body = body;
        return r;
    }

    /** A 302 to an absolute URL. */
    static Reply redirect(String location) {
        Reply r = new Reply(302);
        r.header("Location", location);
        r.header("Cache-Control", "no-store");
        return r;
    }

    Reply header(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    /** Replaces the {@code Cache-Control} header (pages and redirects are {@code no-store} by default). */
    Reply cacheControl(String value) {
        headers.put("Cache-Control", new ArrayList<>(java.util.List.of(value)));
        return this;
    }

    /** Adds one {@code Set-Cookie} header (several are sent as several header lines). */
    Reply cookie(String setCookie) {
        return header("Set-Cookie", setCookie);
    }

    /**
     * Holds this reply back by at least {@code delay} (a WireMock fixed delay, applied when WireMock sends it, outside
     * the state lock; the longer of this and the host's delay wins).
     */
    Reply delayedBy(Duration delay) {
        this.delay = delay;
        return this;
    }

    int status() {
        return status;
    }

    /** The first value of a header, if the reply has it. */
    Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Replaces the values of a header by what {@code change} makes of each (for a defect that alters a correct reply). */
    Reply changeHeader(String name, UnaryOperator<String> change) {
        List<String> values = headers.get(name);
        if (values != null) {
            values.replaceAll(change);
        }
        return this;
    }

    /** Replaces an HTML or JSON body by what {@code change} makes of it (for a defect that alters a correct page). */
    Reply changeBody(UnaryOperator<String> change) {
        body = change.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return this;
    }

    ResponseDefinition toDefinition() {
        return toDefinition(Duration.ZERO);
    }

    /**
     * With a WireMock fixed delay (applied by WireMock when it sends the response, not by the handler): the longer of
     * {@code hostDelay} and this reply's own {@link #delayedBy delay}.
     */
    ResponseDefinition toDefinition(Duration hostDelay) {
        Duration delay = hostDelay.compareTo(this.delay) >= 0 ? hostDelay : this.delay;
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(status);
        if (delay.toMillis() > 0) {
            builder.withFixedDelay((int) Math.min(delay.toMillis(), Integer.MAX_VALUE));
        }
        headers.forEach((name, values) -> builder.withHeader(name, values.toArray(String[]::new)));
        if (body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }
}
