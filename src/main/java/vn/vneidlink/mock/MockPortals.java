package vn.vneidlink.mock;

import vn.vneidlink.data.Era;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.vneidlink.data.CitizenDirectory;

/**
 * The mock copies of the four portals the guide crosses, on one fresh WireMock server with its own state.
 * One instance per scenario; instances are independent and may run in parallel in one JVM.
 *
 * <pre>{@code
 * try (MockPortals portals = MockPortals.start(MockOptions.defaults(Path.of("mocks")))) {
 *     chromeOptions.addArguments("--host-resolver-rules=" + portals.hostResolverRules(),
 *             "--ignore-certificate-errors-spki-list=" + portals.browserTrustSpkiList()); // https (default)
 *     ...
 *     assertThat(portals.unmatchedRequests()).isEmpty();
 * }
 * }</pre>
 */
public final class MockPortals implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MockPortals.class.getName());

    private final MockOptions options;
    private final WireMockServer server;
    private final PortalState state;
    private final List<ProvinceConfig> provinces;
    private final VneidApp vneidApp;
    private final MockControls controls;
    private final MockTls tls;
    private final int port;

    private MockPortals(MockOptions options, MockControls controls, WireMockServer server, PortalState state,
            List<ProvinceConfig> provinces, MockTls tls) {
        this.options = options;
        this.tls = tls;
        this.controls = controls;
        this.server = server;
        this.state = state;
        this.provinces = provinces;
        this.vneidApp = new VneidApp(state);
        this.port = "https".equals(options.scheme()) ? server.httpsPort() : server.port();
    }

    /**
     * Starts a fresh server on a free port of the bind address (or on {@link MockOptions#port()}): every portal mock
     * registers its routes, the seeded defects of the options replace the rules they break, and every host of a
     * provincial system of readiness defect {@code no-answer} resets every connection.
     *
     * @throws IllegalStateException if the mocks folder, its templates or data are missing or invalid
     */
    public static MockPortals start(MockOptions options) {
        Path dir = options.mocksDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Mocks directory not found: " + dir
                    + " (it must hold __files/ and data/; run from the project folder or pass the right path"
                    + " to MockOptions.defaults(...))");
        }
        Path files = dir.resolve("__files");
        Path templates = files.resolve("templates");
        if (!Files.isDirectory(templates)) {
            throw new IllegalStateException("Page templates not found: " + templates
                    + " (expected __files/templates/<portal>/*.html under the mocks folder)");
        }
        CitizenDirectory citizens = CitizenDirectory.load(dir.resolve("data").resolve("citizens.json"));
        List<ProvinceConfig> provinces = ProvinceConfig.load(dir.resolve("data").resolve("portals.json"));

        MockControls controls = new MockControls(options);
        PortalState state = new PortalState(citizens.all(), controls.clock(), controls.portalDate());
        MockContext ctx = new MockContext(options, controls, state, new PageRenderer(templates), provinces, files);
        PortalMocks mocks = portalMocks(ctx);
        options.defects().forEach(defect -> defect.applyTo(mocks));

        RouteDispatcher dispatcher = new RouteDispatcher(state, "https".equals(options.scheme()));
        WireMockConfiguration config = WireMockConfiguration.options()
                .bindAddress(options.bindAddress())
                .usingFilesUnderDirectory(dir.toString())
                .extensions(dispatcher)
                .notifier(new ConsoleNotifier(false));
        MockTls tls = null;
        Path keystoreFile = null;
        if ("https".equals(options.scheme())) {
            tls = MockTls.create(browserHosts(provinces), certificateFlaws(provinces));
            keystoreFile = writeKeystore(tls);
            String password = new String(tls.keystorePassword());
            // Jetty picks the key entry whose SAN matches the SNI host name (one leaf per host in the keystore).
            // HTTP/1.1 only over TLS: WireMock's connection faults (readiness defect no-answer) act on the
            // connection, which is per host under HTTP/1.1 as it was with plain HTTP.
            config.httpDisabled(true)
                    .httpsPort(options.port())
                    .keystorePath(keystoreFile.toString())
                    .keystorePassword(password)
                    .keyManagerPassword(password)
                    .keystoreType(MockTls.STORE_TYPE)
                    .http2TlsDisabled(true);
        } else if (options.port() != 0) {
            config.port(options.port());
        } else {
            config.dynamicPort();
        }
        WireMockServer server = new WireMockServer(config);
        try {
            StaticFiles staticFiles = StaticFiles.under(files);
            for (RouteTable table : mocks.routeTables()) {
                if (provinces.stream().anyMatch(p -> p.hosts().contains(table.host()) && p.hasDefect(ReadinessDefect.NO_ANSWER))) {
                    server.stubFor(any(anyUrl()).withHost(equalTo(table.host())).withName(table.host() + " resets every connection")
                            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
                    continue;
                }
                table.registerOn(server, dispatcher);
                staticFiles.registerOn(server, table.host());
            }
            server.start();
        } finally {
            if (keystoreFile != null) {
                deleteKeystore(keystoreFile); // Jetty read it when it started (or it failed to start)
            }
        }
        return new MockPortals(options, controls, server, state, provinces, tls);
    }

    /** The mocks of the portals the guide crosses, and one per provincial system of portals.json. */
    private static PortalMocks portalMocks(MockContext ctx) {
        VneidSsoMock vneid = new VneidSsoMock(ctx);
        NationalSsoMock sso = new NationalSsoMock(ctx, vneid);
        List<ProvincialPortalMock> provinces = new ArrayList<>();
        for (ProvinceConfig p : ctx.provinces) {
            ProvincialPortalMock province = new ProvincialPortalMock(ctx, p, sso, vneid);
            ProvincialPortalDefects.applyReadinessDefect(province);
            provinces.add(province);
        }
        Optional<VpcpPortalMock> vpcp = ctx.options.era() == Era.TODAY ? Optional.of(new VpcpPortalMock(ctx)) : Optional.empty();
        return new PortalMocks(new NationalPortalMock(ctx, sso, vneid), sso, vneid, List.copyOf(provinces), vpcp);
    }

    /**
     * The certificate flaw of each host of a province whose readiness defect is one (its own host and its API host
     * alike), in province order.
     */
    private static Map<String, MockTls.Flaw> certificateFlaws(List<ProvinceConfig> provinces) {
        Map<String, MockTls.Flaw> flaws = new LinkedHashMap<>();
        for (ProvinceConfig p : provinces) {
            p.defect().flatMap(MockPortals::certificateFlaw).ifPresent(flaw -> p.hosts().forEach(host -> flaws.put(host, flaw)));
        }
        return flaws;
    }

    private static Optional<MockTls.Flaw> certificateFlaw(ReadinessDefect defect) {
        return switch (defect) {
            case EXPIRED_CERTIFICATE -> Optional.of(MockTls.Flaw.EXPIRED);
            case WRONG_HOST_CERTIFICATE -> Optional.of(MockTls.Flaw.WRONG_HOST);
            case SELF_SIGNED_CERTIFICATE -> Optional.of(MockTls.Flaw.SELF_SIGNED);
            default -> Optional.empty();
        };
    }

    /** The keystore as a temporary file (owner-only where the file system has permissions), for Jetty to read. */
    private static Path writeKeystore(MockTls tls) {
        try {
            Path file = Files.createTempFile("vneidlink-mock-tls-", ".jks");
            try {
                return Files.write(file, tls.keyStoreBytes());
            } catch (IOException e) {
                deleteKeystore(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the mock portals' keystore to a temporary file", e);
        }
    }

    /** Deletes the temporary keystore; if that fails, warns and leaves it to the JVM's exit (never masks a failure). */
    private static void deleteKeystore(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
            LOG.log(System.Logger.Level.WARNING, "Could not delete the mock portals' temporary keystore " + file
                    + " (deleted when the JVM exits): " + e);
        }
    }

    /**
     * Where the server listens: the bind address and {@link #port()} (e.g. for a TLS client such as the certificate
     * probe, which connects there with the real host name as SNI).
     */
    public InetSocketAddress address() {
        return new InetSocketAddress(options.bindAddress(), port);
    }

    /** The port listened on (the HTTPS port when the scheme is https): a free one, or {@link MockOptions#port()}. */
    public int port() {
        return port;
    }

    public MockOptions options() {
        return options;
    }

    /**
     * Every host served: national portal, national SSO, VNeID SSO, the provincial systems (each followed by its API
     * host, platform {@code portaldvc}), then (today) vpcp.
     */
    public List<String> hosts() {
        return servedHosts(options.era(), provinces);
    }

    /**
     * Every host that mock portals of these provinces serve in some era: what a browser shared by several scenarios
     * (each with mock portals of its own, maybe of another era) maps to them, and what the certificates cover. A host
     * this era does not serve (vpcp before today) then answers with no route, which fails the scenario as an
     * unmatched request, instead of not resolving.
     */
    public List<String> browserHosts() {
        return browserHosts(provinces);
    }

    private static List<String> browserHosts(List<ProvinceConfig> provinces) {
        return servedHosts(Era.TODAY, provinces);
    }

    private static List<String> servedHosts(Era era, List<ProvinceConfig> provinces) {
        List<String> hosts = new ArrayList<>(PortalHosts.NATIONAL_HOSTS);
        provinces.forEach(p -> hosts.addAll(p.hosts()));
        if (era == Era.TODAY) {
            hosts.add(PortalHosts.VPCP);
        }
        return List.copyOf(hosts);
    }

    /**
     * The certificates served with the https scheme, made in memory when this instance started (keystore, the test
     * CA, its trust store, SPKI hashes); empty with http.
     */
    public Optional<MockTls> tls() {
        return Optional.ofNullable(tls);
    }

    /**
     * For Chromium's {@code --ignore-certificate-errors-spki-list}: the comma-separated base64 SHA-256 hashes of
     * the SubjectPublicKeyInfo of every leaf certificate served, the flawed ones included (the browser must still
     * load those portals: the certificate verdict comes from the certificate probe, not from the browser). Empty with
     * http. Chromium honours the flag only together with {@code --user-data-dir}.
     */
    public String browserTrustSpkiList() {
        return tls == null ? "" : String.join(",", tls.leafSpkiSha256Base64());
    }

    /**
     * Chromium's {@code --host-resolver-rules}: every served host to this server, everything else to nowhere,
     * e.g. {@code "MAP dichvucong.gov.vn 127.0.0.1:PORT, ..., MAP * ~NOTFOUND"}.
     */
    public String hostResolverRules() {
        String address = options.bindAddress().contains(":") ? "[" + options.bindAddress() + "]" : options.bindAddress();
        String target = address + ":" + port;
        return hosts().stream().map(h -> "MAP " + h + " " + target).collect(Collectors.joining(", ")) + ", MAP * ~NOTFOUND";
    }

    /**
     * Chromium's {@code --host-resolver-rules} for a browser that reaches these mock portals through {@code relay}:
     * every host of {@link #browserHosts()} there, everything else to nowhere.
     */
    public String hostResolverRulesVia(InetSocketAddress relay) {
        return rulesVia(browserHosts(), relay);
    }

    /**
     * What a browser shared by the scenarios is launched with to serve mock portals started with {@code options} in
     * this JVM, known without starting them: it can be launched while the scenario's mocks start. Its host mapping
     * equals {@link #hostResolverRulesVia(InetSocketAddress)} of the started mocks, its trusted keys their
     * {@link #browserTrustSpkiList()} (every set of this JVM signs its leaves with the same key of each host:
     * {@link MockTls}).
     *
     * @throws IllegalStateException if the options' mocks folder has no valid {@code data/portals.json}
     */
    public static SharedBrowser sharedBrowser(MockOptions options) {
        List<String> hosts = browserHosts(options);
        String spki = "https".equals(options.scheme()) ? String.join(",", MockTls.leafSpkiSha256Base64(hosts)) : "";
        return new SharedBrowser(hosts, spki);
    }

    /**
     * The hosts a shared browser maps and the comma-separated SPKI hashes it trusts (empty with http), read once
     * for a scenario (see {@link #sharedBrowser(MockOptions)}).
     */
    public record SharedBrowser(List<String> hosts, String trustSpkiList) {
        public SharedBrowser {
            hosts = List.copyOf(hosts);
        }

        /** Chromium's {@code --host-resolver-rules}: every host to {@code relay}, everything else to nowhere. */
        public String hostResolverRulesVia(InetSocketAddress relay) {
            return rulesVia(hosts, relay);
        }
    }

    private static List<String> browserHosts(MockOptions options) {
        Path dir = options.mocksDir().toAbsolutePath().normalize();
        return browserHosts(ProvinceConfig.load(dir.resolve("data").resolve("portals.json")));
    }

    private static String rulesVia(List<String> hosts, InetSocketAddress relay) {
        String host = relay.getHostString();
        String target = (host.contains(":") ? "[" + host + "]" : host) + ":" + relay.getPort();
        return hosts.stream().map(h -> "MAP " + h + " " + target).collect(Collectors.joining(", ")) + ", MAP * ~NOTFOUND";
    }

    /**
     * The base URL the browser uses for a served host: scheme + "://" + host (no port).
     *
     * @throws IllegalArgumentException for a host this instance does not serve
     */
    public String baseUrl(String host) {
        if (!hosts().contains(host)) {
            throw new IllegalArgumentException("Not a served host: " + host + " (served: " + hosts() + ")");
        }
        return options.scheme() + "://" + host;
    }

    /**
     * What a scenario changes while the portals run: business date, cutover phase, mock clock, VNeID delay or
     * outage.
     */
    public MockControls controls() {
        return controls;
    }

    /** The citizens' phones: SMS (OTP) messages the portals sent. */
    public SmsOutbox sms() {
        return state.sms();
    }

    /** The citizen's VNeID phone app. */
    public VneidApp vneidApp() {
        return vneidApp;
    }

    /** Read-only views of the accounts and sessions (for the project's own tests). */
    public PortalState state() {
        return state;
    }

    /**
     * Requests that no route matched (an unknown page, a missing static file, a host the mocks do not serve), as
     * {@code "METHOD url (Host: h)"}, oldest first. Empty after a clean scenario.
     */
    public List<String> unmatchedRequests() {
        List<String> result = new ArrayList<>();
        for (LoggedRequest r : server.findAllUnmatchedRequests()) {
            String host = r.getHeader("Host");
            if (host == null || host.isBlank()) {
                host = r.getHost();
            }
            result.add(r.getMethod().getName() + " " + r.getUrl() + " (Host: " + host + ")");
        }
        Collections.reverse(result); // WireMock lists the newest first
        return result;
    }

    /** Stops the server. Idempotent. */
    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    @Override
    public String toString() {
        return "MockPortals[port=" + port + ", " + options + "]";
    }
}
