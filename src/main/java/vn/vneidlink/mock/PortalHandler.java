package vn.vneidlink.mock;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Serves the actions of one portal (the part of {@code transformerParameters.action} before the dot). */
interface PortalHandler {

    /** The action prefix, e.g. {@code national}. */
    String prefix();

    /** The full action names this handler serves, e.g. {@code national.home}. */
    Set<String> actions();

    /** Runs under the state lock. */
    Reply handle(Exchange exchange);

    /**
     * The reply of a host that is down, instead of {@link #handle} (none by default). Asked under the state lock,
     * before every request of this handler.
     */
    default Optional<Reply> outage(Exchange exchange) {
        return Optional.empty();
    }

    /** How long every reply of this handler is held back (a WireMock fixed delay, applied outside the lock). */
    default Duration responseDelay() {
        return Duration.ZERO;
    }
}
