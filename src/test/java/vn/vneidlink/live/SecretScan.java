package vn.vneidlink.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds secrets (passwords, OTPs, ID and phone numbers) in what a run wrote.
 *
 * <p>A secret counts only as a whole token: not glued to a letter or digit on either side. A
 * six-digit OTP otherwise turns up by chance inside a nine-digit nanosecond timestamp of the
 * Cucumber messages, or inside a base64 screenshot, and the scan would fail one run in a hundred
 * for no leak at all. Text attachments in Cucumber messages (and in the HTML report that embeds
 * them) are base64-encoded, so they are decoded and scanned too; image bodies are left out. A
 * value escaped by its format ({@code &amp;} in the Surefire/Failsafe XML, {@code \"} in Allure's
 * JSON) is unescaped before the scan: a password with an ampersand is still found.
 *
 * <p>{@link #ARTIFACTS} lists what a run leaves for others to read, which {@link #leaks} goes through.
 */
final class SecretScan {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMBEDDED_MESSAGES = "window.CUCUMBER_MESSAGES = ";

    /**
     * Where runs leave what others read: the Surefire and Failsafe XML (which CI publishes, with every system property of
     * the test JVM and its output), Cucumber's reports, the Allure results and report, the readiness table, the list of
     * skipped scenarios and the run's counts, the Grid's logs.
     */
    static final List<Path> ARTIFACTS = List.of(Path.of("target", "failsafe-reports"), Path.of("target", "surefire-reports"),
            Path.of("target", "cucumber"), Path.of("target", "allure-results"), Path.of("target", "selftest-allure-results"),
            Path.of("target", "site"), Path.of("target", "readiness"), Path.of("target", "vneidlink"), Path.of("target", "grid"));

    private SecretScan() {
    }

    /**
     * Each file under these folders (written at {@code since} or later) that holds a secret, as "file holds a secret of
     * N characters": never the secret itself, which would leak into the test's own report.
     */
    static List<String> leaks(List<Path> folders, Collection<String> secrets, Instant since) throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> all = Files.walk(folder)) {
                files = all.filter(Files::isRegularFile).filter(f -> modifiedSince(f, since)).toList();
            }
            for (Path file : files) {
                found(file.getFileName().toString(), Files.readAllBytes(file), secrets)
                        .forEach(secret -> leaks.add(file + " chứa một bí mật dài " + secret.length()));
            }
        }
        return leaks;
    }

    private static boolean modifiedSince(Path file, Instant since) {
        try {
            return Files.getLastModifiedTime(file).compareTo(FileTime.from(since)) >= 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** The secrets found in the content of a file with the given name, each listed once. */
    static List<String> found(String fileName, byte[] content, Collection<String> secrets) {
        String utf8 = new String(content, StandardCharsets.UTF_8);
        String text = utf8 + "\n" + new String(content, StandardCharsets.ISO_8859_1);
        String decoded = decodedAttachments(fileName, utf8) + "\n" + unescaped(fileName, utf8);
        List<String> found = new ArrayList<>();
        for (String secret : secrets) {
            Pattern token = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])");
            if (token.matcher(text).find() || token.matcher(decoded).find()) {
                found.add(secret);
            }
        }
        return found;
    }

    /** The text with the escapes of its format undone: XML and HTML entities, JSON string escapes. */
    static String unescaped(String fileName, String text) {
        if (fileName.endsWith(".xml") || fileName.endsWith(".html")) {
            Matcher entity = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(text);
            StringBuilder out = new StringBuilder();
            while (entity.find()) {
                String name = entity.group(1);
                String character = switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
                };
                entity.appendReplacement(out, Matcher.quoteReplacement(character));
            }
            entity.appendTail(out);
            return out.toString();
        }
        if (fileName.endsWith(".json")) {
            StringBuilder out = new StringBuilder();
            try {
                textValues(JSON.readTree(text), out);
            } catch (java.io.IOException notJson) {
                return "";
            }
            return out.toString();
        }
        return "";
    }

    private static void textValues(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        }
        node.fieldNames().forEachRemaining(name -> out.append(name).append('\n'));
        node.forEach(child -> textValues(child, out));
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
