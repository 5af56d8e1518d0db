package vn.vneidlink.readiness.tls;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link CertificateProbe} found for one host. Every field but {@code host}, {@code connectTo} and
 * {@code valid} may be null: a dead host gives no certificate, an invalid certificate still gives its dates and
 * names.
 *
 * @param host            the host name checked (sent as SNI, checked against the leaf's SANs)
 * @param connectTo       where the probe connected, e.g. {@code 127.0.0.1:43123} or {@code dichvucong.gov.vn:443}
 * @param valid           the chain is trusted, within its dates, and names the host
 * @param problem         why not valid; null when valid
 * @param reason          {@link CertificateProblem#text()} plus a short detail (e.g. the expiry date), Vietnamese
 *                        then English; null when valid
 * @param notBefore       the leaf's notBefore, when a certificate was received
 * @param notAfter        the leaf's notAfter (its expiry), when a certificate was received, valid or not
 * @param subject         the leaf's subject (RFC 2253), when received
 * @param issuer          the leaf's issuer (RFC 2253), when received
 * @param subjectAltNames the leaf's DNS subject alternative names, when received (else empty)
 * @param protocol        the TLS version negotiated (e.g. {@code TLSv1.3}), when the handshake completed
 * @param handshakeTime   how long the TLS handshake took (after the TCP connection), when it completed
 * @param elapsed         the whole probe: connection and handshake, or until it failed
 * @param detail          the underlying error (English, technical), or null
 */
public record CertificateReport(
        String host,
        String connectTo,
        boolean valid,
        CertificateProblem problem,
        String reason,
        Instant notBefore,
        Instant notAfter,
        String subject,
        String issuer,
        List<String> subjectAltNames,
        String protocol,
        Duration handshakeTime,
        Duration elapsed,
        String detail) {

    public CertificateReport {
        subjectAltNames = subjectAltNames == null ? List.of() : List.copyOf(subjectAltNames);
    }

    /** A certificate was received (whether valid or not). */
    public boolean certificateReceived() {
        return notAfter != null;
    }

    public Optional<CertificateProblem> problemIfAny() {
        return Optional.ofNullable(problem);
    }

    /**
     * Why the host is unreachable, when nothing answered TLS (no DNS name, refused, silent): "không phân giải được tên
     * miền …" or the probe's reason; empty when it answered, with any certificate.
     */
    public Optional<String> unreachable() {
        if (problem != CertificateProblem.CONNECTION_FAILED && problem != CertificateProblem.TIMEOUT) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(detail).startsWith("unknown host") ? "không phân giải được tên miền " + host : reason);
    }

    /** Time left until the leaf expires (negative once expired); empty when no certificate was received. */
    public Optional<Duration> timeLeft(Instant now) {
        return notAfter == null ? Optional.empty() : Optional.of(Duration.between(now, notAfter));
    }
}
