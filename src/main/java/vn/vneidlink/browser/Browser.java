package vn.vneidlink.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.picocontainer.Disposable;
import vn.vneidlink.config.Hosts;
import vn.vneidlink.config.Settings;
import vn.vneidlink.target.PortalTarget;

/**
 * One Chromium per scenario, started on first use with a fresh profile that is deleted when the
 * scenario ends. The only place that knows how the browser is started.
 */
public final class Browser implements Disposable {

    /**
     * The flags of every Chromium the suite starts (and of the benchmark's bare program): the
     * screenshot size and language, and no background traffic or HTTPS-upgrade attempts, so that
     * the suite decides every request the browser makes.
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
            "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,Translate,OptimizationHints,MediaRouter");

    /** How the name of every profile folder the suite makes in the temporary folder begins. */
    public static final String PROFILE_PREFIX = "vneidlink-chromium-";

    private final Settings settings;
    private final PortalTarget target;
    private WebDriver driver;
    private volatile Path profile;
    private Forensics forensics;

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
        return Optional.ofNullable(profile);
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
     * (about 50 ms), else a PNG of the classic endpoint. {@code AddressBar} reads either.
     */
    public byte[] quickScreenshot() {
        WebDriver current = driver();
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

    private WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        settings.browserBinary().ifPresent(path -> options.setBinary(path.toFile()));
        if (settings.gridUrl().isEmpty()) {
            // A fresh profile of our own, deleted in dispose(). On a Grid the node's ChromeDriver makes
            // and removes its own: a local path would mean nothing on a remote node.
            try {
                profile = Files.createTempDirectory(PROFILE_PREFIX);
            } catch (IOException e) {
                throw new UncheckedIOException("Không tạo được thư mục hồ sơ trình duyệt tạm thời", e);
            }
            options.addArguments("--user-data-dir=" + profile);
        }
        // From here on a JVM stopped by Ctrl-C or SIGTERM quits this browser and deletes its profile (OpenBrowsers).
        OpenBrowsers.opened(this);
        if (settings.headless()) {
            options.addArguments("--headless=new");
        }
        options.addArguments(FLAGS);
        target.hostResolverRules().ifPresent(rules -> options.addArguments("--host-resolver-rules=" + rules));
        // Trusts only the run's own certificates of the mock (or staging) portals, by their public keys:
        // never --ignore-certificate-errors.
        target.trustedSpki().ifPresent(spki -> options.addArguments("--ignore-certificate-errors-spki-list=" + spki));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        // Forensics: ChromeDriver keeps the console (browser log) and the DevTools Network events
        // (performance log) of the whole session. Cheaper than a WebDriver BiDi session, whose
        // start alone cost about a second of every scenario's first step.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));

        try {
            WebDriver started = settings.gridUrl().isPresent() ? onGrid(options) : local(options);
            started.manage().timeouts().implicitlyWait(Duration.ZERO);
            // A page that takes longer than the wait timeout to load is too slow for a citizen: same limit.
            started.manage().timeouts().pageLoadTimeout(settings.waitTimeout());
            return started;
        } catch (SessionNotCreatedException | IllegalStateException e) {
            deleteProfile();
            OpenBrowsers.closed(this);
            if (settings.gridUrl().isPresent()) {
                throw new IllegalStateException("Selenium Grid " + settings.gridUrl().get() + " không mở được phiên Chromium: "
                        + "kiểm tra Grid đang chạy và có nút (node) Chromium (xem .ci/grid/node.toml) "
                        + "/ The Grid could not start a Chromium session.", e);
            }
            throw new IllegalStateException("Không khởi động được Chromium. Cần Chromium và ChromeDriver cùng phiên bản "
                    + "(Debian: apt-get install -y chromium chromium-driver), hoặc chỉ đường dẫn bằng "
                    + "-Dvneidlink.browser.binary=... và -Dvneidlink.driver.binary=... "
                    + "/ Could not start Chromium: install chromium and chromium-driver or set those two settings. "
                    + "Browser: " + settings.browserBinary().map(Path::toString).orElse("(Selenium Manager)")
                    + ", driver: " + settings.driverBinary().map(Path::toString).orElse("(Selenium Manager)"), e);
        }
    }

    private WebDriver local(ChromeOptions options) {
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        settings.driverBinary().ifPresent(path -> service.usingDriverExecutable(path.toFile()));
        return new ChromeDriver(service.build(), options);
    }

    /** A session on the Grid; the host mapping and trusted keys travel in the options, the screenshots come back. */
    private WebDriver onGrid(ChromeOptions options) {
        return new Augmenter().augment(new RemoteWebDriver(settings.gridUrl().get(), options));
    }

    @Override
    public synchronized void dispose() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            forensics = null;
            deleteProfile();
            OpenBrowsers.closed(this);
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        delete(profile);
        profile = null;
    }

    /**
     * For the shutdown hook, when this browser did not quit in time: deletes its profile without the lock that a
     * scenario thread, stuck in a call to the browser, may hold.
     */
    void deleteProfileNow() {
        Path folder = profile;
        if (folder != null) {
            delete(folder);
        }
    }

    /** Deletes a folder and what is in it; a file that Chromium removed meanwhile is no error. */
    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A file went away while the folder was walked (Chromium still closing): walk once more.
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException again) {
                throw new IllegalStateException("Không xoá được hồ sơ trình duyệt " + folder + " / cannot delete the browser profile", again);
            }
        }
    }
}
