package vn.vneidlink.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vneidlink.data.CitizenDirectory;

/**
 * The mock copies of the four portals the guide crosses, on one fresh WireMock server with its own state.
 * One instance per scenario; instances are independent and may run in parallel in one JVM.
 *
 * <pre>{@code
 * try (MockPortals portals = MockPortals.start(MockOptions.defaults(Path.of("mocks")))) {
 *     chromeOptions.addArguments("--host-resolver-rules=" + portals.hostResolverRules());
 *     ...
 *     assertThat(portals.unmatchedRequests()).isEmpty();
 * }
 * }</pre>
 */
public final class MockPortals implements AutoCloseable {

    private final MockOptions options;
    private final WireMockServer server;
    private final PortalState state;
    private final List<ProvinceConfig> provinces;
    private final VneidApp vneidApp;
    private final MockControls controls;
    private final int port;

    private MockPortals(MockOptions options, MockControls controls, WireMockServer server, PortalState state,
            List<ProvinceConfig> provinces) {
        this.options = options;
        this.controls = controls;
        this.server = server;
        this.state = state;
        this.provinces = provinces;
        this.vneidApp = new VneidApp(state);
        this.port = "https".equals(options.scheme()) ? server.httpsPort() : server.port();
    }

    /**
     * Starts a fresh server on a free port of the bind address.
     *
     * @throws IllegalStateException if the mocks folder, its mappings, templates or data are missing or invalid
     */
    public static MockPortals start(MockOptions options) {
        Path dir = options.mocksDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Mocks directory not found: " + dir
                    + " (it must hold mappings/, __files/ and data/; run from the project folder or pass the right path"
                    + " to MockOptions.defaults(...))");
        }
        Path mappings = dir.resolve("mappings");
        if (!hasJsonFiles(mappings)) {
            throw new IllegalStateException("No WireMock mappings in " + mappings
                    + " (expected mappings/*.json, one per route; is " + dir + " the project's mocks/ folder?)");
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
        VneidSso vneid = new VneidSso(ctx);
        NationalSso sso = new NationalSso(ctx, vneid);
        PortalTransformer transformer = new PortalTransformer(state, List.of(
                new NationalPortal(ctx, sso), sso, vneid, new ProvincialPortal(ctx, sso), new StaticFiles(ctx)));

        WireMockConfiguration config = WireMockConfiguration.options()
                .bindAddress(options.bindAddress())
                .usingFilesUnderDirectory(dir.toString())
                .extensions(transformer)
                .notifier(new ConsoleNotifier(false));
        if ("https".equals(options.scheme())) {
            config.httpDisabled(true).dynamicHttpsPort();
        } else {
            config.dynamicPort();
        }
        WireMockServer server = new WireMockServer(config);
        server.start();
        try {
            checkMappings(server, mappings, provinces);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return new MockPortals(options, controls, server, state, provinces);
    }

    private static boolean hasJsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** The mappings were loaded, and every provincial host of portals.json reaches the provincial routes. */
    private static void checkMappings(WireMockServer server, Path mappings, List<ProvinceConfig> provinces) {
        List<StubMapping> stubs = server.getStubMappings();
        if (stubs.isEmpty()) {
            throw new IllegalStateException("WireMock loaded no mappings from " + mappings + " (are the *.json files valid?)");
        }
        for (StubMapping stub : stubs) {
            Parameters params = stub.getResponse().getTransformerParameters();
            String action = params == null ? null : params.getString("action", null);
            if (action == null || !action.startsWith("province.")) {
                continue;
            }
            StringValuePattern hostPattern = stub.getRequest().getHost();
            for (ProvinceConfig p : provinces) {
                if (hostPattern == null || !hostPattern.match(p.host()).isExactMatch()) {
                    throw new IllegalStateException("Provincial host " + p.host() + " (mocks/data/portals.json) is not matched by"
                            + " the host pattern " + hostPattern + " of mapping \"" + stub.getName() + "\" in " + mappings
                            + "; widen the pattern in the province-*.json mappings");
                }
            }
        }
    }

    /** The dynamic port (the HTTPS port when the scheme is https). */
    public int port() {
        return port;
    }

    public MockOptions options() {
        return options;
    }

    /** Every host served: national portal, national SSO, VNeID SSO, then the provincial systems. */
    public List<String> hosts() {
        List<String> hosts = new ArrayList<>(PortalHosts.NATIONAL_HOSTS);
        provinces.forEach(p -> hosts.add(p.host()));
        return List.copyOf(hosts);
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
     * Requests that no mapping matched, as {@code "METHOD url (Host: h)"}, plus requests a mapping matched but
     * the mock could not serve (a provincial host missing from portals.json, a missing static file; these end
     * with a bracketed reason). Empty after a clean scenario.
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
        result.addAll(state.locked(() -> List.copyOf(state.unservedRequests)));
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
