package vn.vneidlink.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.support.ui.FluentWait;
import org.picocontainer.Disposable;
import vn.vneidlink.data.CitizenDirectory;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.data.ProvincialSystems;
import vn.vneidlink.mock.MockControls;
import vn.vneidlink.mock.MockOptions;
import vn.vneidlink.mock.MockPortals;

/**
 * The one place that knows which portals a scenario talks to and at which URLs. With the default
 * {@code mock} target it starts a fresh set of mock portals for this scenario only (lazily, on
 * first use) and stops them when the scenario ends.
 */
public final class PortalTarget implements Disposable {

    public static final String NATIONAL_HOST = "dichvucong.gov.vn";
    public static final String NATIONAL_SSO_HOST = "xacthuc.dichvucong.gov.vn";
    public static final String VNEID_SSO_HOST = "sso.dancuquocgia.gov.vn";

    private final Settings settings;
    private final CitizenDirectory citizens;
    private final ProvincialSystems provincialSystems;
    private MockPortals mock;

    public PortalTarget(Settings settings) {
        this.settings = settings;
        this.citizens = CitizenDirectory.load(settings.citizensFile());
        this.provincialSystems = ProvincialSystems.load(settings.mocksDirectory().resolve("data").resolve("portals.json"));
    }

    public CitizenDirectory citizens() {
        return citizens;
    }

    public ProvincialSystem provincialSystem(String province) {
        return provincialSystems.byProvince(province);
    }

    public String nationalPortalUrl(String path) {
        return baseUrl(NATIONAL_HOST) + path;
    }

    public String provincialUrl(ProvincialSystem system, String path) {
        return baseUrl(system.host()) + path;
    }

    public String baseUrl(String host) {
        return mock().baseUrl(host);
    }

    /** Chromium's {@code --host-resolver-rules}: every portal host to the mock, all else nowhere. */
    public Optional<String> hostResolverRules() {
        return Optional.of(mock().hostResolverRules());
    }

    /** The citizen's phone; against the mocks the suite plays it. */
    public SecondFactor secondFactor() {
        return new MockPhone(mock(), settings.waitTimeout());
    }

    /**
     * What a scenario may change in the mock portals while it runs: the portals' date, the clock,
     * a slow or failing VNeID SSO. Only the mock target has these.
     */
    public MockControls mockControls() {
        return mock().controls();
    }

    /** Requests that reached the mock portals and matched no route: each one is a defect of the mocks or of the suite. */
    public List<String> unmatchedRequests() {
        return mock == null ? List.of() : mock.unmatchedRequests();
    }

    public boolean started() {
        return mock != null;
    }

    private synchronized MockPortals mock() {
        if (mock == null) {
            MockOptions options = MockOptions.defaults(settings.mocksDirectory())
                    .withBindAddress(settings.mockBindAddress())
                    .withDefects(settings.mockDefects());
            mock = MockPortals.start(options);
        }
        return mock;
    }

    @Override
    public synchronized void dispose() {
        if (mock != null) {
            mock.close();
            mock = null;
        }
    }

    /** The citizen's phone, against the mock portals: reads their SMS outbox, taps the VNeID app. */
    private static final class MockPhone implements SecondFactor {
        private final MockPortals portals;
        private final Duration timeout;

        MockPhone(MockPortals portals, Duration timeout) {
            this.portals = portals;
            this.timeout = timeout;
        }

        @Override
        public String latestOtpSentTo(String phone) {
            return waitFor("một tin nhắn OTP tới số " + phone, () -> portals.sms().latestOtp(phone).orElse(null));
        }

        @Override
        public boolean anyOtpSentTo(String phone) {
            return portals.sms().latestOtp(phone).isPresent();
        }

        @Override
        public void approveInVneidApp(String cccd) {
            waitForPendingRequest(cccd);
            portals.vneidApp().approve(cccd);
        }

        @Override
        public void declineInVneidApp(String cccd) {
            waitForPendingRequest(cccd);
            portals.vneidApp().decline(cccd);
        }

        private void waitForPendingRequest(String cccd) {
            waitFor("yêu cầu xác nhận đăng nhập trên ứng dụng VNeID", () -> portals.vneidApp().hasPendingRequest(cccd) ? Boolean.TRUE : null);
        }

        private <T> T waitFor(String what, java.util.function.Supplier<T> condition) {
            return new FluentWait<>(portals)
                    .withTimeout(timeout)
                    .pollingEvery(Duration.ofMillis(100))
                    .withMessage("Điện thoại của công dân không nhận được " + what + " sau " + timeout.toSeconds() + " giây")
                    .until(p -> condition.get());
        }
    }
}
