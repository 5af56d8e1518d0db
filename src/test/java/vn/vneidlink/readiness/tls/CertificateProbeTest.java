package vn.vneidlink.readiness.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vneidlink.mock.MockOptions;
import vn.vneidlink.mock.MockPortals;

/** The certificate probe against the mock portals (HTTPS with the run's test CA) and against dead or silent ports. */
class CertificateProbeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static MockPortals portals;
    private static KeyStore mockTrust;
    private static InetSocketAddress mock;

    @BeforeAll
    static void start() {
        portals = MockPortals.start(MockOptions.defaults(Path.of("mocks")));
        mockTrust = portals.tls().orElseThrow().trustKeyStore();
        mock = portals.address();
    }

    @AfterAll
    static void stop() {
        portals.close();
    }

    @Test
    void aValidLeaf() {
        CertificateReport r = CertificateProbe.probe("dichvucong.gov.vn", mock, mockTrust, TIMEOUT);
        assertThat(r.valid()).isTrue();
        assertThat(r.problem()).isNull();
        assertThat(r.reason()).isNull();
        assertThat(r.host()).isEqualTo("dichvucong.gov.vn");
        assertThat(r.connectTo()).isEqualTo("127.0.0.1:" + portals.port());
        assertThat(r.subject()).startsWith("CN=dichvucong.gov.vn,");
        assertThat(r.issuer()).startsWith("CN=vneid-link-verify test CA");
        assertThat(r.subjectAltNames()).containsExactly("dichvucong.gov.vn");
        assertThat(r.notAfter()).isBetween(Instant.now().plus(Duration.ofDays(28)), Instant.now().plus(Duration.ofDays(31)));
        assertThat(r.notBefore()).isBefore(Instant.now());
        assertThat(r.timeLeft(Instant.now())).hasValueSatisfying(left -> assertThat(left).isPositive());
        assertThat(r.protocol()).startsWith("TLSv1.");
        assertThat(r.handshakeTime()).isPositive().isLessThanOrEqualTo(r.elapsed());
        assertThat(r.certificateReceived()).isTrue();
        // every mock host but the three of a certificate flaw has a valid certificate (no-answer too: its TLS answers)
        List<String> flawed = List.of("dichvucong.caobang.gov.vn", "dichvucong.dongnai.gov.vn", "dichvucong.laocai.gov.vn");
        for (String host : portals.hosts()) {
            assertThat(CertificateProbe.probe(host, mock, mockTrust, TIMEOUT).valid()).as(host).isEqualTo(!flawed.contains(host));
        }
    }

    @Test
    void anExpiredLeafIsReportedWithItsExpiryDate() {
        CertificateReport r = CertificateProbe.probe("dichvucong.caobang.gov.vn", mock, mockTrust, TIMEOUT);
        assertThat(r.valid()).isFalse();
        assertThat(r.problem()).isEqualTo(CertificateProblem.EXPIRED);
        assertThat(r.notAfter()).isBefore(Instant.now().minus(Duration.ofDays(300)));
        assertThat(r.reason()).startsWith("Chứng chỉ đã hết hạn ngày ").contains(" / certificate expired on ")
                .matches(".*ngày \\d{2}/\\d{2}/\\d{4} / .* on \\d{4}-\\d{2}-\\d{2}");
        assertThat(r.subjectAltNames()).containsExactly("dichvucong.caobang.gov.vn");
        assertThat(r.handshakeTime()).isNotNull(); // the handshake completes: the verdict is the probe's own
        // with the JDK's trust store it is also untrusted, but expiry is what the report names
        assertThat(CertificateProbe.probe("dichvucong.caobang.gov.vn", mock, null, TIMEOUT).problem())
                .isEqualTo(CertificateProblem.EXPIRED);
    }

    @Test
    void aHostTheCertificateDoesNotName() {
        CertificateReport r = CertificateProbe.probe("dichvucong.khongco.gov.vn", mock, mockTrust, TIMEOUT);
        assertThat(r.valid()).isFalse();
        assertThat(r.problem()).isEqualTo(CertificateProblem.HOST_NAME_MISMATCH);
        // Jetty answers a name it has no certificate for with one of the mock hosts' (which one: the keystore's order)
        assertThat(r.subjectAltNames()).hasSize(1).doesNotContain("dichvucong.khongco.gov.vn");
        String served = r.subjectAltNames().get(0);
        assertThat(portals.hosts()).contains(served);
        assertThat(r.reason()).isEqualTo("Chứng chỉ không cấp cho tên miền này (chứng chỉ cấp cho: " + served
                + ") / host name mismatch (certificate names: " + served + ")");
        assertThat(r.notAfter()).isNotNull();
    }

    @Test
    void theNoAnswerProvinceCompletesTheTlsHandshake_itsDefectIsAtHttpLevel() {
        CertificateReport r = CertificateProbe.probe("dichvucong.langson.gov.vn", mock, mockTrust, TIMEOUT);
        assertThat(r.valid()).isTrue();
        assertThat(r.subjectAltNames()).containsExactly("dichvucong.langson.gov.vn");
    }

    @Test
    void withTheJdkDefaultTrustStoreTheMockIsUntrusted() {
        CertificateReport r = CertificateProbe.probe("dichvucong.gov.vn", mock, null, TIMEOUT);
        assertThat(r.valid()).isFalse();
        assertThat(r.problem()).isEqualTo(CertificateProblem.UNTRUSTED_ISSUER);
        assertThat(r.reason()).startsWith("Chứng chỉ do tổ chức không được tin cậy cấp / untrusted issuer (CN=vneid-link-verify test CA");
        assertThat(r.issuer()).startsWith("CN=vneid-link-verify test CA");
        assertThat(r.notAfter()).isAfter(Instant.now());
        assertThat(r.detail()).contains("unable to find valid certification path");
    }

    @Test
    void aPortThatRefusesConnections() throws IOException {
        try (Socket reserved = new Socket()) {
            reserved.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)); // bound, not listening: refused
            InetSocketAddress dead = new InetSocketAddress(InetAddress.getLoopbackAddress(), reserved.getLocalPort());
            CertificateReport r = CertificateProbe.probe("dichvucong.gov.vn", dead, mockTrust, TIMEOUT);
            assertThat(r.valid()).isFalse();
            assertThat(r.problem()).isEqualTo(CertificateProblem.CONNECTION_FAILED);
            assertThat(r.reason()).startsWith("Không kết nối được tới máy chủ / connection failed (");
            assertThat(r.notAfter()).isNull();
            assertThat(r.handshakeTime()).isNull();
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            // never accepted: the kernel completes the TCP handshake, nobody answers the ClientHello
            CertificateReport r = CertificateProbe.probe("dichvucong.gov.vn",
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.getLocalPort()), mockTrust,
                    Duration.ofMillis(300));
            assertThat(r.valid()).isFalse();
            assertThat(r.problem()).isEqualTo(CertificateProblem.TIMEOUT);
            assertThat(r.reason()).startsWith("Máy chủ không phản hồi trong thời gian chờ / timeout");
            assertThat(r.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        }
    }

    @Test
    void aServerThatSpeaksPlainHttpOnly() {
        try (MockPortals plain = MockPortals.start(MockOptions.defaults(Path.of("mocks")).withScheme("http"))) {
            CertificateReport r = CertificateProbe.probe("dichvucong.gov.vn",
                    new InetSocketAddress("127.0.0.1", plain.port()), mockTrust, TIMEOUT);
            assertThat(r.valid()).isFalse();
            assertThat(r.problem()).isEqualTo(CertificateProblem.NO_TLS);
            assertThat(r.reason()).startsWith("Máy chủ không thiết lập được kết nối HTTPS (TLS) / no TLS");
            assertThat(r.notAfter()).isNull();
        }
    }

    @Test
    void anUnresolvableHost() {
        CertificateReport r = CertificateProbe.probe("khong-ton-tai.invalid", InetSocketAddress.createUnresolved("khong-ton-tai.invalid", 443),
                null, TIMEOUT);
        assertThat(r.problem()).isEqualTo(CertificateProblem.CONNECTION_FAILED);
        assertThat(r.reason()).contains("unknown host khong-ton-tai.invalid");
    }

    @Test
    void badArgumentsAreProgrammingErrors() {
        assertThatThrownBy(() -> CertificateProbe.probe(" ", mock, null, TIMEOUT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateProbe.probe("dichvucong.gov.vn", mock, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
