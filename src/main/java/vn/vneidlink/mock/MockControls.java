package vn.vneidlink.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a scenario changes while one {@link MockPortals} instance runs: the portals' business date, the mock clock (OTP, authorization-code and lockout expiry), and the VNeID SSO's delay, outage or firewall.
 * Obtained from {@link MockPortals#controls()}; one per instance.
 *
 * <p>Thread-safe: every value is read and written atomically; a change applies to the requests that start after it.
 */
public final class MockControls {

    private final LocalDate cutoverDate;
    private final OffsetClock clock;
    private volatile LocalDate portalDate;
    private volatile Duration vneidDelay = Duration.ZERO;
    private volatile boolean vneidDown;
    private volatile boolean vneidFirewallRejects;

    MockControls(MockOptions options) {
        this.cutoverDate = options.cutoverDate();
        this.portalDate = options.portalDate();
        this.clock = new OffsetClock(options.clock(), new AtomicReference<>(Duration.ZERO));
    }

    /** The portals' business date ("today" as the portals see it; independent of the machine clock). */
    public LocalDate portalDate() {
        return portalDate;
    }

    public void setPortalDate(LocalDate date) {
        this.portalDate = Objects.requireNonNull(date, "date");
    }

    /** From this business date on, VNconnect accounts no longer sign in ({@link MockOptions#withCutoverDate}). */
    public LocalDate cutoverDate() {
        return cutoverDate;
    }

    /** Whether the portal date has reached the cutover date ({@code portalDate >= cutoverDate}). */
    public boolean afterCutover() {
        return !portalDate.isBefore(cutoverDate);
    }

    /**
     * Moves the mock clock forward (OTP validity 5 min, authorization codes 60 s, lockout 30 min). Does not change
     * the portal date.
     *
     * @throws IllegalArgumentException for a negative duration
     */
    public void advanceClock(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The mock clock only moves forward, not by " + duration);
        }
        clock.offset.accumulateAndGet(duration, Duration::plus);
    }

    /** How far {@link #advanceClock} has moved the mock clock past {@link MockOptions#clock()}. */
    public Duration clockOffset() {
        return clock.offset.get();
    }

    /** The mock clock: {@link MockOptions#clock()} plus {@link #clockOffset()}. */
    public Clock clock() {
        return clock;
    }

    /** Now, by the mock clock. */
    public Instant now() {
        return clock.instant();
    }

    /** How long every response of the VNeID SSO is held back (default zero). */
    public Duration vneidDelay() {
        return vneidDelay;
    }

    /**
     * Delays every response of {@code sso.dancuquocgia.gov.vn} by this much (a WireMock fixed delay, applied after
     * the request was handled, so the other portals are not held up).
     *
     * @throws IllegalArgumentException for a negative duration or one longer than {@link Integer#MAX_VALUE} ms
     */
    public void setVneidDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("VNeID delay must be between 0 and " + Integer.MAX_VALUE + " ms, was " + delay);
        }
        this.vneidDelay = delay;
    }

    /** Whether the VNeID SSO is down. */
    public boolean vneidDown() {
        return vneidDown;
    }

    /** Down: every page of {@code sso.dancuquocgia.gov.vn} answers 503 with the VNeID outage page. */
    public void setVneidDown(boolean down) {
        this.vneidDown = down;
    }

    /** Whether the web-application firewall in front of the VNeID SSO rejects every request. */
    public boolean vneidFirewallRejects() {
        return vneidFirewallRejects;
    }

    /**
     * Rejecting: every request to {@code sso.dancuquocgia.gov.vn} (pages, XHR, static files, unknown paths) is
     * answered by an F5-style "Request Rejected" page with a support ID, as the real firewall has answered automated
     * browsers. It stands in front of the SSO: it wins over {@link #setVneidDown} and is not delayed.
     */
    public void setVneidFirewallRejects(boolean rejects) {
        this.vneidFirewallRejects = rejects;
    }

    @Override
    public String toString() {
        return "MockControls[portalDate=" + portalDate + ", cutoverDate=" + cutoverDate + ", clockOffset=" + clockOffset()
                + ", vneidDelay=" + vneidDelay + ", vneidDown=" + vneidDown + ", vneidFirewallRejects=" + vneidFirewallRejects + "]";
    }

    /** A base clock plus a shared, mutable offset. */
    private static final class OffsetClock extends Clock {
        private final Clock base;
        private final AtomicReference<Duration> offset;

        OffsetClock(Clock base, AtomicReference<Duration> offset) {
            this.base = base;
            this.offset = offset;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new OffsetClock(base.withZone(zone), offset);
        }

        @Override
        public Instant instant() {
            return base.instant().plus(offset.get());
        }

        @Override
        public String toString() {
            return "OffsetClock[" + base + " + " + offset.get() + "]";
        }
    }
}
