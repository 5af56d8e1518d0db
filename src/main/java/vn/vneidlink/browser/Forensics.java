package vn.vneidlink.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.bidi.module.LogInspector;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.BaseParameters;
import org.openqa.selenium.bidi.network.ResponseDetails;

/**
 * What a scenario's browser did, recorded through WebDriver BiDi for the report of a failure: every
 * request (method, URL, status, timing) and every JavaScript error. The events arrive on BiDi's own
 * threads; they are only buffered here and attached later on the scenario's thread, so that one
 * scenario's entries never land in another's report.
 */
final class Forensics implements AutoCloseable {

    private final List<String> requests = new ArrayList<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final List<String> javascriptErrors = new ArrayList<>();
    private final Network network;
    private final LogInspector logs;

    private Forensics(WebDriver driver) {
        this.network = new Network(driver);
        this.logs = new LogInspector(driver);
        network.onBeforeRequestSent(sent -> sentAt.put(sent.getRequest().getRequestId(), sent.getTimestamp()));
        network.onResponseCompleted(this::onResponse);
        network.onFetchError(error -> record(requests, line(error, "LỖI " + error.getErrorText(), timing(error))));
        logs.onJavaScriptException(entry -> record(javascriptErrors, entry.getText() + (entry.getStackTrace() == null ? ""
                : " @ " + entry.getStackTrace())));
    }

    /** Starts recording on a driver whose session has BiDi ({@code webSocketUrl}); null when it cannot. */
    static Forensics startOn(WebDriver driver) {
        try {
            return new Forensics(driver);
        } catch (RuntimeException noBidi) {
            return null;
        }
    }

    private void onResponse(ResponseDetails response) {
        record(requests, line(response, Integer.toString(response.getResponseData().getStatus()), timing(response)));
    }

    private static String line(BaseParameters event, String outcome, String timing) {
        return String.format(Locale.ROOT, "%-4s %s %s %s", event.getRequest().getMethod(), outcome, event.getRequest().getUrl(), timing);
    }

    /** From the request being sent to its answer (or error), by the browser's own event clock. */
    private String timing(BaseParameters event) {
        Long sent = sentAt.remove(event.getRequest().getRequestId());
        return sent == null ? "" : "(" + (event.getTimestamp() - sent) + " ms)";
    }

    private static void record(List<String> into, String line) {
        synchronized (into) {
            into.add(line);
        }
    }

    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<String> javascriptErrors() {
        synchronized (javascriptErrors) {
            return List.copyOf(javascriptErrors);
        }
    }

    @Override
    public void close() {
        try {
            logs.close();
        } catch (RuntimeException ignored) {
            // the session is going away: nothing left to record
        }
    }

}
