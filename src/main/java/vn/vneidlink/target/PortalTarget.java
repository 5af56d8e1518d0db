package vn.vneidlink.target;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.support.ui.FluentWait;
import org.picocontainer.Disposable;
import vn.vneidlink.config.Environment;
import vn.vneidlink.config.Hosts;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.config.Redactor;
import vn.vneidlink.config.Settings;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.Era;
import vn.vneidlink.data.CitizenDirectory;
import vn.vneidlink.data.PlatformProfile;
import vn.vneidlink.data.PlatformProfiles;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.data.ProvincialSystems;
import vn.vneidlink.mock.MockControls;
import vn.vneidlink.mock.MockPortals;
import vn.vneidlink.mock.MockSettings;

/**
 * The one place that knows which portals a scenario talks to and at which URLs: the embedded mock
 * portals (default; a fresh set per scenario, started on first use and stopped when the scenario
 * ends) or an environment of real or staging portals ({@link Environment}). The one package that
 * knows both the settings and the mock portals: {@code config} does not know the mock.
 */
public final class PortalTarget implements Disposable {

    public static final String NATIONAL_HOST = Hosts.REAL.national();
    public static final String NATIONAL_SSO_HOST = Hosts.REAL.nationalSso();
    public static final String VNEID_SSO_HOST = Hosts.REAL.vneidSso();

    private final Settings settings;
    private final CitizenDirectory citizens;
    private final List<ProvincialSystem> provincialSystems;
    private final PlatformProfiles platforms;
    private final Optional<Environment> environment;
    private final LiveAccounts liveAccounts;
    private final Redactor redactor;
    /** The mock portals' own settings, read when the target is the mock; empty otherwise. */
    private final Optional<MockSettings> mockSettings;
    private MockPortals mock;
    /**
     * What a shared browser is launched with against this target's mocks, read once (portals.json, key hashes).
     * Not guarded by this object's lock: the mocks' start holds that lock while the browser is launched.
     */
    private volatile MockPortals.SharedBrowser sharedBrowser;

    public PortalTarget(Settings settings) {
        this.settings = settings;
        this.environment = settings.environment();
        this.citizens = CitizenDirectory.load(settings.citizensFile());
        this.platforms = PlatformProfiles.load(settings.platformsFile());
        this.provincialSystems = environment.isEmpty()
                ? ProvincialSystems.load(settings.mocksDirectory().resolve("data").resolve("portals.json")).all()
                : PortalList.load(environment.get().portalsFile(), platforms);
        provincialSystems.forEach(system -> platforms.byId(system.platform()));
        this.liveAccounts = new LiveAccounts(settings.secrets());
        this.redactor = new Redactor(environment.isPresent());
        // Read now, not when the mock starts: a wrong vneidlink.mock.* value fails the scenario at its start.
        this.mockSettings = environment.isEmpty() ? Optional.of(new MockSettings(settings)) : Optional.empty();
    }

    public boolean isMock() {
        return environment.isEmpty();
    }

    /** "mock", or the environment's name, for messages and reports. */
    public String name() {
        return settings.targetName();
    }

    public Hosts hosts() {
        return environment.map(env -> new Hosts(env.nationalUrl().getHost(), env.nationalSsoUrl().getHost(),
                env.vneidSsoUrl().getHost())).orElse(Hosts.REAL);
    }

    /** Masks passwords, OTPs and ID numbers in what goes into reports (active against real portals only). */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * The citizen a scenario names. Against the mocks, the fake citizen of the test data; against an
     * environment, the real test account configured for the same profile, or the scenario is skipped
     * with the list of what is missing.
     */
    public Citizen citizen(String fullName) {
        Citizen fake = citizens.byName(fullName);
        if (isMock()) {
            return fake;
        }
        return liveAccounts.accountFor(fake).map(live -> {
            redactor.add(live.phone());
            live.vnconnectAccount().ifPresent(a -> redactor.add(a.username()));
            liveAccounts.sensitiveValues().forEach(redactor::add);
            return live;
        }).orElseThrow(() -> NotApplicable.because("cần thông tin đăng nhập của một tài khoản thử cho hồ sơ «" + fake.profile()
                + "» (" + fake.fullName() + " trong kịch bản); thiếu: " + String.join(", ", liveAccounts.missingKeys(fake))
                + " — đặt trong " + settings.secrets().describeSource() + " (không bao giờ trong kho mã)"));
    }

    /** The fake citizen named in a scenario, whatever the target: what the scenario's sentence claims. */
    public Citizen scenarioCitizen(String fullName) {
        return citizens.byName(fullName);
    }

    /**
     * The provincial system a scenario names. Against the mocks, one they serve (else the scenario's data is wrong);
     * against an environment, its portal list may not hold that province: the scenario is then not applicable.
     */
    public ProvincialSystem provincialSystem(String province) {
        Optional<ProvincialSystem> listed = provincialSystems.stream().filter(s -> s.province().equals(province)).findFirst();
        if (listed.isEmpty() && !isMock()) {
            throw NotApplicable.because("danh sách cổng của «" + name() + "» không có hệ thống của tỉnh «" + province + "»; có: "
                    + provincialSystems.stream().map(ProvincialSystem::province).toList());
        }
        return listed
                .orElseThrow(() -> new IllegalArgumentException("Không có hệ thống của tỉnh \"" + province + "\" trong danh sách cổng của «"
                        + name() + "». Có: " + provincialSystems.stream().map(ProvincialSystem::province).toList()));
    }

    /**
     * The provincial systems the readiness checks go through (the portal list setting), read and checked whole. Against
     * the mocks each listed system must be one the mocks serve, on the same platform.
     */
    public List<ProvincialSystem> readinessPortals() {
        List<ProvincialSystem> listed = PortalList.load(settings.readinessPortals(), platforms);
        if (isMock()) {
            for (ProvincialSystem system : listed) {
                ProvincialSystem served = provincialSystems.stream().filter(s -> s.host().equals(system.host())).findFirst()
                        .orElseThrow(() -> new IllegalStateException(settings.readinessPortals() + ": cổng giả lập không có " + system.host()
                                + " («" + system.province() + "»); có / served: "
                                + provincialSystems.stream().map(ProvincialSystem::host).toList()));
                if (!served.platform().equals(system.platform())) {
                    throw new IllegalStateException(settings.readinessPortals() + ": «" + system.province() + "» ghi nền tảng «"
                            + system.platform() + "» nhưng cổng giả lập phục vụ nền tảng «" + served.platform() + "» (mocks/data/portals.json)");
                }
            }
        }
        return listed;
    }

    /** The platform profile of a provincial system. */
    public PlatformProfile platform(ProvincialSystem system) {
        return platforms.byId(system.platform());
    }

    public String nationalPortalUrl(String path) {
        return baseUrl(hosts().national()) + path;
    }

    public String provincialUrl(ProvincialSystem system, String path) {
        return baseUrl(system.host()) + path;
    }

    /** Scheme, host and (unless default) port of a portal host. */
    public String baseUrl(String host) {
        if (isMock()) {
            return mock().baseUrl(host);
        }
        Environment env = environment.get();
        for (URI url : List.of(env.nationalUrl(), env.nationalSsoUrl(), env.vneidSsoUrl())) {
            if (url.getHost().equals(host)) {
                return url.getScheme() + "://" + url.getAuthority();
            }
        }
        return provincialSystems.stream().filter(s -> s.host().equals(host)).findFirst()
                .map(s -> s.baseUrl())
                .orElse("https://" + host);
    }

    /** Chromium's {@code --host-resolver-rules}: against the mocks, every portal host to the mock and all else nowhere. */
    public Optional<String> hostResolverRules() {
        return isMock() ? Optional.of(mock().hostResolverRules()) : environment.get().hostResolverRules();
    }

    /**
     * The host mapping for a Chromium shared by the scenarios of a thread: every host any mock portals of this run may
     * serve, to {@code relay} (which each scenario points at its own mock portals); the environment's own mapping
     * against real or staging portals. Does not start the scenario's mock portals.
     */
    public Optional<String> hostResolverRules(InetSocketAddress relay) {
        return isMock() ? Optional.of(sharedBrowser().hostResolverRulesVia(relay)) : environment.get().hostResolverRules();
    }

    /** Where the scenario's own mock portals listen (starting them if needed); only against the mocks. */
    public InetSocketAddress mockAddress() {
        return mock().address();
    }

    /** The address the mock portals bind to ({@code vneidlink.mock.bind}): a relay in front of them listens there too. */
    public String mockBindAddress() {
        return mockSettings.orElseThrow().bindAddress();
    }

    /**
     * What a Chromium shared between scenarios must have been started with to serve this scenario: the target, its
     * host mapping (without the relay's port) and trusted keys, and the browser settings. Two scenarios with the same
     * key can use the same Chromium, one after the other.
     */
    public String browserKey(Settings browserSettings) {
        return String.join("|", name(), hostResolverRules(InetSocketAddress.createUnresolved("relay", 1)).orElse(""),
                trustedSpki().orElse(""), String.valueOf(browserSettings.browserBinary()), String.valueOf(browserSettings.driverBinary()),
                String.valueOf(browserSettings.headless()), String.valueOf(browserSettings.gridUrl()));
    }

    /**
     * Public-key hashes Chromium trusts beyond its own roots: the run's own certificates of the mock portals (known
     * before they start, as the host mapping via a relay: neither starts them).
     */
    public Optional<String> trustedSpki() {
        return isMock() ? Optional.of(sharedBrowser().trustSpkiList()).filter(s -> !s.isEmpty()) : environment.get().trustedSpki();
    }

    private MockPortals.SharedBrowser sharedBrowser() {
        MockPortals.SharedBrowser read = sharedBrowser;
        if (read == null) {
            read = MockPortals.sharedBrowser(mockSettings.orElseThrow().options()); // the same values if two threads race
            sharedBrowser = read;
        }
        return read;
    }

    /** Where a TLS check of this host connects, and which roots it trusts (empty: the JDK's). */
    public TlsEndpoint tlsEndpoint(String host) {
        if (isMock()) {
            return new TlsEndpoint(host, mock().address(), mock().tls().map(tls -> tls.trustKeyStore()));
        }
        Environment env = environment.get();
        InetSocketAddress address = env.connectTo().map(PortalTarget::socketAddress)
                .orElseGet(() -> new InetSocketAddress(host, 443));
        return new TlsEndpoint(host, address, env.trustStore().map(path -> keyStore(path, env.trustStorePassword().toCharArray())));
    }

    /** Where a TLS check of a provincial system connects: as {@link #tlsEndpoint(String)}, on the port of its listed URL. */
    public TlsEndpoint tlsEndpoint(ProvincialSystem system) {
        TlsEndpoint endpoint = tlsEndpoint(system.host());
        if (isMock() || environment.get().connectTo().isPresent() || system.url() == null) {
            return endpoint;
        }
        int port = URI.create(system.url()).getPort();
        return port < 0 ? endpoint : new TlsEndpoint(system.host(), new InetSocketAddress(system.host(), port), endpoint.trustStore());
    }

    /** A TLS endpoint of a portal: the name it must present, where to connect, the roots to trust. */
    public record TlsEndpoint(String host, InetSocketAddress connectTo, Optional<KeyStore> trustStore) {}

    /** The citizen's phone: the suite plays it against the mocks; a person holds it against real portals. */
    public SecondFactor secondFactor() {
        return isMock() ? new MockPhone(mock(), settings.waitTimeout()) : new OperatorPhone(settings, redactor);
    }

    /**
     * What a scenario may change in the mock portals while it runs: the portals' date, the clock,
     * a slow or failing VNeID SSO. Only the mock target has these; elsewhere the scenario is skipped.
     */
    public MockControls mockControls() {
        if (!isMock()) {
            throw NotApplicable.because("kịch bản cần điều khiển cổng giả lập (ngày của cổng, đồng hồ, SSO VNeID chậm/ngừng), "
                    + "không áp dụng cho «" + name() + "»");
        }
        return mock().controls();
    }

    /**
     * The era of the real portals the mock portals copy (with the portals' date: before the cutover the national SSO
     * still offers citizens the VNconnect login); empty against real portals, whose era a run reports as it finds it.
     */
    public Optional<Era> mockEra() {
        return isMock() ? Optional.of(mock().options().era()) : Optional.empty();
    }

    /**
     * Whether the national SSO must offer citizens the VNconnect login now: against the mocks, in the guide's era before
     * the cutover date; empty against real portals (a missing VNconnect login then makes its scenarios not applicable).
     */
    public Optional<Boolean> citizenVnconnectExpected() {
        return isMock() ? Optional.of(mock().options().era() != Era.TODAY && !mock().controls().afterCutover()) : Optional.empty();
    }

    /** "Today" as the portals see it: the mock portals' business date, or today in Vietnam for real portals. */
    public java.time.LocalDate portalToday() {
        return isMock() ? mock().controls().portalDate() : java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** Requests that reached the mock portals and matched no route: each one is a defect of the mocks or of the suite. */
    public List<String> unmatchedRequests() {
        return mock == null ? List.of() : mock.unmatchedRequests();
    }

    private synchronized MockPortals mock() {
        if (mock == null) {
            mock = mockSettings.orElseThrow().start();
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

    private static InetSocketAddress socketAddress(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalStateException("tls.connect-to phải có dạng host:port, không phải «" + hostPort + "»");
        }
        return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }

    private static KeyStore keyStore(Path path, char[] password) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Không đọc được kho chứng chỉ tin cậy " + path, e);
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
        public boolean vneidAppHasLoginRequest(String cccd) {
            return portals.vneidApp().hasPendingRequest(cccd);
        }

        @Override
        public String codeShownInVneidApp(String cccd) {
            return waitFor("mã xác nhận đăng nhập trên ứng dụng VNeID", () -> portals.vneidApp().codeShownFor(cccd).orElse(null));
        }

        @Override
        public Duration declineInVneidApp(String cccd) {
            waitForPendingRequest(cccd);
            portals.vneidApp().decline(cccd);
            return timeout;
        }

        @Override
        public Duration scanQrWithVneidApp(String cccd, String payload) {
            portals.vneidApp().scanQr(cccd, payload);
            return timeout;
        }

        @Override
        public Duration confirmInVneidAppWithPasscode(String cccd, String passcode) {
            if (!portals.vneidApp().confirmWithPasscode(cccd, passcode)) {
                throw new AssertionError("Ứng dụng VNeID từ chối mã passcode của dữ liệu thử (citizens.json) cho số định danh " + cccd);
            }
            return timeout;
        }

        private void waitForPendingRequest(String cccd) {
            waitFor("yêu cầu xác nhận đăng nhập trên ứng dụng VNeID", () -> portals.vneidApp().hasPendingRequest(cccd) ? Boolean.TRUE : null);
        }

        private <T> T waitFor(String what, Supplier<T> condition) {
            return new FluentWait<>(portals)
                    .withTimeout(timeout)
                    .pollingEvery(Duration.ofMillis(50))
                    .withMessage("Điện thoại của công dân không nhận được " + what + " sau " + timeout.toSeconds() + " giây")
                    .until(p -> condition.get());
        }
    }
}
