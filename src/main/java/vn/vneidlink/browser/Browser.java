package vn.vneidlink.browser;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.ConverterFunctions;
import org.openqa.selenium.chromium.HasCdp;
import org.picocontainer.Disposable;
import vn.vneidlink.config.BrowserReuse;
import vn.vneidlink.config.Hosts;
import vn.vneidlink.config.Settings;
import vn.vneidlink.target.PortalTarget;

/**
 * The scenario's browser, started on first use. By default ({@code vneidlink.browser.reuse=thread}) a Chromium shared
 * by the scenarios of one thread, one after the other, each in a fresh isolated context (a browser context of its own,
 * as WebDriver BiDi's user contexts are: no cookie, storage, cache or HSTS state crosses from one scenario to the next) and each still on its own
 * mock portals; with {@code vneidlink.browser.reuse=scenario} a Chromium of its own with a fresh profile, quit when the
 * scenario ends. How a Chromium is started: {@link Chromium}.
 */
public final class Browser implements Disposable {

    /**
     * The flags of every Chromium the suite starts (and of the benchmark's bare program and Playwright peer): the
     * screenshot size and language, no background traffic or HTTPS-upgrade attempts, so that
     * the suite decides every request the browser makes, and two that make the browser's work cheaper.
     */
    public static final List<String> FLAGS = List.of(
            "--window-size=1366,900",
            "--lang=vi-VN",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-quic",
            // The screenshot after every step 10-20 ms cheaper, and less work for the browser (Playwright enables it by
            // default; measured in docs/decisions.md)
            "--enable-features=CDPScreenshotNewSurface",
            // No spare renderer kept warm for the next site: a third fewer renderer processes, each started for nothing
            // when the scenario ends first (docs/decisions.md)
            "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,Translate,OptimizationHints,MediaRouter,"
                    + "SpareRendererForSitePerProcess");

    /** How the name of every profile folder the suite makes in the temporary folder begins. */
    public static final String PROFILE_PREFIX = "vneidlink-chromium-";

    private static final Json JSON = new Json();

    private final Settings settings;
    private final PortalTarget target;
    private WebDriver driver;
    private Chromium chromium;
    private IsolatedContext context;
    private Forensics forensics;
    /** Whether the driver's DevTools relay takes mouse events (false after it refused once). */
    private boolean cdpInput = true;

    public Browser(Settings settings, PortalTarget target) {
        this.settings = settings;
        this.target = target;
    }

    public synchronized WebDriver driver() {
        if (driver == null) {
            driver = start();
            forensics = new Forensics();
        }
        return driver;
    }

    /** Every request the browser made in this scenario (method, status, URL, timing). */
    public synchronized List<String> networkLog() {
        return readForensics().requests();
    }

    /**
     * Every request of this scenario so far, structured: for checks of what the pages asked for (the scheme of each
     * document and resource, mixed content that Chromium blocked, the cookies the servers set).
     */
    public synchronized NetworkLog network() {
        return readForensics().networkLog();
    }

    /** JavaScript errors of the pages (uncaught exceptions). */
    public synchronized List<String> javascriptErrors() {
        return readForensics().javascriptErrors();
    }

    /** What the browser console said: messages and JavaScript errors. */
    public synchronized List<String> consoleMessages() {
        return readForensics().console();
    }

    private Forensics readForensics() {
        WebDriver current = driver();
        forensics.read(current);
        return forensics;
    }

    /** Names (never values) of the cookies of the page on screen. */
    public List<String> cookieNames() {
        return driver().manage().getCookies().stream().map(org.openqa.selenium.Cookie::getName).sorted().toList();
    }

    /**
     * Every cookie the browser holds, of every host, with its attributes as the browser's cookie store reports them
     * (DevTools {@code Network.getAllCookies}); empty where the driver offers no DevTools (then the servers'
     * {@code Set-Cookie} headers in {@link #network()} are what is known).
     */
    public Optional<List<StoredCookie>> cookieStore() {
        if (!(driver() instanceof HasCdp cdp)) {
            return Optional.empty();
        }
        try {
            Object cookies = cdp.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
            if (!(cookies instanceof List<?> list)) {
                return Optional.empty();
            }
            List<StoredCookie> stored = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map<?, ?> c) {
                    stored.add(new StoredCookie(String.valueOf(c.get("name")), String.valueOf(c.get("value")),
                            String.valueOf(c.get("domain")), String.valueOf(c.get("path")), Boolean.TRUE.equals(c.get("secure")),
                            Boolean.TRUE.equals(c.get("httpOnly")), c.get("sameSite") == null ? null : String.valueOf(c.get("sameSite"))));
                }
            }
            return Optional.of(stored);
        } catch (RuntimeException noCdp) {
            return Optional.empty();
        }
    }

    /** A cookie of the browser's store; {@code sameSite} null when the cookie named none. */
    public record StoredCookie(String name, String value, String domain, String path, boolean secure, boolean httpOnly, String sameSite) {}

    /**
     * Forgets every cookie of every host, as a browser on another computer would have none: through DevTools
     * ({@code Network.clearBrowserCookies}), else on each page of {@code pagesOfHosts} in turn (WebDriver deletes only the
     * cookies of the page on screen).
     */
    public void clearAllCookies(List<String> pagesOfHosts) {
        WebDriver current = driver();
        if (current instanceof HasCdp cdp) {
            try {
                cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
                return;
            } catch (RuntimeException noCdp) {
                // fall through to one host at a time
            }
        }
        for (String page : pagesOfHosts) {
            current.get(page);
            current.manage().deleteAllCookies();
        }
    }

    /**
     * Puts a cookie back in the browser, as someone who copied it would: for the host of the page on screen, path
     * {@code /}, {@code Secure} and {@code HttpOnly} as a session cookie has them.
     */
    public void restoreCookie(String name, String value) {
        driver().manage().addCookie(new org.openqa.selenium.Cookie.Builder(name, value).path("/").isSecure(true).isHttpOnly(true).build());
    }

    public synchronized boolean started() {
        return driver != null;
    }

    /** The profile folder of the Chromium on this machine; empty before it starts, on a Grid, and after it quit. */
    public synchronized Optional<Path> profileFolder() {
        return chromium == null ? Optional.empty() : chromium.profile();
    }

    /** Whether this scenario's browser is a shared Chromium (one per thread) in an isolated context of its own. */
    public synchronized boolean isolatedContext() {
        return context != null;
    }

    /** The host names of the portals in the target in use: the page objects' load checks compare against them. */
    public Hosts hosts() {
        return target.hosts();
    }

    /** Masks passwords, OTPs and ID numbers in a text about the page (active against real portals only). */
    public String redact(String text) {
        return target.redactor().mask(text);
    }

    public Duration waitTimeout() {
        return settings.waitTimeout();
    }

    /** A PNG screenshot of the viewport. */
    private byte[] screenshot() {
        return ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
    }

    /**
     * A JPEG screenshot of the viewport, encoded by the browser itself (much cheaper than a PNG for
     * the screenshot after every step): through the DevTools protocol where the driver offers it
     * (about 50 ms), else a PNG of the classic endpoint. The step screenshots keep it as it came; the failure
     * screenshot draws an address bar on it ({@code AddressBar} reads either).
     */
    public byte[] quickScreenshot() {
        WebDriver current = driver();
        if (context != null && context.hasPageSession()) {
            String base64 = context.toPage(new Command<String>("Page.captureScreenshot", Map.<String, Object>of("format", "jpeg", "quality", 80),
                    ConverterFunctions.map("data", String.class)), answerTimeout()).orElseThrow();
            return Base64.getDecoder().decode(base64);
        }
        if (current instanceof HasCdp cdp) {
            try {
                Object data = cdp.executeCdpCommand("Page.captureScreenshot", Map.of("format", "jpeg", "quality", 80)).get("data");
                if (data instanceof String base64) {
                    return Base64.getDecoder().decode(base64);
                }
            } catch (RuntimeException noCdp) {
                // fall through to the classic screenshot
            }
        }
        return screenshot();
    }

    /**
     * Clicks at {@code (x, y)}, the viewport's CSS pixels where the page found {@code element} clickable (its centre,
     * not covered): the mouse moved there, pressed and released, as WebDriver's element click does
     * ({@code Input.dispatchMouseEvent}, trusted events, hover and focus included), but in three DevTools commands on the
     * scenario's own page session instead of ChromeDriver's dozen round trips; through the driver's DevTools relay when
     * there is no page session (a browser per scenario); WebDriver's element click where the driver offers no DevTools.
     * Nothing here waits for a page the click loads: the page objects' waits do. {@code element} is needed only without
     * a page session (null there).
     */
    public void click(WebElement element, double x, double y) {
        WebDriver current = driver();
        List<Map<String, Object>> events = mouseClick(x, y);
        if (context != null && context.hasPageSession()) {
            for (Map<String, Object> event : events) {
                context.toPage(new Command<Void>("Input.dispatchMouseEvent", event), answerTimeout());
            }
            return;
        }
        if (current instanceof HasCdp cdp && cdpInput) {
            try {
                cdp.executeCdpCommand("Input.dispatchMouseEvent", events.get(0));
            } catch (RuntimeException noCdp) {
                // nothing pressed yet: WebDriver's click, from now on
                cdpInput = false;
                element.click();
                return;
            }
            cdp.executeCdpCommand("Input.dispatchMouseEvent", events.get(1));
            cdp.executeCdpCommand("Input.dispatchMouseEvent", events.get(2));
            return;
        }
        element.click();
    }

    /** Whether the scenario's tab has a DevTools page session of its own ({@link #awaitInPage}, {@link #click}). */
    public boolean hasPageSession() {
        driver();
        return context != null && context.hasPageSession();
    }

    /**
     * Runs an asynchronous script in the page over the scenario's DevTools page session, as WebDriver's
     * {@code executeAsyncScript} would ({@code arguments} the given values, then the callback), and returns its answer
     * by value (an element in it comes back as an empty map). A document that goes away meanwhile, or an error in the
     * script, is a {@link WebDriverException}, as through WebDriver. Only where {@link #hasPageSession()}.
     */
    public Object awaitInPage(String script, Object... arguments) {
        String expression = "new Promise(resolve => { (function() {\n" + script + "\n}).apply(null, " + JSON.toJson(List.of(arguments))
                + ".concat([resolve])); })";
        Map<String, Object> answer = context.toPage(new Command<Map<String, Object>>("Runtime.evaluate",
                Map.of("expression", expression, "awaitPromise", true, "returnByValue", true),
                input -> input.read(Json.MAP_TYPE)), answerTimeout()).orElseThrow();
        if (answer.get("exceptionDetails") instanceof Map<?, ?> thrown) {
            throw new WebDriverException("Lỗi của script trong trang: " + thrown.get("text") + " " + thrown.get("exception"));
        }
        return answer.get("result") instanceof Map<?, ?> result ? result.get("value") : null;
    }

    /**
     * Types into the focused field as a keyboard does, over the scenario's page session: for each character a key
     * pressed (with its text: the page gets keydown, keypress, beforeinput, input) and released (keyup), with the key's
     * code on a US keyboard for letters, digits and space (Shift held for capitals). Only for text that
     * {@link #typable} accepts, where {@link #hasPageSession()}.
     */
    public void typeInPage(String text) {
        text.codePoints().forEach(c -> {
            String key = new String(Character.toChars(c));
            Map<String, Object> down = new java.util.HashMap<>(Map.of("type", "keyDown", "key", key, "text", key, "unmodifiedText", key));
            Map<String, Object> up = new java.util.HashMap<>(Map.of("type", "keyUp", "key", key));
            keyCode(c).ifPresent(code -> {
                for (Map<String, Object> event : List.of(down, up)) {
                    event.put("code", code.code());
                    event.put("windowsVirtualKeyCode", code.virtualKey());
                    event.put("nativeVirtualKeyCode", code.virtualKey());
                    if (code.shift()) {
                        event.put("modifiers", 8);
                    }
                }
            });
            context.toPage(new Command<Void>("Input.dispatchKeyEvent", down), answerTimeout());
            context.toPage(new Command<Void>("Input.dispatchKeyEvent", up), answerTimeout());
        });
    }

    /** Text that {@link #typeInPage} types as WebDriver would: no control characters (Enter, Tab, WebDriver's special keys). */
    public static boolean typable(String text) {
        return !text.isEmpty() && text.codePoints().noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0xE000 && c <= 0xF8FF));
    }

    private record KeyCode(String code, int virtualKey, boolean shift) {}

    private static Optional<KeyCode> keyCode(int c) {
        if (c >= '0' && c <= '9') {
            return Optional.of(new KeyCode("Digit" + (char) c, c, false));
        }
        if (c >= 'a' && c <= 'z') {
            return Optional.of(new KeyCode("Key" + (char) (c - 32), c - 32, false));
        }
        if (c >= 'A' && c <= 'Z') {
            return Optional.of(new KeyCode("Key" + (char) c, c, true));
        }
        return c == ' ' ? Optional.of(new KeyCode("Space", 32, false)) : Optional.empty();
    }

    /** How long a command on the page session may take: the longest in-page wait (the wait timeout), and then some. */
    private Duration answerTimeout() {
        return settings.waitTimeout().plusSeconds(5);
    }

    /** A left click at a point: moved there (no button), pressed, released. */
    private static List<Map<String, Object>> mouseClick(double x, double y) {
        return List.of(
                Map.of("type", "mouseMoved", "x", x, "y", y, "button", "none", "buttons", 0),
                Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "buttons", 1, "clickCount", 1),
                Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "buttons", 0, "clickCount", 1));
    }

    private WebDriver start() {
        if (settings.browserReuse() == BrowserReuse.SCENARIO) {
            chromium = Chromium.launch(settings, target, false, "");
            return chromium.driver();
        }
        String key = target.browserKey(settings);
        // The scenario's mock portals start while the shared browser is launched (or taken) and its context opened:
        // neither needs the other until the relay is pointed at the mocks.
        CompletableFuture<InetSocketAddress> mocks = target.isMock() ? startMocks() : CompletableFuture.completedFuture(null);
        try {
            chromium = ChromiumPool.take(key, () -> Chromium.launch(settings, target, true, key));
            context = IsolatedContext.open(chromium.driver(), chromium.devTools());
            InetSocketAddress mockAddress = started(mocks);
            if (mockAddress != null) {
                chromium.forwardTo(mockAddress);
            }
            // what ChromeDriver logged for the scenarios before this one is theirs
            Forensics.discard(chromium.driver());
            return chromium.driver();
        } catch (RuntimeException e) {
            mocks.exceptionally(failed -> null).join(); // started or not, they are the scenario's to stop (PortalTarget)
            if (chromium != null) {
                chromium.quit();
            }
            chromium = null;
            context = null;
            throw e;
        }
    }

    /** Starts the scenario's mock portals on a thread of their own. */
    private CompletableFuture<InetSocketAddress> startMocks() {
        return CompletableFuture.supplyAsync(target::mockAddress, task -> {
            Thread thread = new Thread(task, "vneidlink-mock-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The address of the started mock portals; their own failure (a bad mocks folder, a busy port) as it was thrown. */
    private static InetSocketAddress started(CompletableFuture<InetSocketAddress> mocks) {
        try {
            return mocks.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Quits the shared browsers no scenario holds now. They are quit anyway when the JVM exits (a shutdown hook): a JVM
     * that runs the engine several times (the benchmark's warm runs, the project's tests) keeps them between runs, as
     * between the scenarios of one run.
     */
    public static void closeSharedBrowsers() {
        ChromiumPool.closeIdle();
    }

    @Override
    public synchronized void dispose() {
        Chromium used = chromium;
        IsolatedContext own = context;
        driver = null;
        forensics = null;
        chromium = null;
        context = null;
        if (used == null) {
            return;
        }
        if (own == null) {
            used.quit();
            return;
        }
        try {
            own.close(used.driver(), used.homeWindow());
            used.forwardTo(null);
            ChromiumPool.giveBack(used, Math.max(settings.threads(), settings.readinessParallel()));
        } catch (RuntimeException broken) {
            // a browser that cannot close a context is not handed to the next scenario
            used.quit();
        }
    }
}
