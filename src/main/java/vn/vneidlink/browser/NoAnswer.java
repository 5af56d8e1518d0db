package vn.vneidlink.browser;

import java.util.List;
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

    /**
     * Chromium's own error page (no answer, refused, certificate...) on screen: its error code. The full browser
     * writes the code on the page; the headless shell's error page is empty, only its address
     * ({@code chrome-error://chromewebdata/}) says the navigation failed, and the code is the one the browser's
     * network log gives the last document that failed.
     */
    public static Optional<String> errorPage(Browser browser) {
        List<?> page = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var e = document.querySelector('#main-frame-error .error-code'); return [e ? e.textContent : null, location.href];");
        if (page.get(0) != null) {
            return Optional.of("không trả lời (" + page.get(0).toString().trim() + ")");
        }
        if (!String.valueOf(page.get(1)).startsWith("chrome-error:")) {
            return Optional.empty();
        }
        List<NetworkLog.Hop> hops = browser.network().hops();
        for (int i = hops.size() - 1; i >= 0; i--) {
            NetworkLog.Hop hop = hops.get(i);
            Matcher code = NET_ERROR.matcher(String.valueOf(hop.outcome()));
            if ("Document".equals(hop.type()) && code.find()) {
                return Optional.of("không trả lời (" + code.group(1) + ")");
            }
        }
        return Optional.of("không trả lời (trang lỗi của trình duyệt, không rõ mã lỗi)");
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
