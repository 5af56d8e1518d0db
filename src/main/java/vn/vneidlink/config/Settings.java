package vn.vneidlink.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vneidlink.mock.PortalDefect;

/**
 * The one place that reads the suite's settings (system properties first, then environment
 * variables). Everything else receives a {@code Settings}. A wrong value fails at once with a
 * message that names the setting, the bad value and the valid ones.
 *
 * <p>Every setting has a system property {@code vneidlink.x.y} and an environment variable
 * {@code VNEIDLINK_X_Y}.
 */
public final class Settings {

    /** Where the portals under test live. */
    public enum Target {
        /** The embedded mock portals the suite starts itself (default, offline). */
        MOCK
    }

    private final Target target;
    private final boolean headless;
    private final Optional<Path> browserBinary;
    private final Optional<Path> driverBinary;
    private final Duration waitTimeout;
    private final Path mocksDirectory;
    private final String mockBindAddress;
    private final Set<PortalDefect> mockDefects;
    private final boolean screenshotEveryStep;

    /** The settings of this JVM: system properties, then environment variables. */
    public Settings() {
        this(new Source(System.getProperties(), System.getenv()));
    }

    /**
     * Settings from the given properties and environment (for tests). A factory, not a constructor:
     * PicoContainer would pick the greediest constructor and hand it empty maps.
     */
    public static Settings from(Properties properties, Map<String, String> environment) {
        return new Settings(new Source(properties, environment));
    }

    private Settings(Source source) {
        this.target = source.choice("vneidlink.target", Target.class, Target.MOCK);
        this.headless = source.bool("vneidlink.headless", true);
        this.browserBinary = source.executable("vneidlink.browser.binary", Path.of("/usr/bin/chromium"));
        this.driverBinary = source.executable("vneidlink.driver.binary", Path.of("/usr/bin/chromedriver"));
        this.waitTimeout = Duration.ofSeconds(source.positiveInt("vneidlink.wait.seconds", 10));
        this.mocksDirectory = source.directory("vneidlink.mocks.dir", Path.of("mocks"));
        this.mockBindAddress = source.text("vneidlink.mock.bind", "127.0.0.1");
        this.mockDefects = source.choices("vneidlink.mock.defects", PortalDefect.class);
        this.screenshotEveryStep = source.bool("vneidlink.screenshots", true);
    }

    public Target target() {
        return target;
    }

    /** Headless unless {@code -Dvneidlink.headless=false}, to watch the run. */
    public boolean headless() {
        return headless;
    }

    /** The Chromium binary; empty means "let Selenium find a browser". */
    public Optional<Path> browserBinary() {
        return browserBinary;
    }

    /** The ChromeDriver binary; empty means "let Selenium Manager find one". */
    public Optional<Path> driverBinary() {
        return driverBinary;
    }

    /** How long an explicit wait waits for its condition. */
    public Duration waitTimeout() {
        return waitTimeout;
    }

    public Path mocksDirectory() {
        return mocksDirectory;
    }

    public Path citizensFile() {
        return mocksDirectory.resolve("data").resolve("citizens.json");
    }

    public String mockBindAddress() {
        return mockBindAddress;
    }

    /** Defects switched on in the mock portals: the project's own tests use them to break the mocks. */
    public Set<PortalDefect> mockDefects() {
        return mockDefects;
    }

    public boolean screenshotEveryStep() {
        return screenshotEveryStep;
    }

    /** Reads one setting from the system properties, then the environment. */
    private static final class Source {
        private final Properties properties;
        private final Map<String, String> environment;

        Source(Properties properties, Map<String, String> environment) {
            this.properties = properties;
            this.environment = environment;
        }

        Optional<String> raw(String key) {
            String value = properties.getProperty(key);
            if (value == null) {
                value = environment.get(key.toUpperCase(Locale.ROOT).replace('.', '_'));
            }
            return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
        }

        String text(String key, String fallback) {
            return raw(key).orElse(fallback);
        }

        boolean bool(String key, boolean fallback) {
            Map<String, Boolean> valid = new LinkedHashMap<>();
            valid.put("true", true);
            valid.put("false", false);
            return raw(key).map(v -> parse(key, v, valid)).orElse(fallback);
        }

        int positiveInt(String key, int fallback) {
            return raw(key).map(v -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n > 0) {
                        return n;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
                throw invalid(key, v, "một số nguyên dương / a positive whole number");
            }).orElse(fallback);
        }

        <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
            return raw(key).map(v -> parse(key, v, names(type))).orElse(fallback);
        }

        <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
            Set<E> result = EnumSet.noneOf(type);
            raw(key).ifPresent(v -> Arrays.stream(v.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(s -> result.add(parse(key, s, names(type)))));
            return Set.copyOf(result);
        }

        /** An executable: the configured one must exist; the default is used only when present. */
        Optional<Path> executable(String key, Path fallback) {
            Optional<String> configured = raw(key);
            if (configured.isPresent()) {
                Path path = Path.of(configured.get());
                if (!Files.isExecutable(path)) {
                    throw invalid(key, configured.get(), "đường dẫn tới một tệp thực thi có thật / the path of an existing executable");
                }
                return Optional.of(path);
            }
            return Files.isExecutable(fallback) ? Optional.of(fallback) : Optional.empty();
        }

        Path directory(String key, Path fallback) {
            Path path = raw(key).map(Path::of).orElse(fallback);
            if (!Files.isDirectory(path)) {
                throw new IllegalStateException("Thư mục " + path.toAbsolutePath() + " (" + key + ") không tồn tại. "
                        + "Hãy chạy từ thư mục gốc của dự án hoặc đặt -D" + key + "=<thư mục>. "
                        + "/ Directory not found: run from the project folder or set -D" + key + ".");
            }
            return path;
        }

        private static <E extends Enum<E>> Map<String, E> names(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(
                    e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'), Function.identity(),
                    (a, b) -> a, LinkedHashMap::new));
        }

        private <T> T parse(String key, String value, Map<String, T> valid) {
            String normalised = value.toLowerCase(Locale.ROOT).replace('_', '-');
            T parsed = valid.get(normalised);
            if (parsed == null) {
                throw invalid(key, value, String.join(", ", valid.keySet()));
            }
            return parsed;
        }

        private static IllegalArgumentException invalid(String key, String value, String expected) {
            return new IllegalArgumentException("Giá trị không hợp lệ cho " + key + ": \"" + value + "\". Giá trị hợp lệ: "
                    + expected + ". / Invalid value for " + key + " (env " + key.toUpperCase(Locale.ROOT).replace('.', '_')
                    + "); valid: " + expected + ".");
        }
    }
}
