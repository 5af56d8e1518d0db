package vn.vneidlink.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What a scenario's browser did, for the report of a failure: every request (method, URL, status,
 * timing), the console and the JavaScript errors. ChromeDriver records them itself (the
 * DevTools protocol's Network events in its performance log, the console in its browser log:
 * {@code goog:loggingPrefs}) for the whole session, at no cost to the scenario's thread and with
 * no socket of ours; they are read once, on the scenario's thread, when its failure is reported,
 * so that one scenario's entries never land in another's report.
 *
 * <p>ChromeDriver hands each log entry out once: what is read is kept here, so asking again (the
 * console, then the errors) loses nothing.
 */
final class Forensics {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Request> requests = new LinkedHashMap<>();
    private final List<String> finished = new ArrayList<>();
    private final List<String> console = new ArrayList<>();
    private final List<String> javascriptErrors = new ArrayList<>();
    private String unreadable;

    /** One request being followed: a redirect closes one hop and opens the next under the same id. */
    private static final class Request {
        final String method;
        final String url;
        final double sentAt;
        String status = "?";

        Request(String method, String url, double sentAt) {
            this.method = method;
            this.url = url;
            this.sentAt = sentAt;
        }
    }

    /** Reads what ChromeDriver recorded since the last read. */
    synchronized void read(WebDriver driver) {
        Iterable<LogEntry> browser = driver.manage().logs().get(LogType.BROWSER);
        Iterable<LogEntry> performance;
        try {
            performance = driver.manage().logs().get(LogType.PERFORMANCE);
        } catch (RuntimeException e) {
            unreadable = "(ChromeDriver không cho đọc nhật ký mạng (performance log): " + e.getMessage() + ")";
            performance = List.of();
        }
        add(browser, performance);
    }

    /** Takes in log entries as ChromeDriver hands them out: the browser log and the performance log. */
    synchronized void add(Iterable<LogEntry> browser, Iterable<LogEntry> performance) {
        for (LogEntry entry : browser) {
            console.add(entry.getLevel() + " " + entry.getMessage());
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && entry.getMessage().contains("Uncaught")) {
                javascriptErrors.add(entry.getMessage());
            }
        }
        for (LogEntry entry : performance) {
            try {
                onEvent(JSON.readTree(entry.getMessage()).path("message"));
            } catch (IOException e) {
                unreadable = "(một mục của nhật ký mạng không đọc được: " + e.getMessage() + ")";
            }
        }
    }

    private void onEvent(JsonNode event) {
        JsonNode params = event.path("params");
        String id = params.path("requestId").asText();
        switch (event.path("method").asText()) {
            case "Network.requestWillBeSent" -> {
                JsonNode redirect = params.path("redirectResponse");
                if (!redirect.isMissingNode()) {
                    close(id, redirect.path("status").asText(), params.path("timestamp").asDouble());
                }
                JsonNode request = params.path("request");
                requests.put(id, new Request(request.path("method").asText(), request.path("url").asText(), params.path("timestamp").asDouble()));
            }
            case "Network.responseReceived" -> {
                Request sent = requests.get(id);
                if (sent != null) {
                    sent.status = params.path("response").path("status").asText();
                }
            }
            case "Network.loadingFinished" -> close(id, null, params.path("timestamp").asDouble());
            case "Network.loadingFailed" -> close(id, "LỖI " + params.path("errorText").asText()
                    + (params.path("canceled").asBoolean() ? " (huỷ)" : ""), params.path("timestamp").asDouble());
            default -> {
                // other Network events (data received, extra info...) add nothing to the log
            }
        }
    }

    private void close(String id, String outcome, double at) {
        Request sent = requests.remove(id);
        if (sent == null) {
            return;
        }
        finished.add(String.format(Locale.ROOT, "%-4s %s %s (%d ms)", sent.method, outcome != null ? outcome : sent.status, sent.url,
                Math.round((at - sent.sentAt) * 1000)));
    }

    /** Every request of the session: finished ones, then those still waiting for an answer. */
    synchronized List<String> requests() {
        List<String> all = new ArrayList<>(finished);
        requests.values().forEach(r -> all.add(String.format(Locale.ROOT, "%-4s %s (chưa xong) %s", r.method, r.status, r.url)));
        if (unreadable != null) {
            all.add(unreadable);
        }
        return all;
    }

    synchronized List<String> console() {
        return List.copyOf(console);
    }

    synchronized List<String> javascriptErrors() {
        return List.copyOf(javascriptErrors);
    }
}
