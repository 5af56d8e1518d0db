package vn.vneidlink.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds secrets (passwords, OTPs, ID and phone numbers) in what a run wrote.
 *
 * <p>A secret counts only as a whole token: not glued to a letter or digit on either side. A
 * six-digit OTP otherwise turns up by chance inside a nine-digit nanosecond timestamp of the
 * Cucumber messages, or inside a base64 screenshot, and the scan would fail one run in a hundred
 * for no leak at all. Text attachments in Cucumber messages (and in the HTML report that embeds
 * them) are base64-encoded, so they are decoded and scanned too; image bodies are left out.
 */
final class SecretScan {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMBEDDED_MESSAGES = "window.CUCUMBER_MESSAGES = ";

    private SecretScan() {
    }

    /** The secrets found in the content of a file with the given name, each listed once. */
    static List<String> found(String fileName, byte[] content, Collection<String> secrets) {
        String utf8 = new String(content, StandardCharsets.UTF_8);
        String text = utf8 + "\n" + new String(content, StandardCharsets.ISO_8859_1);
        String decoded = decodedAttachments(fileName, utf8);
        List<String> found = new ArrayList<>();
        for (String secret : secrets) {
            Pattern token = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])");
            if (token.matcher(text).find() || token.matcher(decoded).find()) {
                found.add(secret);
            }
        }
        return found;
    }

    /** The decoded text attachments of Cucumber messages, in an NDJSON file or embedded in the HTML report. */
    static String decodedAttachments(String fileName, String text) {
        StringBuilder out = new StringBuilder();
        if (fileName.endsWith(".ndjson")) {
            text.lines().filter(line -> line.startsWith("{")).forEach(line -> decode(parse(line), out));
        } else if (fileName.endsWith(".html") && text.contains(EMBEDDED_MESSAGES)) {
            int start = text.indexOf(EMBEDDED_MESSAGES) + EMBEDDED_MESSAGES.length();
            int end = text.indexOf("];\n", start);
            if (end > start) {
                // The HTML formatter writes "<" as the JavaScript escape \x3C, which JSON does not know.
                parse(text.substring(start, end + 1).replace("\\x3C", "\\u003C")).forEach(message -> decode(message, out));
            }
        }
        return out.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("báo cáo Cucumber không đọc được như JSON: " + e.getMessage(), e);
        }
    }

    private static void decode(JsonNode message, StringBuilder out) {
        JsonNode attachment = message.path("attachment");
        String mediaType = attachment.path("mediaType").asText("");
        if (attachment.isMissingNode() || mediaType.startsWith("image/")) {
            return;
        }
        String body = attachment.path("body").asText("");
        boolean base64 = "BASE64".equals(attachment.path("contentEncoding").asText());
        out.append(base64 ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body).append('\n');
    }
}
