package vn.vneidlink.browser;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code Set-Cookie} header, read as RFC 6265 has it: {@code NAME=VALUE} then attributes ({@code Path},
 * {@code Secure}, {@code HttpOnly}, {@code SameSite}, {@code Max-Age}, {@code Expires}, {@code Domain}), names of
 * attributes compared without case.
 */
public record SetCookie(String name, String value, Map<String, String> attributes) {

    public SetCookie {
        attributes = Map.copyOf(attributes);
    }

    public static SetCookie parse(String header) {
        String[] parts = header.split(";");
        String pair = parts[0].trim();
        int eq = pair.indexOf('=');
        String name = eq < 0 ? "" : pair.substring(0, eq).trim();
        String value = eq < 0 ? pair : pair.substring(eq + 1).trim();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            int at = part.indexOf('=');
            String key = (at < 0 ? part : part.substring(0, at)).trim().toLowerCase(Locale.ROOT);
            attributes.putIfAbsent(key, at < 0 ? "" : part.substring(at + 1).trim());
        }
        return new SetCookie(name, value, attributes);
    }

    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName.toLowerCase(Locale.ROOT)));
    }

    public boolean secure() {
        return attributes.containsKey("secure");
    }

    public boolean httpOnly() {
        return attributes.containsKey("httponly");
    }

    /**
     * Whether the header removes the cookie rather than sets one: an empty value, {@code Max-Age} zero or less, or an
     * {@code Expires} in the past. A removal carries nothing to protect.
     */
    public boolean removal() {
        if (value.isEmpty() || value.equals("\"\"")) {
            return true;
        }
        Optional<String> maxAge = attribute("max-age");
        if (maxAge.isPresent()) {
            try {
                return Long.parseLong(maxAge.get()) <= 0;
            } catch (NumberFormatException unreadable) {
                return false;
            }
        }
        return attribute("expires").map(SetCookie::inThePast).orElse(false);
    }

    private static boolean inThePast(String expires) {
        try {
            return ZonedDateTime.parse(expires, DateTimeFormatter.RFC_1123_DATE_TIME).isBefore(ZonedDateTime.now());
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    /**
     * What a session cookie lacks, in the words of a failure message, each one a whole attribute: {@code Secure} (never
     * sent over plain HTTP), {@code HttpOnly} (no script can read it), {@code SameSite} {@code Lax} or {@code Strict}
     * ({@code None} only with {@code Secure}: not sent by other sites' requests), and a {@code Path} starting at
     * {@code /}. Empty when it has them all.
     */
    public List<String> missingProtections() {
        List<String> missing = new ArrayList<>();
        if (!secure()) {
            missing.add("thiếu Secure");
        }
        if (!httpOnly()) {
            missing.add("thiếu HttpOnly");
        }
        Optional<String> sameSite = attribute("samesite");
        if (sameSite.isEmpty()) {
            missing.add("thiếu SameSite");
        } else {
            String mode = sameSite.get().toLowerCase(Locale.ROOT);
            if (mode.equals("none")) {
                if (!secure()) {
                    missing.add("SameSite=None mà không có Secure");
                }
            } else if (!mode.equals("lax") && !mode.equals("strict")) {
                missing.add("SameSite=" + sameSite.get() + " không hợp lệ (phải là Lax, Strict, hoặc None kèm Secure)");
            }
        }
        Optional<String> path = attribute("path");
        if (path.isEmpty()) {
            missing.add("thiếu Path");
        } else if (!path.get().startsWith("/")) {
            missing.add("Path=" + path.get() + " không bắt đầu bằng /");
        }
        return missing;
    }
}
