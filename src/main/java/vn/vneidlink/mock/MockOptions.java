package vn.vneidlink.mock;

import vn.vneidlink.data.Era;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
 * <p>What changes while a scenario runs (business date, cutover phase, clock offset, VNeID delay or outage) is not
 * here but in {@link MockPortals#controls()}; the portal and cutover dates here are the starting values.
 *
 * <p>To add a setting: add a field, a parameter to the private constructor, a
 * {@code with…} method and an accessor; the defaults go in {@link #defaults(Path)}.
 */
public final class MockOptions {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    /** HTTPS with certificates made for the run ({@link MockTls}); {@code "http"} stays selectable. */
    public static final String DEFAULT_SCHEME = "https";
    /** The portals' business date by default (that of the default era, {@link Era#GUIDE}): before the cutover. */
    public static final LocalDate DEFAULT_PORTAL_DATE = Era.GUIDE.defaultPortalDate();
    /** Decree 59/2022/ND-CP: from this date only VNeID signs in. */
    public static final LocalDate DEFAULT_CUTOVER_DATE = LocalDate.of(2024, 7, 1);

    private final Path mocksDir;
    private final String bindAddress;
    private final String scheme;
    private final Set<PortalDefect> defects;
    private final Clock clock;
    private final LocalDate portalDate;
    private final Era era;
    private final LocalDate cutoverDate;
    private final int port;

    private MockOptions(Path mocksDir, String bindAddress, String scheme, Set<PortalDefect> defects, Clock clock,
            LocalDate portalDate, LocalDate cutoverDate, Era era, int port) {
        this.mocksDir = Objects.requireNonNull(mocksDir, "mocksDir");
        this.bindAddress = requireText(bindAddress, "bindAddress");
        this.scheme = checkScheme(scheme);
        EnumSet<PortalDefect> copy = EnumSet.noneOf(PortalDefect.class);
        copy.addAll(Objects.requireNonNull(defects, "defects"));
        this.defects = Collections.unmodifiableSet(copy);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.portalDate = portalDate; // null: the era's default
        this.era = Objects.requireNonNull(era, "era");
        this.cutoverDate = Objects.requireNonNull(cutoverDate, "cutoverDate");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (a free port) or 1..65535, was " + port);
        }
        this.port = port;
    }

    /**
     * Mocks under {@code mocksDir} (the folder holding {@code __files/} and {@code data/}),
     * bound to 127.0.0.1, HTTPS with certificates made for the instance, no defects, the system clock,
     * era {@link Era#GUIDE} (portal date 2024-06-15), cutover 2024-07-01.
     */
    public static MockOptions defaults(Path mocksDir) {
        return new MockOptions(mocksDir, DEFAULT_BIND_ADDRESS, DEFAULT_SCHEME, Set.of(), Clock.systemDefaultZone(),
                null, DEFAULT_CUTOVER_DATE, Era.GUIDE, 0);
    }

    public MockOptions withMocksDir(Path mocksDir) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock, portalDate, cutoverDate, era, port);
    }

    /** The loopback address the server binds to (and that {@link MockPortals#hostResolverRules()} maps to). */
    public MockOptions withBindAddress(String bindAddress) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock, portalDate, cutoverDate, era, port);
    }

    /**
     * {@code "https"} (default) or {@code "http"}. With https the server serves TLS only (HTTP/1.1), each host with
     * its own certificate, chosen by SNI, from {@link MockTls} (made in memory when the instance starts): the test
     * browser must trust {@link MockPortals#browserTrustSpkiList()}, HTTP clients {@link MockTls#trustKeyStore()}.
     */
    public MockOptions withScheme(String scheme) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock, portalDate, cutoverDate, era, port);
    }

    /** Exactly these defects switched on (replaces any set before). */
    public MockOptions withDefects(Collection<PortalDefect> defects) {
        return new MockOptions(mocksDir, bindAddress, scheme, Set.copyOf(defects), clock, portalDate, cutoverDate, era, port);
    }

    /** Exactly these defects switched on (replaces any set before). */
    public MockOptions withDefects(PortalDefect... defects) {
        return withDefects(Arrays.asList(defects));
    }

    /** The clock for OTP / authorization-code expiry and the dates the pages show. */
    public MockOptions withClock(Clock clock) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock, portalDate, cutoverDate, era, port);
    }

    /**
     * The portals' business date ("today" as the portals see it, independent of the machine clock) when the
     * instance starts; changed at run time with {@link MockControls#setPortalDate}.
     */
    public MockOptions withPortalDate(LocalDate portalDate) {
        Objects.requireNonNull(portalDate, "portalDate");
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock, portalDate, cutoverDate, era, port);
    }

    /** The cutover date: from this business date on, VNconnect accounts no longer sign in (default 2024-07-01). */
    public MockOptions withCutoverDate(LocalDate cutoverDate) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock, portalDate, cutoverDate, era, port);
    }

    /** The era of the real portals the mocks copy (default {@link Era#GUIDE}); its date is the default portal date. */
    public MockOptions withEra(Era era) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock, portalDate, cutoverDate, era, port);
    }

    /**
     * The port to listen on (the HTTPS port with https); 0, the default, takes a free one. For a client that must
     * keep its address across instances: the benchmark's Playwright peer reuses one browser, whose
     * {@code --host-resolver-rules} name the port, for several fresh instances one after another (its SPKI list
     * stays valid: {@link MockTls} keeps each host's leaf key for the life of the JVM).
     */
    public MockOptions withPort(int port) {
        return new MockOptions(mocksDir, bindAddress, scheme, defects, clock, portalDate, cutoverDate, era, port);
    }

    /** The port asked for; 0: a free one. */
    public int port() {
        return port;
    }

    public Era era() {
        return era;
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

    /** The base clock; the instance's mock clock is this plus the offset of {@link MockControls#advanceClock}. */
    public Clock clock() {
        return clock;
    }

    /** The portals' business date at start: the one set, else the era's ({@link Era#defaultPortalDate()}). */
    public LocalDate portalDate() {
        return portalDate != null ? portalDate : era.defaultPortalDate();
    }

    public LocalDate cutoverDate() {
        return cutoverDate;
    }

    @Override
    public String toString() {
        return "MockOptions[mocksDir=" + mocksDir + ", bindAddress=" + bindAddress + ", scheme=" + scheme
                + ", defects=" + defects + ", clock=" + clock
                + ", era=" + era.id() + ", portalDate=" + portalDate() + ", cutoverDate=" + cutoverDate
                + (port != 0 ? ", port=" + port : "") + "]";
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
