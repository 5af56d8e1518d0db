package vn.vneidlink.mock;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What is wrong with a provincial system in readiness terms, as seeded in {@code mocks/data/portals.json} (field
 * {@code readinessDefect}). Unlike a {@link PortalDefect} (switched on per run), a readiness defect belongs to one
 * province's entry and is always on: the readiness checks must tell these systems apart from the healthy ones.
 */
public enum ReadinessDefect {

    /** Its HTTPS certificate expired long ago (valid from 400 days ago for 30 days); otherwise healthy. */
    EXPIRED_CERTIFICATE("expired-certificate"),
    /**
     * Its HTTPS certificate is signed by the test CA and valid, but made for another host name
     * ({@link MockTls.Flaw#WRONG_HOST}): a client that checks host names refuses it; otherwise healthy.
     */
    WRONG_HOST_CERTIFICATE("wrong-host-certificate"),
    /**
     * Its HTTPS certificate names the host and has valid dates, but is self-signed, not issued by the test CA
     * ({@link MockTls.Flaw#SELF_SIGNED}): a client trusting the CA refuses it as untrusted; otherwise healthy.
     */
    SELF_SIGNED_CERTIFICATE("self-signed-certificate"),
    /** Its login goes through the national SSO, but for its client the SSO login page offers no VNeID option. */
    NO_VNEID_OPTION("no-vneid-option"),
    /**
     * "Đăng nhập" shows its own user-name/password form ({@code form#local-login-form}) on its own host, at its
     * platform's login path ({@link ProvincialPlatform#loginPath()}; on {@code portaldvc} the login link points there
     * instead of the API host): no SSO.
     */
    BYPASSES_NATIONAL_SSO("bypasses-national-sso"),
    /** Every request to its host(s) gets no usable answer: the TLS handshake completes, then the connection is reset. */
    NO_ANSWER("no-answer"),
    /**
     * A web-application firewall in front of its host(s) answers every request (pages, static files, unknown paths)
     * 200 with the F5 "Request Rejected" page and a support ID, the page the VNeID SSO's firewall shows
     * ({@link FirewallPage}).
     */
    FIREWALL_REJECTS("firewall-rejects"),
    /**
     * Its home page ({@link ProvincialPlatform#home()}, that page only) answers after
     * {@link ProvincialPortalDefects#SLOW_HOME_DELAY} (4 s); every other page, redirect and file at once.
     */
    SLOW_HOME("slow-home");

    private final String id;

    ReadinessDefect(String id) {
        this.id = id;
    }

    /** The value in portals.json, e.g. {@code expired-certificate}. */
    public String id() {
        return id;
    }

    /** The defect of a portals.json value; empty for null. */
    public static Optional<ReadinessDefect> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown readinessDefect \"" + id + "\" (known: "
                        + Arrays.stream(values()).map(ReadinessDefect::id).collect(Collectors.joining(", ")) + ")")));
    }
}
