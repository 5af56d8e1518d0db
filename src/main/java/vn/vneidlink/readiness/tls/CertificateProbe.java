package vn.vneidlink.readiness.tls;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXReason;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks a host's HTTPS certificate over a TLS connection of its own, without a browser and without an account: it
 * connects to an address (the host itself, or a mock server that the host name is mapped to), sends the host name
 * as SNI, reads the certificate chain the server presents, and validates it like a browser would: trusted by a CA
 * of the trust store (PKIX), within its dates, and naming the host (endpoint identification {@code HTTPS}).
 *
 * <p>A bad certificate, a dead host or a timeout is a finding, never an exception: the probe always returns a
 * {@link CertificateReport}. The TLS handshake is completed even for an invalid certificate (the verdict is taken
 * during the handshake, and no application data is sent), so the handshake time is reported for every server that
 * speaks TLS.
 *
 * <p>Stateless and thread-safe.
 */
public final class CertificateProbe {

    public static final int HTTPS_PORT = 443;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(VIETNAM);
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|.*:.*");

    private CertificateProbe() {}

    /** {@code host}:443, resolved by DNS, checked against the JDK's default trust store (cacerts). */
    public static CertificateReport probe(String host, Duration timeout) {
        return probe(host, new InetSocketAddress(host, HTTPS_PORT), null, timeout);
    }

    /**
     * Connects to {@code connectTo} with SNI {@code host} and checks the certificate presented.
     *
     * @param host       the host name the certificate must be valid for (SNI and endpoint identification)
     * @param connectTo  where to connect: {@code host:443}, or the mock server the host is mapped to
     * @param trustStore the CAs to trust; null for the JDK's default trust store (cacerts)
     * @param timeout    for the TCP connection, and again for the TLS handshake
     * @throws IllegalArgumentException for a blank host, a non-positive timeout or an unusable trust store (not for
     *                                  anything the server does)
     */
    public static CertificateReport probe(String host, InetSocketAddress connectTo, KeyStore trustStore, Duration timeout) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        Objects.requireNonNull(connectTo, "connectTo");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        String hostName = host.trim().toLowerCase(Locale.ROOT);
        X509ExtendedTrustManager pkix = pkixTrustManager(trustStore);
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        String target = describe(connectTo);
        long start = System.nanoTime();

        if (connectTo.isUnresolved()) {
            return failure(hostName, target, CertificateProblem.CONNECTION_FAILED, "unknown host " + connectTo.getHostString(), start);
        }
        Socket tcp = new Socket();
        try {
            tcp.connect(connectTo, millis);
        } catch (SocketTimeoutException e) {
            close(tcp);
            return failure(hostName, target, CertificateProblem.TIMEOUT, "no TCP connection within " + timeout.toMillis() + " ms", start);
        } catch (UnknownHostException e) {
            close(tcp);
            return failure(hostName, target, CertificateProblem.CONNECTION_FAILED, "unknown host " + e.getMessage(), start);
        } catch (IOException e) {
            close(tcp);
            return failure(hostName, target, CertificateProblem.CONNECTION_FAILED, message(e), start);
        }

        Verdict verdict = new Verdict(pkix);
        long handshakeStart = System.nanoTime();
        try (SSLSocket ssl = tlsSocket(tcp, hostName, connectTo.getPort(), verdict)) {
            ssl.setSoTimeout(millis);
            ssl.startHandshake();
            Duration handshake = Duration.ofNanos(System.nanoTime() - handshakeStart);
            String protocol = ssl.getSession().getProtocol();
            return verdict.report(hostName, target, protocol, handshake, Duration.ofNanos(System.nanoTime() - start), null);
        } catch (SocketTimeoutException e) {
            return verdict.chainReceived()
                    ? verdict.report(hostName, target, null, null, Duration.ofNanos(System.nanoTime() - start), message(e))
                    : failure(hostName, target, CertificateProblem.TIMEOUT,
                            "no TLS handshake within " + timeout.toMillis() + " ms", start);
        } catch (IOException e) {
            return verdict.chainReceived()
                    ? verdict.report(hostName, target, null, null, Duration.ofNanos(System.nanoTime() - start), message(e))
                    : failure(hostName, target, CertificateProblem.NO_TLS, message(e), start);
        } catch (GeneralSecurityException e) {
            close(tcp);
            throw new IllegalStateException("This JVM cannot make a TLS client: " + e.getMessage(), e);
        }
    }

    private static SSLSocket tlsSocket(Socket tcp, String host, int port, Verdict verdict)
            throws GeneralSecurityException, IOException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {verdict}, null);
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(tcp, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        if (!IP_LITERAL.matcher(host).matches()) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        ssl.setSSLParameters(parameters);
        return ssl;
    }

    private static X509ExtendedTrustManager pkixTrustManager(KeyStore trustStore) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore);
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalArgumentException("The trust store gives no X509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Unusable trust store: " + e.getMessage(), e);
        }
    }

    private static CertificateReport failure(String host, String target, CertificateProblem problem, String detail, long start) {
        return new CertificateReport(host, target, false, problem, problem.text() + " (" + detail + ")", null, null, null,
                null, List.of(), null, null, Duration.ofNanos(System.nanoTime() - start), detail);
    }

    private static String describe(InetSocketAddress address) {
        String hostPart = address.isUnresolved() || address.getAddress() == null
                ? address.getHostString()
                : address.getAddress().getHostAddress();
        return (hostPart.contains(":") ? "[" + hostPart + "]" : hostPart) + ":" + address.getPort();
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to report: the probe's finding is already made
        }
    }

    /**
     * The trust manager of one probe: records the chain the server presents and judges it (dates of the leaf, PKIX
     * trust, then the host name), and lets the handshake complete. Used by one connection only.
     */
    private static final class Verdict extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager pkix;
        private volatile X509Certificate[] chain;
        private volatile CertificateProblem problem;
        private volatile String problemDetail;

        Verdict(X509ExtendedTrustManager pkix) {
            this.pkix = pkix;
        }

        boolean chainReceived() {
            return chain != null && chain.length > 0;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType, Socket socket) {
            judge(presented, authType, () -> pkix.checkServerTrusted(presented, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
            judge(presented, authType, () -> pkix.checkServerTrusted(presented, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] presented, String authType) {
            judge(presented, authType, null);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("the certificate probe is a client only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("the certificate probe is a client only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] presented, String authType) throws CertificateException {
            throw new CertificateException("the certificate probe is a client only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return pkix.getAcceptedIssuers();
        }

        private interface Check {
            void run() throws CertificateException;
        }

        private void judge(X509Certificate[] presented, String authType, Check withHostName) {
            chain = presented == null ? new X509Certificate[0] : presented.clone();
            if (chain.length == 0) {
                fail(CertificateProblem.INVALID_CHAIN, "the server presented no certificate");
                return;
            }
            X509Certificate leaf = chain[0];
            try {
                leaf.checkValidity(new Date());
            } catch (CertificateExpiredException e) {
                fail(CertificateProblem.EXPIRED, message(e));
                return;
            } catch (CertificateNotYetValidException e) {
                fail(CertificateProblem.NOT_YET_VALID, message(e));
                return;
            }
            try {
                pkix.checkServerTrusted(chain, authType); // trust and dates of the path, not the host name
            } catch (CertificateException e) {
                fail(classify(e), message(e));
                return;
            }
            if (withHostName == null) {
                return;
            }
            try {
                withHostName.run(); // the same, plus endpoint identification (HTTPS) against the SNI host name
            } catch (CertificateException e) {
                fail(CertificateProblem.HOST_NAME_MISMATCH, message(e));
            }
        }

        private void fail(CertificateProblem p, String detail) {
            problem = p;
            problemDetail = detail;
        }

        private static CertificateProblem classify(CertificateException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CertificateExpiredException) {
                    return CertificateProblem.EXPIRED;
                }
                if (t instanceof CertificateNotYetValidException) {
                    return CertificateProblem.NOT_YET_VALID;
                }
                if (t instanceof CertPathBuilderException) {
                    return CertificateProblem.UNTRUSTED_ISSUER;
                }
                if (t instanceof CertPathValidatorException v) {
                    if (v.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                        return CertificateProblem.EXPIRED;
                    }
                    if (v.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                        return CertificateProblem.NOT_YET_VALID;
                    }
                    if (v.getReason() == PKIXReason.NO_TRUST_ANCHOR) {
                        return CertificateProblem.UNTRUSTED_ISSUER;
                    }
                }
            }
            return CertificateProblem.INVALID_CHAIN;
        }

        CertificateReport report(String host, String target, String protocol, Duration handshake, Duration elapsed,
                String ioProblem) {
            if (!chainReceived()) {
                return new CertificateReport(host, target, false, CertificateProblem.NO_TLS,
                        CertificateProblem.NO_TLS.text(), null, null, null, null, List.of(), protocol, handshake, elapsed,
                        ioProblem);
            }
            X509Certificate leaf = chain[0];
            Instant notBefore = leaf.getNotBefore().toInstant();
            Instant notAfter = leaf.getNotAfter().toInstant();
            CertificateProblem p = problem;
            List<String> names = dnsNames(leaf);
            String reason = p == null ? null : reason(p, leaf, names);
            String detail = problemDetail != null ? problemDetail : ioProblem;
            return new CertificateReport(host, target, p == null, p, reason, notBefore, notAfter,
                    leaf.getSubjectX500Principal().getName(), leaf.getIssuerX500Principal().getName(), names, protocol,
                    handshake, elapsed, detail);
        }

        private static String reason(CertificateProblem p, X509Certificate leaf, List<String> names) {
            Instant notAfter = leaf.getNotAfter().toInstant();
            Instant notBefore = leaf.getNotBefore().toInstant();
            return switch (p) {
                case EXPIRED -> p.vietnamese() + " ngày " + VI_DATE.format(notAfter) + " / " + p.english() + " on "
                        + EN_DATE.format(notAfter);
                case NOT_YET_VALID -> p.vietnamese() + " (từ ngày " + VI_DATE.format(notBefore) + ") / " + p.english()
                        + " (valid from " + EN_DATE.format(notBefore) + ")";
                case UNTRUSTED_ISSUER -> p.text() + " (" + leaf.getIssuerX500Principal().getName() + ")";
                case HOST_NAME_MISMATCH -> p.vietnamese() + " (chứng chỉ cấp cho: " + String.join(", ", names) + ") / "
                        + p.english() + " (certificate names: " + String.join(", ", names) + ")";
                default -> p.text();
            };
        }

        private static List<String> dnsNames(X509Certificate leaf) {
            List<String> names = new ArrayList<>();
            try {
                Collection<List<?>> sans = leaf.getSubjectAlternativeNames();
                if (sans != null) {
                    for (List<?> san : sans) {
                        if (san.size() >= 2 && Integer.valueOf(2).equals(san.get(0))) {
                            names.add(String.valueOf(san.get(1)));
                        }
                    }
                }
            } catch (CertificateParsingException e) {
                // no readable SAN: the name list stays empty
            }
            return names;
        }
    }
}
