package vn.vneidlink.browser;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/** A page that did not come: what the browser says of it, in the words of a report ("không trả lời (ERR_CONNECTION_RESET)"). */
public final class NoAnswer {

    private static final Pattern NET_ERROR = Pattern.compile("net::(ERR_[A-Z_]+)");

    private NoAnswer() {}

    /** A navigation that failed in the browser: Chromium's error code when it names one ("net::ERR_CONNECTION_RESET"). */
    public static String of(WebDriverException e) {
        Matcher code = NET_ERROR.matcher(String.valueOf(e.getMessage()));
        return code.find() ? "không trả lời (" + code.group(1) + ")" : "không trả lời: " + firstLine(e.getMessage());
    }

    /** Whether the failure is the browser's own network error (no answer, refused, reset), not a script or a wait. */
    public static boolean isNetworkError(WebDriverException e) {
        return NET_ERROR.matcher(String.valueOf(e.getMessage())).find();
    }

    /** Chromium's own error page (no answer, refused, certificate...) on screen: its error code. */
    public static Optional<String> errorPage(WebDriver driver) {
        Object code = ((JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector('#main-frame-error .error-code'); return e ? e.textContent : null;");
        return Optional.ofNullable(code).map(c -> "không trả lời (" + c.toString().trim() + ")");
    }

    /**
     * Whether the page on screen came from a server: its navigation got an answer, from {@code host} (any host when
     * null). A load that ran out of time without one means the host did not answer.
     */
    public static boolean answered(WebDriver driver, String host) {
        try {
            Object answered = ((JavascriptExecutor) driver).executeScript(
                    "var n = performance.getEntriesByType('navigation')[0];"
                            + " return !!(n && n.responseStart > 0) && (arguments[0] === null || location.hostname === arguments[0]);", host);
            return Boolean.TRUE.equals(answered);
        } catch (WebDriverException betweenDocuments) {
            return false;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
