package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-run certificates: made with keytool, reused for 12 hours, made once when several threads start at once. */
class MockTlsTest {

    private static final List<String> HOSTS = List.of("dichvucong.a-test.gov.vn", "dichvucong.b-test.gov.vn");

    @TempDir
    Path temp;

    @Test
    void makesACaAndOneLeafPerHostThenReusesThemUntilTwelveHoursOld() throws Exception {
        Path dir = temp.resolve("mock-tls");
        MockTls tls = MockTls.obtain(dir, HOSTS, List.of("dichvucong.b-test.gov.vn"));

        assertThat(tls.directory()).startsWith(dir.toAbsolutePath());
        assertThat(tls.hosts()).containsExactlyElementsOf(HOSTS);
        X509Certificate ca = tls.caCertificate();
        assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=vneid-link-verify test CA,O=vneid-link-verify,C=VN");
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0); // a CA
        ca.checkValidity();

        X509Certificate a = tls.leafCertificate("dichvucong.a-test.gov.vn").orElseThrow();
        a.checkValidity();
        a.verify(ca.getPublicKey());
        assertThat(a.getSubjectAlternativeNames()).containsExactly(List.of(2, "dichvucong.a-test.gov.vn"));
        assertThat(a.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1"); // serverAuth
        assertThat(Duration.between(a.getNotBefore().toInstant(), a.getNotAfter().toInstant())).isEqualTo(Duration.ofDays(30));

        X509Certificate b = tls.leafCertificate("dichvucong.b-test.gov.vn").orElseThrow();
        b.verify(ca.getPublicKey());
        assertThatThrownBy(b::checkValidity).isInstanceOf(CertificateExpiredException.class);
        assertThat(b.getNotBefore().toInstant()).isBefore(Instant.now().minus(Duration.ofDays(399)));

        // the keystore: a key entry per host, chain leaf + CA; the trust store: only the CA
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(tls.keystore())) {
            keystore.load(in, tls.keystorePassword());
        }
        assertThat(keystore.size()).isEqualTo(2);
        assertThat(keystore.isKeyEntry("dichvucong.a-test.gov.vn")).isTrue();
        assertThat(keystore.getKey("dichvucong.a-test.gov.vn", tls.keystorePassword())).isNotNull();
        assertThat(keystore.getCertificateChain("dichvucong.a-test.gov.vn")).containsExactly(a, ca);
        assertThat(tls.trustKeyStore().size()).isEqualTo(1);
        assertThat(Files.readString(tls.caPem())).startsWith("-----BEGIN CERTIFICATE-----");

        // SPKI hashes in Chromium's format
        String expected = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(a.getPublicKey().getEncoded()));
        assertThat(tls.leafSpkiSha256Base64()).hasSize(2).first().isEqualTo(expected);
        assertThat(tls.caSpkiSha256Base64()).isEqualTo(MockTls.spkiSha256Base64(ca)).isNotIn(tls.leafSpkiSha256Base64());

        // reused (in any host order) while younger than 12 hours
        MockTls again = MockTls.obtain(dir, List.of(HOSTS.get(1), HOSTS.get(0)), List.of("dichvucong.b-test.gov.vn"));
        assertThat(again.directory()).isEqualTo(tls.directory());
        assertThat(again.caCertificate()).isEqualTo(ca);
        assertThat(again.hosts()).containsExactly(HOSTS.get(1), HOSTS.get(0));

        // 13 hours old: a new generation, with a new CA
        Path manifest = tls.directory().resolve("mock-tls.properties");
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(manifest)) {
            p.load(in);
        }
        p.setProperty("createdAt", Instant.now().minus(Duration.ofHours(13)).toString());
        try (OutputStream out = Files.newOutputStream(manifest)) {
            p.store(out, null);
        }
        MockTls renewed = MockTls.obtain(dir, HOSTS, List.of("dichvucong.b-test.gov.vn"));
        assertThat(renewed.directory()).isNotEqualTo(tls.directory());
        assertThat(renewed.caCertificate()).isNotEqualTo(ca);
        assertThat(generations(dir)).hasSize(2);
    }

    @Test
    void threadsStartingAtOnceShareOneGenerationPerHostSet() throws Exception {
        Path dir = temp.resolve("shared");
        List<String> other = List.of("dichvucong.c-test.gov.vn");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<MockTls>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<String> hosts = i % 2 == 0 ? HOSTS : other;
                Callable<MockTls> task = () -> {
                    go.await();
                    return MockTls.obtain(dir, hosts, List.of());
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            assertThat(results.get(0).get().directory()).isEqualTo(results.get(2).get().directory());
            assertThat(results.get(1).get().directory()).isEqualTo(results.get(3).get().directory());
            assertThat(results.get(0).get().directory()).isNotEqualTo(results.get(1).get().directory());
            assertThat(results.get(1).get().hosts()).containsExactly("dichvucong.c-test.gov.vn");
        } finally {
            pool.shutdownNow();
        }
        assertThat(generations(dir)).hasSize(2);
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("tmp-"));
        }
    }

    @Test
    void refusesHostsThatAreNotDnsNames() {
        assertThatThrownBy(() -> MockTls.obtain(temp, List.of("Dich Vu Cong"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Dich Vu Cong");
        assertThatThrownBy(() -> MockTls.obtain(temp, HOSTS, List.of("dichvucong.x-test.gov.vn")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be among the hosts");
        assertThatThrownBy(() -> MockTls.obtain(temp, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Path> generations(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("gen-")).toList();
        }
    }
}
