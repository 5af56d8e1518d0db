package vn.vneidlink.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The certificates of the mock portals when they serve HTTPS: a test CA ({@value #CA_NAME}) made for the run, one
 * leaf certificate per mock host (SAN {@code dns:<host>}, valid {@value #LEAF_VALIDITY_DAYS} days, signed by that
 * CA) in one PKCS12 keystore, and a PKCS12 trust store holding only the CA. Hosts asked for as <em>expired</em>
 * get a leaf that expired long ago instead (valid from 400 days ago for 30 days), so that certificate checks have
 * something to find.
 *
 * <p>Made with the JDK's own {@code keytool} ({@code ${java.home}/bin/keytool}: genkeypair, certreq, gencert,
 * exportcert, importcert) and assembled with {@link KeyStore}; no third-party crypto library. Nothing is trusted
 * system-wide: only a client given {@link #trustStore()} (the project's tests, the certificate probe) or told the
 * SPKI hashes (Chromium's {@code --ignore-certificate-errors-spki-list}) accepts these certificates.
 *
 * <p>Reuse: a set of certificates (a <em>generation</em>, one sub-folder of the TLS directory) is made once and
 * reused by every later instance, in this JVM or another, for the same hosts while it is younger than
 * {@link #REUSE_LIMIT}. A generation is written to a temporary folder and renamed into place when complete, and is
 * never modified afterwards, so a reader needs no lock; making one is guarded by a file lock in the TLS directory
 * (several JVMs may start at once) and, within one JVM, by the class's monitor (a file lock is held per JVM).
 * Generations older than {@link #DELETE_AFTER} are deleted when a new one is made.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MockTls {

    /** The test CA's distinguished name. */
    public static final String CA_NAME = "CN=vneid-link-verify test CA, O=vneid-link-verify, C=VN";
    /** A generation is reused while younger than this. */
    public static final Duration REUSE_LIMIT = Duration.ofHours(12);
    /** Generations older than this are deleted when a new one is made. */
    public static final Duration DELETE_AFTER = Duration.ofDays(2);
    /** Validity of a leaf certificate (from one hour before it is made). */
    public static final int LEAF_VALIDITY_DAYS = 30;
    /** The expired leaf: valid from this many days ago ... */
    public static final int EXPIRED_START_DAYS_AGO = 400;
    /** ... for this many days. */
    public static final int EXPIRED_VALIDITY_DAYS = 30;
    /** The keystore type of every file. */
    public static final String STORE_TYPE = "PKCS12";

    /** A throw-away password of throw-away test keys (the keystores hold nothing secret). */
    private static final String PASSWORD = "vneid-link-verify-mock-tls";
    private static final String CA_ALIAS = "vneid-link-verify-test-ca";
    private static final String KEYSTORE = "mock-tls.p12";
    private static final String TRUSTSTORE = "mock-tls-truststore.p12";
    private static final String CA_PEM = "mock-tls-ca.pem";
    private static final String CA_STORE = "mock-tls-ca.p12";
    private static final String MANIFEST = "mock-tls.properties";
    private static final String LOCK = ".mock-tls.lock";
    private static final String GENERATION_PREFIX = "gen-";
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final Duration KEYTOOL_TIMEOUT = Duration.ofSeconds(120);
    private static final System.Logger LOG = System.getLogger(MockTls.class.getName());

    private final Path generation;
    private final Instant createdAt;
    private final List<String> hosts;
    private final Set<String> expiredHosts;
    private final X509Certificate caCertificate;
    private final Map<String, X509Certificate> leaves;

    private MockTls(Path generation, Instant createdAt, List<String> hosts, Set<String> expiredHosts,
            X509Certificate caCertificate, Map<String, X509Certificate> leaves) {
        this.generation = generation;
        this.createdAt = createdAt;
        this.hosts = List.copyOf(hosts);
        this.expiredHosts = Collections.unmodifiableSet(new LinkedHashSet<>(expiredHosts));
        this.caCertificate = caCertificate;
        this.leaves = Collections.unmodifiableMap(new LinkedHashMap<>(leaves));
    }

    /**
     * The certificates for these hosts under {@code directory}: an existing generation for exactly these hosts (and
     * expired hosts) younger than {@link #REUSE_LIMIT}, else a new one.
     *
     * @param directory    where generations live (created if missing), e.g. {@code target/mock-tls}
     * @param hosts        every host that gets a leaf (lower-case DNS names)
     * @param expiredHosts those of {@code hosts} whose leaf is expired
     * @throws IllegalArgumentException if a host is not a lower-case DNS name or an expired host is not in hosts
     * @throws IllegalStateException    if keytool is missing or fails (its output is in the message)
     */
    public static MockTls obtain(Path directory, Collection<String> hosts, Collection<String> expiredHosts) {
        List<String> hostList = List.copyOf(new LinkedHashSet<>(hosts));
        Set<String> expired = new LinkedHashSet<>(expiredHosts);
        if (hostList.isEmpty()) {
            throw new IllegalArgumentException("MockTls needs at least one host");
        }
        for (String h : hostList) {
            if (!HOST.matcher(h).matches()) {
                throw new IllegalArgumentException("Not a lower-case DNS host name: \"" + h + "\"");
            }
        }
        if (!hostList.containsAll(expired)) {
            throw new IllegalArgumentException("Expired hosts " + expired + " must be among the hosts " + hostList);
        }
        Path dir = directory.toAbsolutePath().normalize();
        String spec = specKey(hostList, expired);
        Optional<MockTls> existing = findReusable(dir, spec, hostList, expired);
        if (existing.isPresent()) {
            return existing.get();
        }
        synchronized (MockTls.class) { // one file lock per JVM: threads of this JVM queue here
            try {
                Files.createDirectories(dir);
                try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                    Optional<MockTls> madeMeanwhile = findReusable(dir, spec, hostList, expired);
                    if (madeMeanwhile.isPresent()) {
                        return madeMeanwhile.get();
                    }
                    deleteOldGenerations(dir);
                    return generate(dir, spec, hostList, expired);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the mock TLS certificates under " + dir, e);
            }
        }
    }

    // ------------------------------------------------------------------ accessors

    /** The PKCS12 keystore: one key entry per host (alias = host, chain = leaf + test CA). */
    public Path keystore() {
        return generation.resolve(KEYSTORE);
    }

    /** The password of the keystore and of its keys (a fresh copy each call). */
    public char[] keystorePassword() {
        return PASSWORD.toCharArray();
    }

    /** The PKCS12 trust store holding only the test CA (password {@link #keystorePassword()}). */
    public Path trustStore() {
        return generation.resolve(TRUSTSTORE);
    }

    /** The trust store, loaded. */
    public KeyStore trustKeyStore() {
        try (InputStream in = Files.newInputStream(trustStore())) {
            KeyStore ks = KeyStore.getInstance(STORE_TYPE);
            ks.load(in, keystorePassword());
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the mock trust store " + trustStore() + ": " + e.getMessage(), e);
        }
    }

    /** The test CA's certificate (also as PEM in {@link #caPem()}). */
    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /** The test CA's certificate, PEM. */
    public Path caPem() {
        return generation.resolve(CA_PEM);
    }

    /** The folder of this generation. */
    public Path directory() {
        return generation;
    }

    /** When this generation was made. */
    public Instant createdAt() {
        return createdAt;
    }

    /** The hosts that have a leaf, in the order asked for. */
    public List<String> hosts() {
        return hosts;
    }

    /** The hosts whose leaf is expired. */
    public Set<String> expiredHosts() {
        return expiredHosts;
    }

    /** The leaf certificate of a host. */
    public Optional<X509Certificate> leafCertificate(String host) {
        return Optional.ofNullable(leaves.get(host));
    }

    /** Base64 of SHA-256 of the CA's SubjectPublicKeyInfo. */
    public String caSpkiSha256Base64() {
        return spkiSha256Base64(caCertificate);
    }

    /**
     * Base64 of SHA-256 of each leaf's SubjectPublicKeyInfo (expired leaves included), in host order: the format of
     * Chromium's {@code --ignore-certificate-errors-spki-list}.
     */
    public List<String> leafSpkiSha256Base64() {
        return leaves.values().stream().map(MockTls::spkiSha256Base64).collect(Collectors.toUnmodifiableList());
    }

    /** Base64 of SHA-256 of a certificate's DER SubjectPublicKeyInfo. */
    public static String spkiSha256Base64(Certificate certificate) {
        try {
            byte[] spki = certificate.getPublicKey().getEncoded(); // X.509 SubjectPublicKeyInfo, DER
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    @Override
    public String toString() {
        return "MockTls[" + generation + ", created " + createdAt + ", hosts=" + hosts + ", expired=" + expiredHosts + "]";
    }

    // ------------------------------------------------------------------ reuse

    private static String specKey(List<String> hosts, Set<String> expired) {
        String spec = "hosts=" + hosts.stream().sorted().collect(Collectors.joining(","))
                + ";expired=" + expired.stream().sorted().collect(Collectors.joining(","))
                + ";leafDays=" + LEAF_VALIDITY_DAYS + ";v=1";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(spec.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    private static Optional<MockTls> findReusable(Path dir, String spec, List<String> hosts, Set<String> expired) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        List<Path> candidates;
        try (Stream<Path> entries = Files.list(dir)) {
            candidates = entries.filter(p -> p.getFileName().toString().startsWith(GENERATION_PREFIX + spec + "-"))
                    .filter(Files::isDirectory)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path candidate : candidates) {
            Optional<MockTls> loaded = load(candidate, hosts, expired);
            if (loaded.isPresent()) {
                Duration age = Duration.between(loaded.get().createdAt, now);
                if (!age.isNegative() && age.compareTo(REUSE_LIMIT) < 0) {
                    return loaded;
                }
            }
        }
        return Optional.empty();
    }

    /** A complete generation for exactly these hosts, or empty (unreadable, other hosts, incomplete). */
    private static Optional<MockTls> load(Path generation, List<String> hosts, Set<String> expired) {
        try {
            Properties manifest = new Properties();
            try (InputStream in = Files.newInputStream(generation.resolve(MANIFEST))) {
                manifest.load(in);
            }
            if (!hosts.stream().sorted().collect(Collectors.joining(",")).equals(manifest.getProperty("hosts"))
                    || !expired.stream().sorted().collect(Collectors.joining(",")).equals(manifest.getProperty("expiredHosts"))) {
                return Optional.empty();
            }
            Instant created = Instant.parse(manifest.getProperty("createdAt"));
            KeyStore keystore = KeyStore.getInstance(STORE_TYPE);
            try (InputStream in = Files.newInputStream(generation.resolve(KEYSTORE))) {
                keystore.load(in, PASSWORD.toCharArray());
            }
            Map<String, X509Certificate> leaves = new LinkedHashMap<>();
            X509Certificate ca = null;
            for (String host : hosts) {
                Certificate[] chain = keystore.getCertificateChain(host);
                if (chain == null || chain.length != 2 || !keystore.isKeyEntry(host)) {
                    return Optional.empty();
                }
                leaves.put(host, (X509Certificate) chain[0]);
                ca = (X509Certificate) chain[1];
            }
            if (!Files.isRegularFile(generation.resolve(TRUSTSTORE))) {
                return Optional.empty();
            }
            return Optional.of(new MockTls(generation, created, hosts, expired, ca, leaves));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void deleteOldGenerations(Path dir) {
        Instant limit = Instant.now().minus(DELETE_AFTER);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if ((name.startsWith(GENERATION_PREFIX) || name.startsWith("tmp-")) && Files.isDirectory(p)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(limit)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not clean old mock TLS generations in " + dir + ": " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ generation

    private static MockTls generate(Path dir, String spec, List<String> hosts, Set<String> expired) throws IOException {
        Instant created = Instant.now();
        Path work = Files.createTempDirectory(dir, "tmp-");
        try {
            Keytool keytool = new Keytool(work);
            keytool.run("-genkeypair", "-alias", CA_ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-sigalg", "SHA256withECDSA", "-dname", CA_NAME,
                    "-startdate", "-" + (EXPIRED_START_DAYS_AGO + 10) + "d",
                    "-validity", String.valueOf(EXPIRED_START_DAYS_AGO + 10 + LEAF_VALIDITY_DAYS + 30),
                    "-ext", "BC:c", "-ext", "KU:c=keyCertSign,cRLSign",
                    "-keystore", CA_STORE, "-storetype", STORE_TYPE, "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool.run("-exportcert", "-alias", CA_ALIAS, "-keystore", CA_STORE, "-storetype", STORE_TYPE,
                    "-storepass", PASSWORD, "-rfc", "-file", CA_PEM);
            keytool.run("-importcert", "-noprompt", "-alias", CA_ALIAS, "-file", CA_PEM,
                    "-keystore", TRUSTSTORE, "-storetype", STORE_TYPE, "-storepass", PASSWORD);

            int threads = Math.max(1, Math.min(hosts.size(), Runtime.getRuntime().availableProcessors()));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "mock-tls-keytool");
                t.setDaemon(true);
                return t;
            });
            Map<String, Future<Path>> leafStores = new LinkedHashMap<>();
            try {
                for (String host : hosts) {
                    leafStores.put(host, pool.submit(() -> makeLeaf(keytool, host, expired.contains(host))));
                }
                KeyStore combined = KeyStore.getInstance(STORE_TYPE);
                combined.load(null, null);
                X509Certificate ca = readCertificate(work.resolve(CA_PEM));
                for (Map.Entry<String, Future<Path>> e : leafStores.entrySet()) {
                    String host = e.getKey();
                    KeyStore leafStore = KeyStore.getInstance(STORE_TYPE);
                    try (InputStream in = Files.newInputStream(e.getValue().get())) {
                        leafStore.load(in, PASSWORD.toCharArray());
                    }
                    Key key = leafStore.getKey(host, PASSWORD.toCharArray());
                    X509Certificate leaf = readCertificate(work.resolve(fileName(host) + ".crt"));
                    combined.setKeyEntry(host, key, PASSWORD.toCharArray(), new Certificate[] {leaf, ca});
                }
                try (OutputStream out = Files.newOutputStream(work.resolve(KEYSTORE))) {
                    combined.store(out, PASSWORD.toCharArray());
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException("Making a mock TLS leaf certificate failed: " + cause, cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while making the mock TLS certificates", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot assemble the mock TLS keystore: " + e.getMessage(), e);
            } finally {
                pool.shutdownNow();
            }

            Properties manifest = new Properties();
            manifest.setProperty("hosts", hosts.stream().sorted().collect(Collectors.joining(",")));
            manifest.setProperty("expiredHosts", expired.stream().sorted().collect(Collectors.joining(",")));
            manifest.setProperty("createdAt", created.toString());
            manifest.setProperty("caName", CA_NAME);
            manifest.setProperty("leafValidityDays", String.valueOf(LEAF_VALIDITY_DAYS));
            try (OutputStream out = Files.newOutputStream(work.resolve(MANIFEST))) {
                manifest.store(out, "Mock portals' TLS certificates (made by vn.vneidlink.mock.MockTls; throw-away test keys)");
            }
            // keep only what readers need
            try (Stream<Path> files = Files.list(work)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String name = p.getFileName().toString();
                    if (!Set.of(KEYSTORE, TRUSTSTORE, CA_PEM, CA_STORE, MANIFEST).contains(name)) {
                        Files.delete(p);
                    }
                }
            }
            Path target = dir.resolve(GENERATION_PREFIX + spec + "-" + created.toEpochMilli());
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(work, target);
            }
            work = null;
            return load(target, hosts, expired).orElseThrow(
                    () -> new IllegalStateException("The mock TLS certificates just made in " + target + " cannot be read back"));
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    /** genkeypair, certreq, gencert (signed by the CA): a one-key PKCS12 keystore and the signed leaf (.crt). */
    private static Path makeLeaf(Keytool keytool, String host, boolean expired) {
        String base = fileName(host);
        String store = base + ".p12";
        keytool.run("-genkeypair", "-alias", host, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-dname", "CN=" + host + ", O=vneid-link-verify mock portals, C=VN",
                "-keystore", store, "-storetype", STORE_TYPE, "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool.run("-certreq", "-alias", host, "-keystore", store, "-storetype", STORE_TYPE, "-storepass", PASSWORD,
                "-file", base + ".csr");
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-alias", CA_ALIAS, "-keystore", CA_STORE,
                "-storetype", STORE_TYPE, "-storepass", PASSWORD, "-sigalg", "SHA256withECDSA",
                "-infile", base + ".csr", "-outfile", base + ".crt", "-rfc",
                "-ext", "SAN=dns:" + host, "-ext", "KU:c=digitalSignature", "-ext", "EKU=serverAuth"));
        if (expired) {
            gencert.addAll(List.of("-startdate", "-" + EXPIRED_START_DAYS_AGO + "d", "-validity", String.valueOf(EXPIRED_VALIDITY_DAYS)));
        } else {
            gencert.addAll(List.of("-startdate", "-1H", "-validity", String.valueOf(LEAF_VALIDITY_DAYS)));
        }
        keytool.run(gencert.toArray(String[]::new));
        return keytool.dir.resolve(store);
    }

    private static String fileName(String host) {
        return "leaf-" + host.toLowerCase(Locale.ROOT);
    }

    private static X509Certificate readCertificate(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "Could not delete " + p + ": " + e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not delete " + root + ": " + e.getMessage());
        }
    }

    /** Runs {@code ${java.home}/bin/keytool} in a working folder. */
    private static final class Keytool {
        final Path dir;
        private final Path executable;

        Keytool(Path dir) {
            this.dir = dir;
            Path bin = Path.of(System.getProperty("java.home"), "bin");
            Path exe = bin.resolve("keytool");
            if (!Files.isExecutable(exe) && Files.isExecutable(bin.resolve("keytool.exe"))) {
                exe = bin.resolve("keytool.exe");
            }
            if (!Files.isExecutable(exe)) {
                throw new IllegalStateException("keytool not found at " + exe + " (the mock portals' HTTPS needs a full JDK;"
                        + " or start them with MockOptions.withScheme(\"http\"))");
            }
            this.executable = exe;
        }

        void run(String... args) {
            List<String> command = new ArrayList<>();
            command.add(executable.toString());
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            pb.environment().remove("JDK_JAVA_OPTIONS");
            try {
                Process process = pb.start();
                process.getOutputStream().close();
                byte[] output = process.getInputStream().readAllBytes(); // ends when keytool exits
                if (!process.waitFor(KEYTOOL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("keytool did not finish within " + KEYTOOL_TIMEOUT + ": " + command);
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed (exit " + process.exitValue() + "): " + String.join(" ", command)
                            + "\n" + new String(output, StandardCharsets.UTF_8).trim());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot run " + executable, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running keytool", e);
            }
        }
    }
}
