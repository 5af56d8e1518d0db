package vn.vneidlink.browser;

import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.ConverterFunctions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.HasDevTools;

/**
 * A scenario's own part of a shared Chromium: a separate browser context (as an incognito profile: its own cookie
 * jar, storage, cache, HSTS state and sockets) with one tab, which the WebDriver session is switched to. Disposing of
 * the context closes its tab and forgets everything in it, so nothing crosses to the next scenario (proven by
 * {@code BrowserIsolationTest}).
 *
 * <p>Made through the DevTools protocol at the browser's level ({@code Target.createBrowserContext}, then
 * {@code Target.createTarget} in it), on the one DevTools connection of the Chromium: what WebDriver BiDi's user
 * contexts are made of, without BiDi itself, whose mapper (a script that ChromeDriver runs inside the browser and that
 * takes in every DevTools event of every page) cost more of the browser's CPU than a fresh Chromium per scenario saved.
 */
final class IsolatedContext {

    private final DevTools devTools;
    private final String browserContext;
    /** Whether the connection is attached to the scenario's tab (a page session), for {@link #toPage}. */
    private final boolean pageSession;

    private IsolatedContext(DevTools devTools, String browserContext, boolean pageSession) {
        this.devTools = devTools;
        this.browserContext = browserContext;
        this.pageSession = pageSession;
    }

    /** The browser-level DevTools connection of a driver (no page session: Target commands act on the browser). */
    static DevTools devTools(WebDriver driver) {
        if (!(driver instanceof HasDevTools hasDevTools)) {
            throw new IllegalStateException("Trình duyệt này không cho dùng giao thức DevTools, cần để mỗi kịch bản có ngữ cảnh riêng: "
                    + "chạy với -Dvneidlink.browser.reuse=scenario (mỗi kịch bản một Chromium) / no DevTools: use a browser per scenario");
        }
        return hasDevTools.getDevTools();
    }

    static IsolatedContext open(WebDriver driver, DevTools devTools) {
        String context = devTools.send(new Command<>("Target.createBrowserContext", Map.of("disposeOnDetach", false),
                ConverterFunctions.map("browserContextId", String.class)));
        try {
            String tab = devTools.send(new Command<>("Target.createTarget", Map.of("url", "about:blank", "browserContextId", context),
                    ConverterFunctions.map("targetId", String.class)));
            driver.switchTo().window(tab);
            return new IsolatedContext(devTools, context, attach(devTools, tab));
        } catch (RuntimeException e) {
            new IsolatedContext(devTools, context, false).dispose();
            throw e;
        }
    }

    /**
     * Attaches the connection to the scenario's tab, so that the clicks and captures of the scenario go straight to the
     * page ({@link #toPage}) rather than through ChromeDriver (a click 5-17 ms instead of 50-65 ms). A browser that
     * refuses leaves the connection at the browser's level: the driver's own ways are used then.
     */
    private static boolean attach(DevTools devTools, String tab) {
        try {
            devTools.createSession(tab);
            return true;
        } catch (RuntimeException refused) {
            devTools.disconnectSession();
            return false;
        }
    }

    /** A command to the scenario's tab, answered within {@code timeout}; empty if the connection has no session on it. */
    <X> java.util.Optional<X> toPage(Command<X> command, java.time.Duration timeout) {
        return pageSession ? java.util.Optional.ofNullable(devTools.send(command, timeout)) : java.util.Optional.empty();
    }

    boolean hasPageSession() {
        return pageSession;
    }

    /** Closes the scenario's tab and forgets its context; the session goes back to the home window. */
    void close(WebDriver driver, String homeWindow) {
        driver.switchTo().window(homeWindow);
        if (pageSession) {
            // back to the browser's level, where the context is disposed of
            devTools.disconnectSession();
        }
        dispose();
    }

    private void dispose() {
        devTools.send(new Command<>("Target.disposeBrowserContext", Map.of("browserContextId", browserContext)));
    }
}
