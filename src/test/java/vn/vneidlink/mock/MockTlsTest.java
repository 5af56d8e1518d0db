package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SignatureException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.vneidlink.mock.MockTls.Flaw;

/** The per-run certificates, made in memory: the CA, one leaf per host, and each flaw as asked. */
class MockTlsTest {

    private static final String SOUND = "dichvucong.a-test.gov.vn";
    private static final String EXPIRED = "dichvucong.b-test.gov.vn";
    private static final String WRONG_HOST = "dichvucong.c-test.gov.vn";
    private static final String SELF_SIGNED = "dichvucong.d-test.gov.vn";
    private static final List<String> HOSTS = List.of(SOUND, EXPIRED, WRONG_HOST, SELF_SIGNED);
    private static final Map<String, Flaw> FLAWS = Map.of(EXPIRED, Flaw.EXPIRED, WRONG_HOST, Flaw.WRONG_HOST,
            SELF_SIGNED, Flaw.SELF_SIGNED);
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final int DNS_NAME = 2;

    private final MockTls tls = MockTls.create(HOSTS, FLAWS);

    @Test
    void theCaIsAFreshEcCaThatSignsCertificatesOnly() throws Exception {
        X509Certificate ca = tls.caCertificate();
        assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=vneid-link-verify test CA,O=vneid-link-verify,C=VN");
        assertThat(ca.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
        ca.verify(ca.getPublicKey());
        ca.checkValidity();
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0); // a CA
        assertThat(ca.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15"); // basic constraints, key usage
        assertThat(ca.getKeyUsage()).containsExactly(false, false, false, false, false, true, true, false, false); // keyCertSign, cRLSign
        assertThat(ca.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(ca.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(ca.getSerialNumber().signum()).isPositive();
        assertThat(ca.getNotBefore().toInstant()).isBefore(Instant.now().minus(Duration.ofDays(MockTls.EXPIRED_START_DAYS_AGO)));

        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(tls.caPem().getBytes()));
        assertThat(parsed).isEqualTo(ca);
        assertThat(tls.caPem()).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
    }

    @Test
    void aSoundLeafNamesItsHostIsValidForThirtyDaysAndIsSignedByTheCa() throws Exception {
        X509Certificate leaf = tls.leafCertificate(SOUND).orElseThrow();
        assertThat(leaf.getSubjectX500Principal().getName()).startsWith("CN=" + SOUND + ",");
        assertThat(leaf.getIssuerX500Principal()).isEqualTo(tls.caCertificate().getSubjectX500Principal());
        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(DNS_NAME, SOUND));
        assertThat(leaf.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
        assertThat(leaf.getKeyUsage()[0]).isTrue(); // digitalSignature
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1); // not a CA
        assertThat(leaf.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(leaf.getSigAlgName()).isEqualTo("SHA256withECDSA");
        leaf.verify(tls.caCertificate().getPublicKey());
        leaf.checkValidity();
        assertThat(Duration.between(leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant()))
                .isEqualTo(Duration.ofDays(MockTls.LEAF_VALIDITY_DAYS));
        assertThat(leaf.getNotBefore().toInstant()).isBetween(Instant.now().minus(Duration.ofMinutes(62)),
                Instant.now().minus(Duration.ofMinutes(58)));
        assertThat(leaf.getSerialNumber()).isNotEqualTo(tls.leafCertificate(EXPIRED).orElseThrow().getSerialNumber());
    }

    @Test
    void theKeystoreHoldsOneKeyEntryPerHostWithItsChainAndTheTrustStoreOnlyTheCa() throws Exception {
        KeyStore keyStore = tls.keyStore();
        assertThat(keyStore.getType()).isEqualToIgnoringCase(MockTls.STORE_TYPE);
        assertThat(Collections.list(keyStore.aliases())).containsExactlyInAnyOrderElementsOf(HOSTS);
        X509Certificate ca = tls.caCertificate();
        for (String host : HOSTS) {
            assertThat(keyStore.isKeyEntry(host)).as(host).isTrue();
            PrivateKey key = (PrivateKey) keyStore.getKey(host, tls.keystorePassword());
            assertThat(key.getAlgorithm()).isEqualTo("EC");
            X509Certificate leaf = tls.leafCertificate(host).orElseThrow();
            assertThat(keyStore.getCertificateChain(host)).as(host)
                    .containsExactly(host.equals(SELF_SIGNED) ? new X509Certificate[] {leaf} : new X509Certificate[] {leaf, ca});
        }

        // the serialised keystore is the same keystore
        KeyStore fromBytes = KeyStore.getInstance(MockTls.STORE_TYPE);
        fromBytes.load(new ByteArrayInputStream(tls.keyStoreBytes()), tls.keystorePassword());
        assertThat(fromBytes.getCertificateChain(SOUND)).containsExactly(keyStore.getCertificateChain(SOUND));
        assertThat(fromBytes.size()).isEqualTo(HOSTS.size());

        KeyStore trust = tls.trustKeyStore();
        assertThat(trust.getType()).isEqualToIgnoringCase(MockTls.TRUST_STORE_TYPE);
        assertThat(trust.size()).isEqualTo(1);
        String alias = trust.aliases().nextElement();
        assertThat(trust.isCertificateEntry(alias)).isTrue();
        assertThat(trust.getCertificate(alias)).isEqualTo(ca);

        // copies: what a caller changes stays with the caller
        tls.keystorePassword()[0] ^= 1;
        tls.keyStoreBytes()[0] ^= 1;
        keyStore.deleteEntry(SOUND);
        assertThat(tls.keyStore().size()).isEqualTo(HOSTS.size());
        assertThat(tls.keyStore().getKey(SOUND, tls.keystorePassword())).isNotNull();
    }

    @Test
    void theSpkiHashesAreInChromiumsFormatOnePerLeafInHostOrder() throws Exception {
        List<String> expected = new ArrayList<>();
        for (String host : HOSTS) {
            byte[] spki = tls.leafCertificate(host).orElseThrow().getPublicKey().getEncoded();
            expected.add(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki)));
        }
        assertThat(tls.leafSpkiSha256Base64()).containsExactlyElementsOf(expected).doesNotHaveDuplicates()
                .allSatisfy(h -> assertThat(h).matches("[A-Za-z0-9+/]{43}="));
        assertThat(tls.caSpkiSha256Base64()).isEqualTo(MockTls.spkiSha256Base64(tls.caCertificate()))
                .isNotIn(tls.leafSpkiSha256Base64());
    }

    @Test
    void hostsAndFlawsAreKeptInTheOrderAsked() {
        assertThat(tls.hosts()).containsExactlyElementsOf(HOSTS);
        assertThat(tls.flaws()).containsOnlyKeys(EXPIRED, WRONG_HOST, SELF_SIGNED).containsAllEntriesOf(FLAWS);
        assertThat(tls.flaws().keySet()).containsExactly(EXPIRED, WRONG_HOST, SELF_SIGNED);
        assertThat(tls.expiredHosts()).containsExactly(EXPIRED);
        assertThatThrownBy(() -> tls.flaws().put(SOUND, Flaw.EXPIRED)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tls.expiredHosts().add(SOUND)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(tls.leafCertificate("dichvucong.x-test.gov.vn")).isEmpty();
        assertThat(MockTls.create(List.of(SOUND), Map.of()).flaws()).isEmpty();
    }

    @Test
    void anExpiredLeafIsSignedByTheCaButExpiredLongAgo() throws Exception {
        X509Certificate leaf = tls.leafCertificate(EXPIRED).orElseThrow();
        assertThatThrownBy(leaf::checkValidity).isInstanceOf(CertificateExpiredException.class);
        leaf.verify(tls.caCertificate().getPublicKey());
        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(DNS_NAME, EXPIRED));
        assertThat(leaf.getNotBefore().toInstant()).isBetween(
                Instant.now().minus(Duration.ofDays(MockTls.EXPIRED_START_DAYS_AGO)).minusSeconds(60),
                Instant.now().minus(Duration.ofDays(MockTls.EXPIRED_START_DAYS_AGO)));
        assertThat(Duration.between(leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant()))
                .isEqualTo(Duration.ofDays(MockTls.EXPIRED_VALIDITY_DAYS));
    }

    @Test
    void aWrongHostLeafIsSignedByTheCaAndValidButDoesNotNameItsHost() throws Exception {
        X509Certificate leaf = tls.leafCertificate(WRONG_HOST).orElseThrow();
        leaf.verify(tls.caCertificate().getPublicKey());
        leaf.checkValidity();
        assertThat(leaf.getSubjectX500Principal().getName()).startsWith("CN=" + MockTls.WRONG_HOST_NAME + ",");
        assertThat(leaf.getSubjectAlternativeNames())
                .containsExactly(List.of(DNS_NAME, MockTls.WRONG_HOST_NAME), List.of(DNS_NAME, "*." + WRONG_HOST))
                .doesNotContain(List.of(DNS_NAME, WRONG_HOST));
        assertThat(leaf.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
    }

    @Test
    void aSelfSignedLeafNamesItsHostButIsNotIssuedByTheCa() throws Exception {
        X509Certificate leaf = tls.leafCertificate(SELF_SIGNED).orElseThrow();
        leaf.verify(leaf.getPublicKey());
        assertThatThrownBy(() -> leaf.verify(tls.caCertificate().getPublicKey())).isInstanceOf(SignatureException.class);
        leaf.checkValidity();
        assertThat(leaf.getIssuerX500Principal()).isEqualTo(leaf.getSubjectX500Principal())
                .isNotEqualTo(tls.caCertificate().getSubjectX500Principal());
        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(DNS_NAME, SELF_SIGNED));
        assertThat(tls.keyStore().getCertificateChain(SELF_SIGNED)).hasSize(1);
    }

    @Test
    void everyCallMakesANewCaAndNewLeavesEachHostKeepsItsKey() {
        MockTls again = MockTls.create(HOSTS, FLAWS);
        assertThat(again.caCertificate()).isNotEqualTo(tls.caCertificate());
        assertThat(again.caSpkiSha256Base64()).isNotEqualTo(tls.caSpkiSha256Base64());
        assertThat(again.caCertificate().getSerialNumber()).isNotEqualTo(tls.caCertificate().getSerialNumber());
        assertThat(again.keystorePassword()).isNotEqualTo(tls.keystorePassword());
        for (String host : HOSTS) {
            assertThat(again.leafCertificate(host).orElseThrow()).as("chứng chỉ mới cho %s", host).isNotEqualTo(tls.leafCertificate(host).orElseThrow());
        }
        // the same key per host for the JVM's life: a browser shared between scenarios keeps trusting them by SPKI hash
        assertThat(again.leafSpkiSha256Base64()).containsExactlyElementsOf(tls.leafSpkiSha256Base64());
    }

    @Test
    void aHostsSpkiHashIsKnownBeforeItsFirstCertificateIsMade() {
        // hosts no other test of this JVM uses: their keys are made by the first call below, not by create
        List<String> hosts = List.of("dichvucong.before-test.gov.vn", "apidvc.before-test.gov.vn");
        List<String> known = MockTls.leafSpkiSha256Base64(hosts);
        MockTls made = MockTls.create(hosts, Map.of(hosts.get(1), Flaw.SELF_SIGNED));
        assertThat(made.leafSpkiSha256Base64()).containsExactlyElementsOf(known).doesNotHaveDuplicates();
        assertThat(MockTls.leafSpkiSha256Base64(List.of(hosts.get(1), hosts.get(0), hosts.get(1))))
                .containsExactly(known.get(1), known.get(0));
        assertThatThrownBy(() -> MockTls.leafSpkiSha256Base64(List.of("Dich Vu Cong")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a lower-case DNS host name: \"Dich Vu Cong\"");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> MockTls.create(List.of("Dich Vu Cong"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Not a lower-case DNS host name: \"Dich Vu Cong\"");
        assertThatThrownBy(() -> MockTls.create(List.of("DichVuCong.gov.vn"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DichVuCong.gov.vn");
        assertThatThrownBy(() -> MockTls.create(List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("MockTls needs at least one host");
        assertThatThrownBy(() -> MockTls.create(List.of(SOUND), Map.of("dichvucong.x-test.gov.vn", Flaw.EXPIRED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Flawed hosts [dichvucong.x-test.gov.vn] must be among the hosts [" + SOUND + "]");
    }

    @Test
    void makingIsAMatterOfMilliseconds() {
        List<String> hosts = IntStream.rangeClosed(1, 10).mapToObj(i -> "dichvucong.host" + i + "-test.gov.vn").toList();
        Map<String, Flaw> flaws = Map.of(hosts.get(1), Flaw.EXPIRED, hosts.get(2), Flaw.WRONG_HOST, hosts.get(3), Flaw.SELF_SIGNED);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            MockTls made = MockTls.create(hosts, flaws);
            long micros = (System.nanoTime() - start) / 1_000;
            System.out.printf("MockTls.create: %d hosts in %.1f ms (call %d in this test's JVM)%n", made.hosts().size(),
                    micros / 1000.0, run);
        }
    }
}
