package vn.vneidlink.mock;

import vn.vneidlink.data.Era;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.vneidlink.config.Settings;

/**
 * The mock portals' own settings ({@code vneidlink.mock.*}), read through {@link Settings} (same
 * sources, same parsing, same messages) when constructed: a wrong value fails at once, naming the
 * setting and the valid values.
 *
 * <ul>
 *   <li>{@code vneidlink.mock.bind}: the address the mocks listen on (default {@code 127.0.0.1});
 *   <li>{@code vneidlink.mock.defects}: {@link PortalDefect}s switched on, comma-separated
 *       ({@code sync-button-noop} or {@code SYNC_BUTTON_NOOP});
 *   <li>{@code vneidlink.mock.date}: the portals' date ({@code 2024-07-02} or {@code 02/07/2024});
 *       unset: the mock's own default, before the cutover;
 *   <li>{@code vneidlink.mock.era}: the era of the real portals the mocks copy ({@link Era}: {@code guide},
 *       the default, {@code after-cutover} or {@code today}).
 * </ul>
 * The mocks folder is the suite's ({@code vneidlink.mocks.dir}, {@link Settings#mocksDirectory()}).
 */
public final class MockSettings {

    private final Path mocksDirectory;
    private final String bindAddress;
    private final Set<PortalDefect> defects;
    private final Optional<LocalDate> portalDate;
    private final Era era;

    public MockSettings(Settings settings) {
        this.mocksDirectory = settings.mocksDirectory();
        this.bindAddress = settings.text("vneidlink.mock.bind", "127.0.0.1");
        this.defects = settings.choices("vneidlink.mock.defects", PortalDefect.class);
        this.portalDate = settings.date("vneidlink.mock.date");
        this.era = settings.choice("vneidlink.mock.era", Era.class, Era.GUIDE);
    }

    /** The address the mock portals listen on (with a Selenium Grid: one its nodes reach). */
    public String bindAddress() {
        return bindAddress;
    }

    /** Defects switched on in the mock portals: the project's own tests use them to break the mocks. */
    public Set<PortalDefect> defects() {
        return defects;
    }

    /** The portals' date, when a run sets it (the default is the mock's: before the cutover). */
    public Optional<LocalDate> portalDate() {
        return portalDate;
    }

    /** The era of the real portals the mocks copy. */
    public Era era() {
        return era;
    }

    /** The options to start the mock portals with. */
    public MockOptions options() {
        MockOptions options = MockOptions.defaults(mocksDirectory).withBindAddress(bindAddress).withDefects(defects).withEra(era);
        return portalDate.map(options::withPortalDate).orElse(options);
    }

    /** Starts a set of mock portals with these settings. */
    public MockPortals start() {
        return MockPortals.start(options());
    }
}
