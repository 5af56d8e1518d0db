package vn.vneidlink.mock;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The seeded defects of the VNeID SSO ({@link PortalDefect}): each replaces one rule of {@link VneidSsoMock}, which
 * itself holds only the correct behaviour.
 */
final class VneidSsoDefects {

    /** The delay of {@link PortalDefect#VNEID_SLOWER_THAN_TIMEOUT}: longer than the suite's default 10 s wait. */
    static final Duration SLOW_DEFECT_DELAY = Duration.ofSeconds(15);

    private VneidSsoDefects() {}

    /** {@link PortalDefect#VNEID_SLOWER_THAN_TIMEOUT}: every reply waits at least 15 s. */
    static void slowerThanTimeout(VneidSsoMock vneid) {
        Supplier<Duration> correct = vneid.responseDelay;
        vneid.responseDelay = () -> {
            Duration delay = correct.get();
            return delay.compareTo(SLOW_DEFECT_DELAY) < 0 ? SLOW_DEFECT_DELAY : delay;
        };
    }

    /** {@link PortalDefect#DECLINE_STILL_SIGNS_IN}: declining in the app completes the login as an approval would. */
    static void declineStillSignsIn(VneidSsoMock vneid) {
        vneid.onDeclined = vneid::complete;
    }
}
