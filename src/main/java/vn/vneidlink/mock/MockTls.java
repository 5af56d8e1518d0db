package vn.vneidlink.mock;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificates of the mock portals when they serve HTTPS, made in memory for one run: a test CA
 * ({@value #CA_NAME}; EC P-256, basic constraints CA, keyCertSign + cRLSign) and one leaf per mock host (EC P-256,
 * {@code CN=<host>}, SAN {@code dns:<host>}, EKU serverAuth, valid {@value #LEAF_VALIDITY_DAYS} days from one hour
 * ago, signed by that CA), as a JKS keystore (one key entry per host) and a PKCS12 trust store holding only the
 * CA. A host may be given a {@link Flaw} on purpose, so that the certificate checks have something to find: an
 * expired leaf, a leaf for another host name, or a self-signed leaf.
 *
 * <p>Why made per run: the keys are throw-away test keys, nothing is trusted system-wide, and making them takes
 * milliseconds, so nothing is written to disk and nothing is reused between runs (JVMs). Within a JVM each host keeps
 * its leaf key pair (new certificates, same key), so that a browser shared by the scenarios of a thread trusts every
 * scenario's mock portals by the SPKI hashes it was started with. Only a client given
 * {@link #trustKeyStore()} (the project's tests, the certificate probe) or told the SPKI hashes (Chromium's
 * {@code --ignore-certificate-errors-spki-list}, {@link #leafSpkiSha256Base64()}) accepts these certificates.
 *
 * <p>Keys come from the JDK ({@code KeyPairGenerator "EC"}, secp256r1) and so do the keystores and the
 * {@link X509Certificate}s; BouncyCastle's PKIX library only builds and signs the certificates (through the JDK's
 * {@code SHA256withECDSA}). BouncyCastle is not registered as a JCA provider.
 *
 * <p>Instances are immutable and thread-safe; every accessor that returns a mutable object returns a fresh copy.
 */
public final class MockTls {

    /** The test CA's distinguished name. */
    public static final String CA_NAME = "CN=vneid-link-verify test CA, O=vneid-link-verify, C=VN";
    /** Validity of a leaf certificate, from one hour before it is made. */
    public static final int LEAF_VALIDITY_DAYS = 30;
    /** The {@link Flaw#EXPIRED} leaf: valid from this many days ago ... */
    public static final int EXPIRED_START_DAYS_AGO = 400;
    /** ... for this many days. */
    public static final int EXPIRED_VALIDITY_DAYS = 30;
    /**
     * The type of the keystore: JKS, which every JDK and Jetty read, and which is made and read in about 2 ms where
     * a PKCS12 one took about 115 ms of CPU for eight hosts (its certificate bag encrypted and its MAC
     * computed with 10 000 PBKDF2 iterations each, on every scenario's start, twice: once here, once when Jetty reads
     * it). The keys are throw-away test keys: JKS's weaker key protection costs nothing (docs/decisions.md).
     */
    public static final String STORE_TYPE = "JKS";
    /** The type of the trust store (a file other programs read too: PKCS12, the JDK's default). */
    public static final String TRUST_STORE_TYPE = "PKCS12";
    /** The host name a {@link Flaw#WRONG_HOST} leaf is made for instead (CN and first SAN). */
    public static final String WRONG_HOST_NAME = "wrong-host.invalid";

    /** What is deliberately wrong with a host's leaf. */
    public enum Flaw {
        /**
         * Signed by the CA, but valid from {@value MockTls#EXPIRED_START_DAYS_AGO} days ago for
         * {@value MockTls#EXPIRED_VALIDITY_DAYS} days.
         */
        EXPIRED,
        /**
         * Signed by the CA and valid, but made for another host: CN and SAN {@value MockTls#WRONG_HOST_NAME}, plus
         * the SAN {@code dns:*.<host>}. That wildcard covers only names below the host, so a client that checks host
         * names (RFC 6125: the JDK, Chromium) refuses the leaf for the host; it is there because Jetty's SNI
         * selection ({@code X509.matches}) does take {@code *.<host>} for the host itself, and so serves this leaf
         * for the host's SNI rather than falling back to another host's certificate.
         */
        WRONG_HOST,
        /**
         * Valid dates and SAN {@code dns:<host>}, but self-signed: not issued by the CA (its keystore chain is the
         * leaf alone), so no client given only the CA trusts it.
         */
        SELF_SIGNED
    }

    private static final String LEAF_ORGANISATION = ", O=vneid-link-verify mock portals, C=VN";
    private static final String CA_ALIAS = "vneid-link-verify-test-ca";
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One key pair per host for the life of the JVM (in memory only): every instance signs a new leaf with it, so the
     * SPKI hashes a browser was started with stay valid for the mock portals of every later scenario.
     */
    private static final Map<String, KeyPair> LEAF_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<String> hosts;
    private final Map<String, Flaw> flaws;
    private final X509Certificate caCertificate;
    private final Map<String, X509Certificate> leaves;
    private final char[] password;
    private final byte[] keyStoreBytes;

    private MockTls(List<String> hosts, Map<String, Flaw> flaws, X509Certificate caCertificate,
            Map<String, X509Certificate> leaves, char[] password, byte[] keyStoreBytes) {
        this.hosts = hosts;
        this.flaws = flaws;
        this.caCertificate = caCertificate;
        this.leaves = leaves;
        this.password = password;
        this.keyStoreBytes = keyStoreBytes;
    }

    /**
     * A fresh CA and one new leaf per host, the flawed hosts' leaves flawed as asked: two calls give two different CAs.
     * A host's leaf key is the same in every call of this JVM.
     *
     * @param hosts every host that gets a leaf (lower-case DNS names; a repeated host counts once)
     * @param flaws what is wrong with the leaf of some of {@code hosts} (the others get a sound leaf)
     * @throws IllegalArgumentException if a host is not a lower-case DNS name, hosts is empty, or a flawed host is
     *                                  not among hosts
     */
    public static MockTls create(Collection<String> hosts, Map<String, Flaw> flaws) {
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(flaws, "flaws");
        List<String> hostList = List.copyOf(new LinkedHashSet<>(hosts));
        if (hostList.isEmpty()) {
            throw new IllegalArgumentException("MockTls needs at least one host");
        }
        hostList.forEach(MockTls::checkedHost);
        if (!hostList.containsAll(flaws.keySet())) {
            Set<String> strangers = new LinkedHashSet<>(flaws.keySet());
            strangers.removeAll(hostList);
            throw new IllegalArgumentException("Flawed hosts " + strangers + " must be among the hosts " + hostList);
        }
        Map<String, Flaw> flawsInHostOrder = new LinkedHashMap<>();
        for (String h : hostList) {
            if (flaws.containsKey(h)) {
                Flaw flaw = flaws.get(h);
                if (flaw == null) {
                    throw new IllegalArgumentException("No flaw given for host \"" + h + "\" (leave it out for a sound leaf)");
                }
                flawsInHostOrder.put(h, flaw);
            }
        }
        try {
            return new Maker().make(hostList, Collections.unmodifiableMap(flawsInHostOrder));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot make the mock TLS certificates: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ accessors

    /**
     * The keystore (JKS, in memory, a fresh copy each call): one key entry per host, alias = host, chain = leaf
     * + CA (a {@link Flaw#SELF_SIGNED} leaf: the leaf alone); store and key password {@link #keystorePassword()}.
     */
    public KeyStore keyStore() {
        try {
            KeyStore store = KeyStore.getInstance(STORE_TYPE);
            store.load(new ByteArrayInputStream(keyStoreBytes), password);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot read back the mock TLS keystore: " + e.getMessage(), e);
        }
    }

    /**
     * {@link #keyStore()} serialised as JKS (a fresh copy each call), for a server that only takes a file: the
     * caller writes it to a temporary file and deletes that when the server has read it.
     */
    public byte[] keyStoreBytes() {
        return keyStoreBytes.clone();
    }

    /** The password of the keystore and of its keys, random per instance (a fresh copy each call). */
    public char[] keystorePassword() {
        return password.clone();
    }

    /** A PKCS12 trust store (in memory, a fresh copy each call) holding only the test CA, as a certificate entry. */
    public KeyStore trustKeyStore() {
        try {
            KeyStore store = emptyStore(TRUST_STORE_TYPE);
            store.setCertificateEntry(CA_ALIAS, caCertificate);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot make the mock TLS trust store: " + e.getMessage(), e);
        }
    }

    /** The test CA's certificate. */
    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** The test CA's certificate as PEM text ({@code -----BEGIN CERTIFICATE-----}, 64-character lines). */
    public String caPem() {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(caCertificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode the mock TLS CA: " + e.getMessage(), e);
        }
    }

    /** The hosts that have a leaf, in the order asked for. */
    public List<String> hosts() {
        return hosts;
    }

    /** The flawed hosts and their flaws, in host order (unmodifiable). */
    public Map<String, Flaw> flaws() {
        return flaws;
    }

    /** The hosts whose leaf is {@link Flaw#EXPIRED}, in host order (unmodifiable). */
    public Set<String> expiredHosts() {
        return flaws.entrySet().stream().filter(e -> e.getValue() == Flaw.EXPIRED).map(Map.Entry::getKey)
                .collect(Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new), Collections::unmodifiableSet));
    }

    /** The leaf certificate served for a host (flawed or not); empty for a host without one. */
    public Optional<X509Certificate> leafCertificate(String host) {
        return Optional.ofNullable(leaves.get(host));
    }

    /** Base64 of SHA-256 of the CA's SubjectPublicKeyInfo. */
    public String caSpkiSha256Base64() {
        return spkiSha256Base64(caCertificate);
    }

    /**
     * Base64 of SHA-256 of each leaf's SubjectPublicKeyInfo (flawed leaves included), in host order: the format of
     * Chromium's {@code --ignore-certificate-errors-spki-list}.
     */
    public List<String> leafSpkiSha256Base64() {
        return leaves.values().stream().map(MockTls::spkiSha256Base64).toList();
    }

    /**
     * What {@link #leafSpkiSha256Base64()} gives for these hosts, in their order, known before any instance is made:
     * the hashes of the hosts' leaf keys of this JVM, which every later {@link #create} signs with.
     *
     * @throws IllegalArgumentException if a host is not a lower-case DNS name
     */
    public static List<String> leafSpkiSha256Base64(Collection<String> hosts) {
        return List.copyOf(new LinkedHashSet<>(hosts)).stream().map(MockTls::checkedHost)
                .map(host -> spkiSha256Base64(leafKeys(host).getPublic().getEncoded())).toList();
    }

    /** Base64 of SHA-256 of a certificate's DER SubjectPublicKeyInfo. */
    public static String spkiSha256Base64(Certificate certificate) {
        return spkiSha256Base64(certificate.getPublicKey().getEncoded()); // X.509 SubjectPublicKeyInfo, DER
    }

    private static String spkiSha256Base64(byte[] spki) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    @Override
    public String toString() {
        return "MockTls[CA serial " + caCertificate.getSerialNumber().toString(16) + ", hosts=" + hosts + ", flaws=" + flaws + "]";
    }

    private static KeyStore emptyStore(String type) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        return store;
    }

    // ------------------------------------------------------------------ making

    private static String checkedHost(String host) {
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("Not a lower-case DNS host name: \"" + host + "\"");
        }
        return host;
    }

    /** The host's leaf key pair of this JVM (EC P-256), made on first use. */
    private static KeyPair leafKeys(String host) {
        return LEAF_KEYS.computeIfAbsent(host, h -> {
            try {
                return Maker.keyPairGenerator().generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot make a key pair for the mock certificate of " + h + ": " + e.getMessage(), e);
            }
        });
    }

    /** One call of {@link #create}: the instant all dates count from, the key generator, the extension helper. */
    private static final class Maker {
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS); // X.509 dates have seconds
        private final JcaX509ExtensionUtils extensions;
        private final KeyPairGenerator keys;

        Maker() throws GeneralSecurityException {
            extensions = new JcaX509ExtensionUtils();
            keys = keyPairGenerator();
        }

        static KeyPairGenerator keyPairGenerator() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator;
        }

        MockTls make(List<String> hosts, Map<String, Flaw> flaws)
                throws GeneralSecurityException, OperatorCreationException, IOException {
            char[] password = randomPassword();
            KeyPair caKeys = keys.generateKeyPair();
            // parsed by the JDK, which encodes "CN=.., O=.., C=VN" as C, O, CN (BouncyCastle's X500Name would not)
            X500Principal caName = new X500Principal(CA_NAME);
            // valid from before the expired leaf began until after the sound leaves end: a leaf's own dates are
            // what a client finds wrong, never the CA's
            X509v3CertificateBuilder ca = builder(caName, caName, caKeys, now.minus(Duration.ofDays(EXPIRED_START_DAYS_AGO + 10)),
                    now.plus(Duration.ofDays(LEAF_VALIDITY_DAYS + 30)))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(caKeys.getPublic()));
            X509Certificate caCertificate = sign(ca, caKeys);

            KeyStore keyStore = emptyStore(STORE_TYPE);
            Map<String, X509Certificate> leaves = new LinkedHashMap<>();
            for (String host : hosts) {
                Flaw flaw = flaws.get(host);
                // the host's key of this JVM: a browser shared by the scenarios trusts every run's leaf by the same hash
                KeyPair leafKeys = leafKeys(host);
                X509Certificate leaf = leaf(host, flaw, leafKeys, caName, caKeys);
                Certificate[] chain = flaw == Flaw.SELF_SIGNED ? new Certificate[] {leaf} : new Certificate[] {leaf, caCertificate};
                keyStore.setKeyEntry(host, leafKeys.getPrivate(), password, chain);
                leaves.put(host, leaf);
            }
            ByteArrayOutputStream serialised = new ByteArrayOutputStream();
            keyStore.store(serialised, password);
            return new MockTls(hosts, flaws, caCertificate, Collections.unmodifiableMap(leaves), password,
                    serialised.toByteArray());
        }

        private X509Certificate leaf(String host, Flaw flaw, KeyPair leafKeys, X500Principal caName, KeyPair caKeys)
                throws GeneralSecurityException, OperatorCreationException, CertIOException {
            Instant from = now.minus(Duration.ofHours(1));
            Duration validity = Duration.ofDays(LEAF_VALIDITY_DAYS);
            if (flaw == Flaw.EXPIRED) {
                from = now.minus(Duration.ofDays(EXPIRED_START_DAYS_AGO));
                validity = Duration.ofDays(EXPIRED_VALIDITY_DAYS);
            }
            List<String> names = flaw == Flaw.WRONG_HOST ? List.of(WRONG_HOST_NAME, "*." + host) : List.of(host);
            X500Principal subject = new X500Principal("CN=" + names.get(0) + LEAF_ORGANISATION);
            boolean selfSigned = flaw == Flaw.SELF_SIGNED;
            KeyPair signer = selfSigned ? leafKeys : caKeys;
            GeneralName[] san = names.stream().map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new);
            X509v3CertificateBuilder builder = builder(selfSigned ? subject : caName, subject, leafKeys, from, from.plus(validity))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(signer.getPublic()))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(san));
            return sign(builder, signer);
        }

        /** A certificate with a random serial and the subject key identifier of {@code subjectKeys}. */
        private X509v3CertificateBuilder builder(X500Principal issuer, X500Principal subject, KeyPair subjectKeys, Instant from,
                Instant to) throws CertIOException {
            BigInteger serial = new BigInteger(127, RANDOM).setBit(126); // positive, 16 bytes, never 0
            return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(from), Date.from(to), subject, subjectKeys.getPublic())
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        }

        private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
                throws GeneralSecurityException, OperatorCreationException {
            ContentSigner signature = new JcaContentSignerBuilder(SIGNATURE).setSecureRandom(RANDOM).build(signer.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signature));
        }

        private static char[] randomPassword() {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
        }
    }
}
