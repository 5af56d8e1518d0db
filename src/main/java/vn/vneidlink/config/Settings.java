package vn.vneidlink.config;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place that reads the suite's settings (system properties first, then environment
 * variables). Everything else receives a {@code Settings}. A wrong value fails at once with a
 * message that names the setting, the bad value and the valid ones.
 *
 * <p>Every setting has a system property {@code vneidlink.x.y} and an environment variable
 * {@code VNEIDLINK_X_Y}.
 *
 * <p>A package that owns settings of its own (the mock portals: {@code vneidlink.mock.*}) reads them
 * here with the typed readers {@link #text}, {@link #date}, {@link #choice} and {@link #choices}:
 * same sources, same parsing, same messages; this class knows nothing of what they mean.
 */
public final class Settings {

    /** The most scenarios that run at once ({@code vneidlink.threads}). */
    public static final int MAX_THREADS = 64;

    /** Cucumber's scenario filters, which the JUnit Platform reads from the system properties. */
    private static final List<String> SCENARIO_FILTERS = List.of("cucumber.filter.tags", "cucumber.filter.name");

    private final Optional<Environment> environment;
    private final boolean headless;
    private final BrowserReuse browserReuse;
    private final Optional<Path> browserBinary;
    /** A line of a shell script that runs a command with {@code exec} (not a comment). */
    private static final Pattern EXEC_LINE = Pattern.compile("(?m)^[^#\\n]*\\bexec\\s");
    /** Debian's Chromium (package {@code chromium}): the browser a person sees, and the Grid nodes' browser. */
    public static final Path FULL_CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * Debian's headless shell of the same build (package {@code chromium-headless-shell}): the binary itself, not
     * {@code /usr/bin/chromium-headless-shell}, a shell script that starts it without {@code exec}. ChromeDriver
     * quits the process it started: the script's, which leaves the browser running.
     */
    public static final Path HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");
    private final Optional<Path> driverBinary;
    private final Duration waitTimeout;
    private final Path mocksDirectory;
    private final boolean pageEvidence;
    private final Path readinessPortals;
    private final Optional<String> allowChangesTo;
    private final Optional<Path> operatorOtpFile;
    private final Duration operatorTimeout;
    private final boolean operatorAllowed;
    private final Secrets secrets;
    private final Optional<URL> gridUrl;
    private final int threads;
    private final Path platformsFile;
    private final int readinessParallel;
    private final Duration readinessSlow;
    private final Source source;

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
        this.source = source;
        // Before anything else: a credential passed as -D is in the JVM's properties, which the test reports copy.
        CredentialProperties.refusal(source.properties).ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        this.environment = source.environment("vneidlink.target");
        this.headless = source.bool("vneidlink.headless", true);
        this.browserReuse = source.choice("vneidlink.browser.reuse", BrowserReuse.class, BrowserReuse.THREAD);
        this.driverBinary = source.executable("vneidlink.driver.binary", Path.of("/usr/bin/chromedriver"));
        this.waitTimeout = Duration.ofSeconds(source.positiveInt("vneidlink.wait.seconds", 10));
        this.mocksDirectory = source.directory("vneidlink.mocks.dir", Path.of("mocks"));
        // Screenshots and page sources may show a real citizen's data: on by default only against the mocks.
        this.pageEvidence = source.bool("vneidlink.screenshots", environment.isEmpty());
        this.readinessPortals = source.file("vneidlink.portals.list",
                environment.map(Environment::portalsFile).orElse(mocksDirectory.resolve("data").resolve("readiness-portals.csv")));
        this.allowChangesTo = source.raw("vneidlink.live.allow-changes");
        this.operatorOtpFile = source.raw("vneidlink.operator.otp-file").map(Path::of);
        this.operatorTimeout = Duration.ofSeconds(source.positiveInt("vneidlink.operator.timeout.seconds", 120));
        // In CI nobody reads a prompt or opens the VNeID app: second factors are then never awaited.
        this.operatorAllowed = source.bool("vneidlink.operator", !source.raw("CI").map("true"::equalsIgnoreCase).orElse(false));
        // Credentials from the environment or the secrets file only (CredentialProperties): never from system properties.
        this.secrets = Secrets.from(source::environmentOnly, source.raw("vneidlink.secrets.file").map(Path::of));
        this.gridUrl = source.url("vneidlink.grid.url");
        // Headless on this machine: Debian's headless shell of the same Chromium build when installed (what Playwright
        // runs headless too), half the CPU a scenario of the full browser's headless mode (docs/decisions.md).
        this.browserBinary = source.executable("vneidlink.browser.binary", defaultBrowser(headless, gridUrl.isPresent()));
        source.raw("vneidlink.browser.binary").ifPresent(configured -> refuseScriptWithoutExec(configured, browserBinary.get()));
        // Each scenario thread drives a Chromium of its own (about 150 MiB and a share of a core): bounded, so that a
        // typo fails here with the setting's name rather than deep in the JUnit Platform's ForkJoinPool.
        this.threads = source.boundedInt("vneidlink.threads", Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()), 1,
                MAX_THREADS, "số kịch bản chạy cùng lúc, mỗi kịch bản một Chromium / scenarios at once, each with its own Chromium");
        this.platformsFile = source.file("vneidlink.platforms", Path.of("environments", "platforms.json"));
        // Each probe of a portal has a browser of its own: a handful on a laptop; silent portals cost time, not CPU.
        // On a Grid, extra sessions would queue behind the scenarios' own for the node's slots: one, unless told.
        // Against the mocks the probes are CPU-bound (the mocks answer at once) and a browser going through pages keeps
        // about one and a half cores busy: one browser per two cores the scenario threads leave. On 2 cores, a second
        // browser made the four readiness and drift scenarios slower (2 threads: 93-96 s and 176-181 CPU-s against
        // 63-70 s and 116-130 CPU-s) and stretched healthy mock pages past the slow limit (docs/benchmark.md).
        this.readinessParallel = source.boundedInt("vneidlink.readiness.parallel", gridUrl.isPresent() ? 1
                : environment.isEmpty() ? Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() / (2 * threads))) : 4, 1, 16,
                "số trình duyệt kiểm tra song song, mỗi trình duyệt khoảng 150 MiB / browsers probing at once");
        // A citizen waits 3 s at most. Against the mocks 5 s: their slow portal answers after 7 s, and a healthy one must
        // never be called slow on a loaded CI machine.
        this.readinessSlow = Duration.ofMillis(source.positiveInt("vneidlink.readiness.slow-ms", environment.isEmpty() ? 5000 : 3000));
        // Failsafe reruns failed scenarios when -Dvneidlink.reruns=1: a network hiccup against real portals.
        // Against the mocks nothing is flaky by design: a failure there is a real one, never retried.
        if (environment.isEmpty() && source.raw("vneidlink.reruns").map(v -> !v.equals("0")).orElse(false)) {
            throw new IllegalArgumentException("vneidlink.reruns chỉ dùng khi chạy với cổng thật (vneidlink.target=live...): với cổng giả lập, "
                    + "một kịch bản thất bại là lỗi thật và không được chạy lại. / Reruns are for live runs only.");
        }
    }

    /** "mock" for the embedded mock portals, or the name of the environment in use. */
    public String targetName() {
        return environment.map(Environment::name).orElse("mock");
    }

    /** The embedded mock portals (the default), as opposed to an environment of real or staging portals. */
    public boolean mockTarget() {
        return environment.isEmpty();
    }

    /** The environment of real or staging portals; empty for the mock portals. */
    public Optional<Environment> environment() {
        return environment;
    }

    /** Headless unless {@code -Dvneidlink.headless=false}, to watch the run. */
    public boolean headless() {
        return headless;
    }

    /**
     * {@code thread} (default): one Chromium per thread, a fresh isolated context per scenario; {@code scenario}: a
     * fresh Chromium per scenario.
     */
    public BrowserReuse browserReuse() {
        return browserReuse;
    }

    /**
     * A browser given as a shell script that starts it without {@code exec} (Debian's
     * {@code /usr/bin/chromium-headless-shell}) would outlive every scenario: ChromeDriver quits the process it
     * started, the script, and the browser under it runs on. Refused with the fix.
     */
    private static void refuseScriptWithoutExec(String configured, Path binary) {
        String head;
        try (var in = Files.newInputStream(binary)) {
            head = new String(in.readNBytes(16_384), StandardCharsets.ISO_8859_1);
        } catch (IOException unreadable) {
            return; // executable but unreadable: ChromeDriver will say what it can
        }
        if (head.startsWith("#!") && !EXEC_LINE.matcher(head).find()) {
            throw new IllegalStateException("Cài đặt vneidlink.browser.binary=" + configured + " là một tập lệnh shell khởi "
                    + "động trình duyệt mà không dùng exec: khi ChromeDriver đóng phiên, trình duyệt vẫn chạy. Hãy chỉ thẳng tệp "
                    + "chương trình mà tập lệnh gọi (Debian: " + HEADLESS_SHELL + ") / vneidlink.browser.binary is a shell "
                    + "script that starts the browser without exec, so the browser would outlive ChromeDriver's quit: "
                    + "name the binary the script runs.");
        }
    }

    /** The browser a run takes when none is configured: the headless shell when headless, off a Grid and installed. */
    public static Path defaultBrowser(boolean headless, boolean onGrid) {
        return headless && !onGrid && Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM;
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

    /** Screenshots after each step and page sources on failure (off by default against real portals). */
    public boolean pageEvidence() {
        return pageEvidence;
    }

    /** The portal list (province,url) the readiness checks go through. */
    public Path readinessPortals() {
        return readinessPortals;
    }

    /** The user name of the one test account that live scenarios may change (sync, link); empty: none. */
    public Optional<String> allowChangesTo() {
        return allowChangesTo;
    }

    /** A file in which the operator writes each OTP he receives (instead of typing it on the console). */
    public Optional<Path> operatorOtpFile() {
        return operatorOtpFile;
    }

    /** How long the suite waits for the operator (an OTP, an approval in the VNeID app). */
    public Duration operatorTimeout() {
        return operatorTimeout;
    }

    /** Whether a person may be asked for second factors (false in CI, or with vneidlink.operator=false). */
    public boolean operatorAllowed() {
        return operatorAllowed;
    }

    /** The provincial platform profiles ({@code environments/platforms.json}). */
    public Path platformsFile() {
        return platformsFile;
    }

    /** How many portals the readiness checks probe at once, each in a browser of its own (1 to 16; default 4 live, one per core up to 4 against the mocks, 1 on a Grid). */
    public int readinessParallel() {
        return readinessParallel;
    }

    /** A home page that takes longer than this to load is reported slow ("chậm"); default 3 s (5 s against the mocks). */
    public Duration readinessSlow() {
        return readinessSlow;
    }

    /** How many scenarios run at once (each with its own browser and mock portals); default: the number of cores. */
    public int threads() {
        return threads;
    }

    /**
     * A Selenium Grid to run every browser on (e.g. http://127.0.0.1:4444); empty: a local Chromium.
     * The mock portals must then bind to an address the Grid's nodes reach ({@code vneidlink.mock.bind}).
     */
    public Optional<URL> gridUrl() {
        return gridUrl;
    }

    /**
     * The scenario filters set for this run ({@code cucumber.filter.tags=@buoc-1}, {@code cucumber.filter.name=...}),
     * comma-separated, for messages; empty when none is set.
     */
    public String scenarioFilters() {
        return SCENARIO_FILTERS.stream()
                .flatMap(key -> Optional.ofNullable(source.properties.getProperty(key)).filter(v -> !v.isBlank()).map(v -> key + "=" + v).stream())
                .collect(Collectors.joining(", "));
    }

    /** Credentials of the test accounts for real portals: never from the repository, never from system properties. */
    public Secrets secrets() {
        return secrets;
    }

    /** A text setting of another package, trimmed; the fallback when unset or blank. */
    public String text(String key, String fallback) {
        return source.text(key, fallback);
    }

    /** A date setting of another package ({@code 2024-07-02} or {@code 02/07/2024}); empty when unset. */
    public Optional<LocalDate> date(String key) {
        return source.date(key);
    }

    /** One constant of an enum, by name ({@code vneid-only} or {@code VNEID_ONLY}); the fallback when unset. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        return source.choice(key, type, fallback);
    }

    /** Constants of an enum, comma-separated, by name as for {@link #choice}; empty when unset. */
    public <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
        return source.choices(key, type);
    }

    /** Reads one setting from the system properties, then the environment. */
    private static final class Source {
        private final Properties properties;
        private final Map<String, String> environment;

        Source(Properties properties, Map<String, String> environment) {
            this.properties = properties;
            this.environment = environment;
        }

        /** A setting from the environment only: what carries a credential ({@link CredentialProperties}). */
        Optional<String> environmentOnly(String key) {
            return Optional.ofNullable(environment.get(envName(key))).map(String::trim).filter(v -> !v.isEmpty());
        }

        Optional<String> raw(String key) {
            String value = properties.getProperty(key);
            if (value == null) {
                value = environment.get(envName(key));
            }
            return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
        }

        static String envName(String key) {
            return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
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

        int boundedInt(String key, int fallback, int min, int max, String meaning) {
            return raw(key).map(v -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n >= min && n <= max) {
                        return n;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
                throw invalid(key, v, "một số nguyên từ " + min + " đến " + max + " (" + meaning + ") / a whole number from "
                        + min + " to " + max);
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

        Optional<URL> url(String key) {
            return raw(key).map(v -> {
                try {
                    URI uri = new URI(v);
                    if (!List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
                        throw new URISyntaxException(v, "not an http(s) URL");
                    }
                    return uri.toURL();
                } catch (URISyntaxException | MalformedURLException e) {
                    throw invalid(key, v, "địa chỉ http(s) của Selenium Grid, ví dụ http://127.0.0.1:4444 / a Grid URL");
                }
            });
        }

        Optional<LocalDate> date(String key) {
            return raw(key).map(v -> {
                for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/yyyy"))) {
                    try {
                        return LocalDate.parse(v, format);
                    } catch (DateTimeParseException ignored) {
                        // try the next format
                    }
                }
                throw invalid(key, v, "một ngày dạng 2024-07-02 hoặc 02/07/2024 / a date");
            });
        }

        Path file(String key, Path fallback) {
            Path path = raw(key).map(Path::of).orElse(fallback);
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("Tệp " + path.toAbsolutePath() + " (" + key + ") không tồn tại. / File not found.");
            }
            return path;
        }

        /** "mock", or an environment: a name under environments/ or the path of a .properties file. */
        Optional<Environment> environment(String key) {
            String value = raw(key).orElse("mock");
            if (value.equalsIgnoreCase("mock")) {
                return Optional.empty();
            }
            Path file = value.endsWith(".properties") ? Path.of(value) : Path.of("environments", value + ".properties");
            if (!Files.isRegularFile(file)) {
                throw invalid(key, value, "mock, " + String.join(", ", environmentNames())
                        + " hoặc đường dẫn một tệp .properties / or the path of an environment file");
            }
            String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
            return Optional.of(Environment.load(name, file));
        }

        private static List<String> environmentNames() {
            try (Stream<Path> files = Files.list(Path.of("environments"))) {
                return files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".properties"))
                        .map(f -> f.substring(0, f.length() - ".properties".length()))
                        .sorted().collect(Collectors.toList());
            } catch (IOException e) {
                return List.of();
            }
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
                    + expected + ". / Invalid value for " + key + " (env " + envName(key)
                    + "); valid: " + expected + ".");
        }
    }
}
