package vn.vneidlink.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.picocontainer.Disposable;
import vn.vneidlink.config.Hosts;
import vn.vneidlink.config.PortalTarget;
import vn.vneidlink.config.Settings;

/**
 * One Chromium per scenario, started on first use with a fresh profile that is deleted when the
 * scenario ends. The only place that knows how the browser is started.
 */
public final class Browser implements Disposable {

    private final Settings settings;
    private final PortalTarget target;
    private WebDriver driver;
    private Path profile;

    public Browser(Settings settings, PortalTarget target) {
        this.settings = settings;
        this.target = target;
    }

    public synchronized WebDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    public synchronized boolean started() {
        return driver != null;
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

    public byte[] screenshot() {
        return ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
    }

    /** What the browser console said: messages and JavaScript errors. */
    public List<String> consoleMessages() {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : driver().manage().logs().get(LogType.BROWSER)) {
            lines.add(entry.getLevel() + " " + entry.getMessage());
        }
        return lines;
    }

    private WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        settings.browserBinary().ifPresent(path -> options.setBinary(path.toFile()));
        try {
            profile = Files.createTempDirectory("vneidlink-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được thư mục hồ sơ trình duyệt tạm thời", e);
        }
        if (settings.headless()) {
            options.addArguments("--headless=new");
        }
        options.addArguments(
                "--user-data-dir=" + profile,
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
                // No HTTPS-upgrade attempts or other background features: the suite decides every request.
                "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,Translate,OptimizationHints,MediaRouter");
        target.hostResolverRules().ifPresent(rules -> options.addArguments("--host-resolver-rules=" + rules));
        // Trusts only the run's own certificates of the mock (or staging) portals, by their public keys:
        // never --ignore-certificate-errors.
        target.trustedSpki().ifPresent(spki -> options.addArguments("--ignore-certificate-errors-spki-list=" + spki));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        settings.driverBinary().ifPresent(path -> service.usingDriverExecutable(path.toFile()));
        try {
            WebDriver started = new ChromeDriver(service.build(), options);
            started.manage().timeouts().implicitlyWait(Duration.ZERO);
            // A page that takes longer than the wait timeout to load is too slow for a citizen: same limit.
            started.manage().timeouts().pageLoadTimeout(settings.waitTimeout());
            return started;
        } catch (SessionNotCreatedException | IllegalStateException e) {
            deleteProfile();
            throw new IllegalStateException("Không khởi động được Chromium. Cần Chromium và ChromeDriver cùng phiên bản "
                    + "(Debian: apt-get install -y chromium chromium-driver), hoặc chỉ đường dẫn bằng "
                    + "-Dvneidlink.browser.binary=... và -Dvneidlink.driver.binary=... "
                    + "/ Could not start Chromium: install chromium and chromium-driver or set those two settings. "
                    + "Browser: " + settings.browserBinary().map(Path::toString).orElse("(Selenium Manager)")
                    + ", driver: " + settings.driverBinary().map(Path::toString).orElse("(Selenium Manager)"), e);
        }
    }

    @Override
    public synchronized void dispose() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            deleteProfile();
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Không xoá được hồ sơ trình duyệt " + profile, e);
        }
        profile = null;
    }
}
