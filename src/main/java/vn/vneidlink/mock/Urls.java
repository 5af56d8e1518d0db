package vn.vneidlink.mock;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL building (pure functions). */
final class Urls {

    private Urls() {}

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code base} plus query parameters given as name, value, name, value...; null values are left out. */
    static String withQuery(String base, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        StringBuilder sb = new StringBuilder(base);
        boolean first = base.indexOf('?') < 0;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                continue;
            }
            sb.append(first ? '?' : '&').append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
            first = false;
        }
        return sb.toString();
    }
}
