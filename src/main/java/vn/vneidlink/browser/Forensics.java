package vn.vneidlink.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What a scenario's browser did, for the report of a failure: every request (method, URL, status,
 * timing), the console and the JavaScript errors; and for the checks of the scenario itself, the same requests as a
 * {@link NetworkLog} (each hop's scheme and kind, mixed content blocked, HSTS upgrades, the cookies servers set). ChromeDriver records them itself (the
 * DevTools protocol's Network events in its performance log, the console in its browser log:
 * {@code goog:loggingPrefs}) for the whole session, at no cost to the scenario's thread and with
 * no socket of ours; they are read on the scenario's thread, when a check asks or its failure is
 * reported, so that one scenario's entries never land in another's report.
 *
 * <p>ChromeDriver hands each log entry out once: what is read is kept here, so asking again (the
 * console, then the errors) loses nothing.
 */
final class Forensics {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Request> requests = new LinkedHashMap<>();
    private final List<String> finished = new ArrayList<>();
    /** Every hop, in the order they started; and per request id, its hops so far (a redirect adds one). */
    private final List<HopBuilder> hops = new ArrayList<>();
    private final Map<String, List<HopBuilder>> hopsById = new LinkedHashMap<>();
    private final List<NetworkLog.CookieSet> cookiesSet = new ArrayList<>();
    /** Orders hops and cookies: one more for every Network event taken in. */
    private long seq;
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

    /** One hop of the structured log, filled in as its events come. */
    private static final class HopBuilder {
        final long seq;
        final String method;
        final String url;
        final String type;
        final String redirectedFrom;
        final String page;
        String outcome = "?";
        String blockedReason;
        String upgradedBy;

        HopBuilder(long seq, String method, String url, String type, String redirectedFrom, String page) {
            this.seq = seq;
            this.method = method;
            this.url = url;
            this.type = type;
            this.redirectedFrom = redirectedFrom;
            this.page = page;
        }

        NetworkLog.Hop build() {
            return new NetworkLog.Hop(seq, method, url, type, outcome, blockedReason, upgradedBy, redirectedFrom, page);
        }
    }

    /** Drops what ChromeDriver recorded so far: a shared browser's logs of the scenarios before. */
    static void discard(WebDriver driver) {
        driver.manage().logs().get(LogType.BROWSER);
        try {
            driver.manage().logs().get(LogType.PERFORMANCE);
        } catch (RuntimeException noPerformanceLog) {
            // read() says so when a check asks
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
        seq++;
        switch (event.path("method").asText()) {
            case "Network.requestWillBeSent" -> {
                JsonNode redirect = params.path("redirectResponse");
                String redirectedFrom = redirect.isMissingNode() ? null : lastHop(id).map(h -> h.url).orElse(null);
                if (!redirect.isMissingNode()) {
                    close(id, redirect.path("status").asText(), params.path("timestamp").asDouble());
                    lastHop(id).ifPresent(hop -> {
                        hop.outcome = redirect.path("status").asText();
                        JsonNode reason = redirect.path("headers").path("Non-Authoritative-Reason");
                        hop.upgradedBy = reason.isMissingNode() ? null : reason.asText();
                    });
                }
                JsonNode request = params.path("request");
                requests.put(id, new Request(request.path("method").asText(), request.path("url").asText(), params.path("timestamp").asDouble()));
                String type = params.path("type").asText("");
                String page = "Document".equals(type) ? null : params.path("documentURL").asText(null);
                HopBuilder hop = new HopBuilder(seq, request.path("method").asText(), request.path("url").asText(), type, redirectedFrom, page);
                hops.add(hop);
                hopsById.computeIfAbsent(id, k -> new ArrayList<>()).add(hop);
            }
            case "Network.responseReceived" -> {
                Request sent = requests.get(id);
                if (sent != null) {
                    sent.status = params.path("response").path("status").asText();
                }
                lastHop(id).ifPresent(hop -> hop.outcome = params.path("response").path("status").asText());
            }
            case "Network.responseReceivedExtraInfo" -> takeCookies(id, params.path("headers"));
            case "Network.loadingFinished" -> close(id, null, params.path("timestamp").asDouble());
            case "Network.loadingFailed" -> {
                JsonNode blockedBy = params.path("blockedReason");
                String blocked = blockedBy.isMissingNode() || blockedBy.asText().isEmpty() ? null : blockedBy.asText();
                String outcome = "LỖI " + (blocked != null ? "trình duyệt chặn (" + blocked + ")" : params.path("errorText").asText())
                        + (params.path("canceled").asBoolean() ? " (huỷ)" : "");
                lastHop(id).ifPresent(hop -> {
                    hop.outcome = outcome;
                    hop.blockedReason = blocked;
                });
                close(id, outcome, params.path("timestamp").asDouble());
            }
            default -> {
                // other Network events (data received, extra info...) add nothing to the log
            }
        }
    }

    private Optional<HopBuilder> lastHop(String id) {
        List<HopBuilder> ofId = hopsById.get(id);
        return ofId == null || ofId.isEmpty() ? Optional.empty() : Optional.of(ofId.get(ofId.size() - 1));
    }

    /**
     * The {@code Set-Cookie} lines of a response's raw headers (one header value, lines joined by newlines). The extra
     * info of a redirect may come after the browser already asked for the next URL: a response that names, as its
     * {@code Location}, the URL of the request's latest hop belongs to the hop before.
     */
    private void takeCookies(String id, JsonNode headers) {
        String setCookie = null;
        String location = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            if (header.getKey().equalsIgnoreCase("set-cookie")) {
                setCookie = header.getValue().asText();
            } else if (header.getKey().equalsIgnoreCase("location")) {
                location = header.getValue().asText();
            }
        }
        if (setCookie == null || setCookie.isBlank()) {
            return;
        }
        List<HopBuilder> ofId = hopsById.getOrDefault(id, List.of());
        String url = "";
        if (!ofId.isEmpty()) {
            HopBuilder last = ofId.get(ofId.size() - 1);
            boolean redirectedThereAlready = location != null && ofId.size() > 1 && sameUrl(last.url, ofId.get(ofId.size() - 2).url, location);
            url = redirectedThereAlready ? ofId.get(ofId.size() - 2).url : last.url;
        }
        for (String line : setCookie.split("\n")) {
            if (!line.isBlank()) {
                cookiesSet.add(new NetworkLog.CookieSet(seq, url, line.trim()));
            }
        }
    }

    /** Whether {@code location}, relative to {@code base}, is {@code url}. */
    private static boolean sameUrl(String url, String base, String location) {
        try {
            return URI.create(base).resolve(location).toString().equals(url);
        } catch (IllegalArgumentException unreadable) {
            return false;
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

    /** The same requests, structured, and every cookie the servers set. */
    synchronized NetworkLog networkLog() {
        return new NetworkLog(hops.stream().map(HopBuilder::build).toList(), cookiesSet, Optional.ofNullable(unreadable));
    }

    synchronized List<String> console() {
        return List.copyOf(console);
    }

    synchronized List<String> javascriptErrors() {
        return List.copyOf(javascriptErrors);
    }
}
