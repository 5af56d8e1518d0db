package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.mock.MockTls.Flaw;
import vn.vneidlink.mock.TestBrowser.Response;
import vn.vneidlink.readiness.tls.CertificateProbe;
import vn.vneidlink.readiness.tls.CertificateProblem;
import vn.vneidlink.readiness.tls.CertificateReport;

/**
 * HTTPS of the mock portals: one certificate per host chosen by SNI, trusted through the run's test CA only; the
 * provinces whose readiness defect is a certificate flaw serve that flawed leaf.
 */
class MockPortalsTlsTest {

    private static MockPortals portals;
    private static MockTls tls;

    @BeforeAll
    static void start() {
        portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS));
        tls = portals.tls().orElseThrow();
    }

    @AfterAll
    static void stop() {
        portals.close();
    }

    @Test
    void jettyServesEachHostItsOwnCertificateBySni() throws Exception {
        for (String host : List.of("dichvucong.gov.vn", "dichvucong.quangtri.gov.vn", "sso.dancuquocgia.gov.vn")) {
            X509Certificate[] chain = handshake(host, TestBrowser.strictTls(tls), true);
            X509Certificate leaf = chain[0];
            assertThat(leaf.getSubjectAlternativeNames()).as(host).containsExactly(List.of(2, host));
            assertThat(leaf.getSubjectX500Principal().getName()).startsWith("CN=" + host + ",");
            assertThat(leaf.getIssuerX500Principal()).isEqualTo(tls.caCertificate().getSubjectX500Principal());
            assertThat(chain).hasSize(2);
            assertThat(chain[1]).isEqualTo(tls.caCertificate());
            assertThat(leaf).isEqualTo(tls.leafCertificate(host).orElseThrow());
            assertThat(leaf.getNotAfter().toInstant()).isBetween(Instant.now().plus(Duration.ofDays(28)),
                    Instant.now().plus(Duration.ofDays(31)));
        }
    }

    @Test
    void theExpiredProvinceServesAnExpiredLeafThatAStrictClientRefuses() throws Exception {
        String host = "dichvucong.caobang.gov.vn";
        assertThat(tls.expiredHosts()).containsExactly(host);
        assertThatThrownBy(() -> handshake(host, TestBrowser.strictTls(tls), true))
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("validity check failed");
        X509Certificate leaf = tls.leafCertificate(host).orElseThrow();
        assertThat(leaf.getNotAfter().toInstant()).isBefore(Instant.now().minus(Duration.ofDays(300)));
        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(2, host));
    }

    @Test
    void wrongHostAndSelfSignedProvincesServeTheirFlawedLeafWhichAStrictClientAndTheProbeRefuse() throws Exception {
        String wrongHost = "dichvucong.dongnai.gov.vn"; // cong-vi
        String selfSigned = "dichvucong.laocai.gov.vn"; // liferay
        assertThat(tls.flaws()).containsExactly(entry(wrongHost, Flaw.WRONG_HOST), entry("dichvucong.caobang.gov.vn", Flaw.EXPIRED),
                entry(selfSigned, Flaw.SELF_SIGNED));
        SSLContext strict = TestBrowser.strictTls(tls);
        KeyStore trust = tls.trustKeyStore();
        Duration timeout = Duration.ofSeconds(5);

        // Jetty serves each flawed host its own flawed leaf (no fallback to another host's certificate)
        X509Certificate[] wrongChain = handshake(wrongHost, TestBrowser.trustAll(), false);
        assertThat(wrongChain).containsExactly(tls.leafCertificate(wrongHost).orElseThrow(), tls.caCertificate());
        assertThat(wrongChain[0].getSubjectAlternativeNames()).doesNotContain(List.of(2, wrongHost));
        X509Certificate[] selfChain = handshake(selfSigned, TestBrowser.trustAll(), false);
        assertThat(selfChain).containsExactly(tls.leafCertificate(selfSigned).orElseThrow());

        // a strict client refuses both
        assertThatThrownBy(() -> handshake(wrongHost, strict, true))
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("No subject alternative DNS name matching " + wrongHost);
        assertThatThrownBy(() -> handshake(selfSigned, strict, true))
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("unable to find valid certification path");
        assertThatThrownBy(() -> new TestBrowser(portals).get("https://" + selfSigned + "/"))
                .hasRootCauseInstanceOf(CertPathBuilderException.class);

        // and so does the certificate probe, naming what is wrong
        CertificateReport wrong = CertificateProbe.probe(wrongHost, portals.address(), trust, timeout);
        assertThat(wrong.problem()).isEqualTo(CertificateProblem.HOST_NAME_MISMATCH);
        assertThat(wrong.subjectAltNames()).contains(MockTls.WRONG_HOST_NAME).doesNotContain(wrongHost);
        CertificateReport self = CertificateProbe.probe(selfSigned, portals.address(), trust, timeout);
        assertThat(self.problem()).isEqualTo(CertificateProblem.UNTRUSTED_ISSUER);
        assertThat(self.issuer()).startsWith("CN=" + selfSigned + ",");
        assertThat(CertificateProbe.probe("dichvucong.quangtri.gov.vn", portals.address(), trust, timeout).valid()).isTrue();

        // the browser, told every leaf's SPKI, still loads them (each on its platform's home page)
        assertThat(portals.browserTrustSpkiList().split(",")).contains(
                MockTls.spkiSha256Base64(wrongChain[0]), MockTls.spkiSha256Base64(selfChain[0]));
        TestBrowser lenient = TestBrowser.lenient(portals);
        assertThat(lenient.open("https://" + wrongHost + "/").url()).isEqualTo("https://" + wrongHost + "/vi/");
        assertThat(lenient.open("https://" + selfSigned + "/").url()).isEqualTo("https://" + selfSigned + "/web/guest/trang-chu");
    }

    @Test
    void onPortaldvcTheFlawOfTheSystemIsOnItsApiHostToo(@TempDir Path temp) throws Exception {
        Path mocks = Flows.copyOfMocks(temp);
        setReadinessDefects(mocks.resolve("data/portals.json"), Map.of("thanhhoa", ReadinessDefect.EXPIRED_CERTIFICATE));
        try (MockPortals flawed = MockPortals.start(MockOptions.defaults(mocks))) {
            MockTls flawedTls = flawed.tls().orElseThrow();
            assertThat(flawedTls.expiredHosts()).containsExactly("dichvucong.caobang.gov.vn", "dichvucong.thanhhoa.gov.vn",
                    "apidvc.thanhhoa.gov.vn");
            for (String host : List.of("dichvucong.thanhhoa.gov.vn", "apidvc.thanhhoa.gov.vn")) {
                assertThatThrownBy(() -> handshake(flawed, host, TestBrowser.strictTls(flawedTls), true)).as(host)
                        .isInstanceOf(SSLHandshakeException.class)
                        .hasMessageContaining("validity check failed");
                assertThat(flawedTls.leafCertificate(host).orElseThrow().getSubjectAlternativeNames()).containsExactly(List.of(2, host));
            }
            assertThat(handshake(flawed, "apidvc.hue.gov.vn", TestBrowser.strictTls(flawedTls), true)).hasSize(2);
        }
    }

    /** Gives these provinces (by id) these readiness defects in a portals.json. */
    private static void setReadinessDefects(Path portalsJson, Map<String, ReadinessDefect> defects) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(portalsJson.toFile());
        Set<String> seen = new HashSet<>();
        for (JsonNode province : root.get("provincialSystems")) {
            ReadinessDefect defect = defects.get(province.get("id").asText());
            if (defect != null) {
                ((ObjectNode) province).put("readinessDefect", defect.id());
                seen.add(province.get("id").asText());
            }
        }
        assertThat(seen).as("provinces in " + portalsJson).containsExactlyInAnyOrderElementsOf(defects.keySet());
        json.writerWithDefaultPrettyPrinter().writeValue(portalsJson.toFile(), root);
    }

    @Test
    void theJdkDefaultTrustStoreDoesNotTrustTheMock() throws Exception {
        SSLContext jdkDefault = SSLContext.getInstance("TLS");
        jdkDefault.init(null, null, null);
        assertThatThrownBy(() -> handshake("dichvucong.gov.vn", jdkDefault, true))
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("unable to find valid certification path");
    }

    @Test
    void theTrustStoreHoldsOnlyTheTestCa() throws Exception {
        var store = tls.trustKeyStore();
        assertThat(store.size()).isEqualTo(1);
        String alias = store.aliases().nextElement();
        assertThat(store.isCertificateEntry(alias)).isTrue();
        assertThat(store.getCertificate(alias)).isEqualTo(tls.caCertificate());
        assertThat(tls.caCertificate().getSubjectX500Principal().getName()).startsWith("CN=vneid-link-verify test CA");
        assertThat(tls.caCertificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void hostRulesPointAtTheHttpsPortAndTheBrowserTrustsEveryLeaf() {
        assertThat(portals.options().scheme()).isEqualTo("https");
        assertThat(portals.hostResolverRules()).contains("MAP dichvucong.gov.vn 127.0.0.1:" + portals.port() + ",");
        List<String> spki = Arrays.asList(portals.browserTrustSpkiList().split(","));
        // every host that mocks of any era serve (vpcp is today's only): a browser shared by scenarios of all eras trusts them
        assertThat(portals.browserHosts()).containsAll(portals.hosts()).contains("vpcp.dichvucong.gov.vn");
        assertThat(spki).hasSize(portals.browserHosts().size()).doesNotHaveDuplicates()
                .allSatisfy(h -> assertThat(h).matches("[A-Za-z0-9+/]{43}="))
                .containsExactlyElementsOf(tls.leafSpkiSha256Base64())
                .contains(MockTls.spkiSha256Base64(tls.leafCertificate("dichvucong.caobang.gov.vn").orElseThrow()))
                .doesNotContain(tls.caSpkiSha256Base64());
        assertThat(tls.hosts()).containsExactlyElementsOf(portals.browserHosts());
    }

    @Test
    void aSharedBrowsersRulesAndTrustAreKnownBeforeTheMocksStart() {
        // what the suite launches a shared Chromium with while the scenario's mocks start (Browser.start)
        InetSocketAddress relay = InetSocketAddress.createUnresolved("127.0.0.1", 4711);
        MockPortals.SharedBrowser shared = MockPortals.sharedBrowser(portals.options());
        assertThat(shared.trustSpkiList()).isEqualTo(portals.browserTrustSpkiList());
        assertThat(shared.hosts()).containsExactlyElementsOf(portals.browserHosts());
        assertThat(shared.hostResolverRulesVia(relay)).isEqualTo(portals.hostResolverRulesVia(relay))
                .startsWith("MAP dichvucong.gov.vn 127.0.0.1:4711, ").endsWith(", MAP * ~NOTFOUND");
        MockPortals.SharedBrowser overHttp = MockPortals.sharedBrowser(portals.options().withScheme("http"));
        assertThat(overHttp.trustSpkiList()).isEmpty();
        assertThat(overHttp.hostResolverRulesVia(relay)).isEqualTo(shared.hostResolverRulesVia(relay));
        assertThatThrownBy(() -> MockPortals.sharedBrowser(portals.options().withMocksDir(Path.of("target", "no-such-mocks"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("portals.json");
    }

    @Test
    void aWholePageOverStrictHttps() {
        TestBrowser browser = new TestBrowser(portals);
        Response home = browser.open("https://dichvucong.gov.vn/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.url()).isEqualTo("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html");
        Response province = browser.open("https://dichvucong.hue.gov.vn/");
        assertThat(province.url()).isEqualTo("https://dichvucong.hue.gov.vn/portaldvc/home");
        assertThat(province.body()).contains("THÀNH PHỐ HUẾ");
        assertThat(browser.get("https://apidvc.hue.gov.vn/sso/authorize").status()).isEqualTo(302);
        assertThat(portals.unmatchedRequests()).isEmpty();
    }

    @Test
    void anUnknownSniStillGetsACertificateButNotOneForThatName() {
        // Quảng Bình merged into Quảng Trị: no system of its own any more
        assertThatThrownBy(() -> handshake("dichvucong.quangbinh.gov.vn", TestBrowser.strictTls(tls), true))
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("No subject alternative DNS name matching dichvucong.quangbinh.gov.vn");
    }

    /** A TLS handshake to the mock's port with this SNI; the chain the server presented. */
    static X509Certificate[] handshake(String sni, SSLContext context, boolean checkHostName) throws IOException {
        return handshake(portals, sni, context, checkHostName);
    }

    /** A TLS handshake to the port of these mock portals with this SNI; the chain the server presented. */
    static X509Certificate[] handshake(MockPortals target, String sni, SSLContext context, boolean checkHostName)
            throws IOException {
        try (Socket tcp = new Socket()) {
            tcp.connect(target.address(), 5000);
            tcp.setSoTimeout(5000);
            try (SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(tcp, sni, target.port(), false)) {
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setServerNames(List.of(new SNIHostName(sni)));
                if (checkHostName) {
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                }
                ssl.setSSLParameters(parameters);
                ssl.startHandshake();
                return Arrays.stream(ssl.getSession().getPeerCertificates()).map(c -> (X509Certificate) c)
                        .toArray(X509Certificate[]::new);
            }
        }
    }
}
