package vn.vneidlink.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import vn.vneidlink.config.Settings;
import vn.vneidlink.target.PortalTarget;

/**
 * One started Chromium and its ChromeDriver session: the only place that knows how the browser is started. Either a
 * scenario's own (quit when the scenario ends) or shared by the scenarios of one thread, one after the other
 * ({@link ChromiumPool}), each in an isolated context of its own ({@link IsolatedContext}). A shared one talks to the
 * mock portals through a {@link PortRelay}, because its host mapping is fixed when it starts while every scenario
 * has mock portals of its own.
 */
final class Chromium {

    private final WebDriver driver;
    private final String key;
    private final PortRelay relay;
    private final String homeWindow;
    private final DevTools devTools;
    private volatile Path profile;

    private Chromium(WebDriver driver, String key, boolean shared, PortRelay relay, Path profile) {
        this.driver = driver;
        this.key = key;
        this.relay = relay;
        this.profile = profile;
        this.homeWindow = shared ? driver.getWindowHandle() : null;
        this.devTools = shared ? IsolatedContext.devTools(driver) : null;
    }

    /** The browser-level DevTools connection of a shared Chromium, for its isolated contexts. */
    DevTools devTools() {
        return devTools;
    }

    /**
     * Starts a Chromium for {@code target}. A shared one ({@code shared}) keeps a DevTools connection (for its
     * isolated contexts) and, against the mock portals, reaches them through a relay that each scenario points at its own.
     */
    static Chromium launch(Settings settings, PortalTarget target, boolean shared, String key) {
        ChromeOptions options = new ChromeOptions();
        settings.browserBinary().ifPresent(path -> options.setBinary(path.toFile()));
        Path profile = null;
        if (settings.gridUrl().isEmpty()) {
            // A folder of our own, deleted when this Chromium quits, that holds ChromeDriver's fresh profile (its
            // temporary folder, below): not --user-data-dir, with which ChromeDriver opens no first page, and the
            // headless shell then has none to drive. On a Grid the node's ChromeDriver makes and removes its own:
            // a local path would mean nothing on a remote node.
            try {
                profile = Files.createTempDirectory(Browser.PROFILE_PREFIX);
            } catch (IOException e) {
                throw new UncheckedIOException("Không tạo được thư mục hồ sơ trình duyệt tạm thời", e);
            }
        }
        // From here on a JVM stopped by Ctrl-C or SIGTERM deletes this profile (OpenBrowsers), and quits the browser once it runs.
        OpenBrowsers.profileMade(profile);
        PortRelay relay = null;
        try {
            relay = shared && target.isMock() ? new PortRelay(target.mockBindAddress()) : null;
            if (settings.headless()) {
                options.addArguments("--headless=new");
            }
            options.addArguments(Browser.FLAGS);
            Optional<String> rules = relay == null ? target.hostResolverRules() : target.hostResolverRules(relay.address());
            rules.ifPresent(r -> options.addArguments("--host-resolver-rules=" + r));
            // Trusts only the run's own certificates of the mock (or staging) portals, by their public keys:
            // never --ignore-certificate-errors.
            target.trustedSpki().ifPresent(spki -> options.addArguments("--ignore-certificate-errors-spki-list=" + spki));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
            // Forensics: ChromeDriver keeps the console (browser log) and the DevTools Network events
            // (performance log) of the whole session: cheaper than BiDi events, and read only when asked.
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            logging.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
            WebDriver started = settings.gridUrl().isPresent() ? onGrid(settings, options) : local(settings, options, profile);
            started.manage().timeouts().implicitlyWait(Duration.ZERO);
            // A page that takes longer than the wait timeout to load is too slow for a citizen: same limit.
            started.manage().timeouts().pageLoadTimeout(settings.waitTimeout());
            Chromium chromium = new Chromium(started, key, shared, relay, profile);
            OpenBrowsers.opened(chromium);
            return chromium;
        } catch (SessionNotCreatedException | IllegalStateException e) {
            abandon(relay, profile);
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
        } catch (RuntimeException e) {
            abandon(relay, profile);
            throw e;
        }
    }

    /** What a start that failed leaves behind: the relay and the profile folder. */
    private static void abandon(PortRelay relay, Path profile) {
        if (relay != null) {
            relay.close();
        }
        if (profile != null) {
            delete(profile);
            OpenBrowsers.profileDeleted(profile);
        }
    }

    /**
     * ChromeDriver and its Chromium with {@code profile} as their temporary folder: ChromeDriver's fresh profile and
     * the browser's shared-memory files (--disable-dev-shm-usage) are made in it, and go with it.
     */
    private static WebDriver local(Settings settings, ChromeOptions options, Path profile) {
        ChromeDriverService.Builder service = new ChromeDriverService.Builder()
                .withEnvironment(Map.of("TMPDIR", profile.toString()));
        settings.driverBinary().ifPresent(path -> service.usingDriverExecutable(path.toFile()));
        return new ChromeDriver(service.build(), options);
    }

    /** A session on the Grid; the host mapping and trusted keys travel in the options, the screenshots come back. */
    private static WebDriver onGrid(Settings settings, ChromeOptions options) {
        return new Augmenter().augment(new RemoteWebDriver(settings.gridUrl().get(), options));
    }

    WebDriver driver() {
        return driver;
    }

    /** What this Chromium was started for: a scenario may take a shared one only with the same key. */
    String key() {
        return key;
    }

    /** The window of the default context, kept open (a session ends with its last window). */
    String homeWindow() {
        return homeWindow;
    }

    /** Points a shared Chromium's relay at the scenario's mock portals (no-op without relay). */
    void forwardTo(InetSocketAddress mockPortals) {
        if (relay != null) {
            relay.forwardTo(mockPortals);
        }
    }

    Optional<Path> profile() {
        return Optional.ofNullable(profile);
    }

    /** Still answering? A crashed browser or a dead session is not handed to the next scenario. */
    boolean alive() {
        try {
            driver.getWindowHandles();
            return true;
        } catch (RuntimeException dead) {
            return false;
        }
    }

    /** Quits the browser, stops its relay and deletes its profile. */
    void quit() {
        try {
            if (devTools != null) {
                devTools.close();
            }
        } catch (RuntimeException alreadyGone) {
            // the browser went first
        }
        try {
            driver.quit();
        } catch (RuntimeException alreadyGone) {
            // a crashed browser: its profile still goes
        } finally {
            if (relay != null) {
                relay.close();
            }
            deleteProfile();
            OpenBrowsers.closed(this);
        }
    }

    private void deleteProfile() {
        Path folder = profile;
        if (folder != null) {
            delete(folder);
            OpenBrowsers.profileDeleted(folder);
            profile = null;
        }
    }

    /** Deletes a folder and what is in it; a file that Chromium removed meanwhile is no error. */
    static void delete(Path folder) {
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
