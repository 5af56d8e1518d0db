package vn.vneidlink.mock;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How one {@link MockPortals} instance is started. Immutable; every {@code with…} returns a copy.
 *
 * <pre>{@code
 * MockOptions.defaults(Path.of("mocks"))
 *         .withDefects(PortalDefect.SYNC_BUTTON_NOOP)
 *         .withClock(Clock.fixed(...));
 * }</pre>
 *
 * <p>To add a setting (e.g. the cutover date): add a field, a parameter to the private constructor, a
 * {@code with…} method and an accessor; the defaults go in {@link #defaults(Path)}.
 */
public final class MockOptions {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final String DEFAULT_SCHEME = "http";

    private final Path mocksDir;
    private final String bindAddress;
    private final String scheme;
    private final Set<PortalDefect> defects;
    private final Clock clock;

    private MockOptions(Path mocksDir, String bindAddress, String scheme, Set<PortalDefect> defects, Clock clock) {
        this.mocksDir = Objects.requireNonNull(mocksDir, "mocksDir");
        this.bindAddress = requireText(bindAddress, "bindAddress");
        this.scheme = checkScheme(scheme);
        EnumSet<PortalDefect> copy = EnumSet.noneOf(PortalDefect.class);
        copy.addAll(Objects.requireNonNull(defects, "defects"));
        this.defects = Collections.unmodifiableSet(copy);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Mocks under {@code mocksDir} (the folder holding {@code mappings/}, {@code __files/} and {@code data/}),
     * bound to 127.0.0.1, plain HTTP, no defects, the system clock.
     */
    public static MockOptions defaults(Path mocksDir) {
        return new MockOptions(mocksDir, DEFAULT_BIND_ADDRESS, DEFAULT_SCHEME, Set.of(), Clock.systemDefaultZone());
    }

    public MockOptions withMocksDir(Path mocksDir) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock);
    }

    /** The loopback address the server binds to (and that {@link MockPortals#hostResolverRules()} maps to). */
    public MockOptions withBindAddress(String bindAddress) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock);
    }

    /**
     * {@code "http"} (default) or {@code "https"}. With https the server serves TLS only, with WireMock's
     * built-in self-signed certificate (the browser must then ignore certificate errors).
     */
    public MockOptions withScheme(String scheme) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock);
    }

    /** Exactly these defects switched on (replaces any set before). */
    public MockOptions withDefects(Collection<PortalDefect> defects) {
        return new MockOptions(mocksDir, bindAddress, scheme, Set.copyOf(defects), clock);
    }

    /** Exactly these defects switched on (replaces any set before). */
    public MockOptions withDefects(PortalDefect... defects) {
        return withDefects(Arrays.asList(defects));
    }

    /** The clock for OTP / authorization-code expiry and the dates the pages show. */
    public MockOptions withClock(Clock clock) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock);
    }

    public Path mocksDir() {
        return mocksDir;
    }

    public String bindAddress() {
        return bindAddress;
    }

    public String scheme() {
        return scheme;
    }

    /** Unmodifiable. */
    public Set<PortalDefect> defects() {
        return defects;
    }

    public boolean hasDefect(PortalDefect defect) {
        return defects.contains(defect);
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "MockOptions[mocksDir=" + mocksDir + ", bindAddress=" + bindAddress + ", scheme=" + scheme
                + ", defects=" + defects + ", clock=" + clock + "]";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.trim();
    }

    private static String checkScheme(String scheme) {
        String s = requireText(scheme, "scheme").toLowerCase(Locale.ROOT);
        if (!s.equals("http") && !s.equals("https")) {
            throw new IllegalArgumentException("scheme must be \"http\" or \"https\", was \"" + scheme + "\"");
        }
        return s;
    }
}
