package vn.vneidlink.mock;

import java.util.Set;

/** Serves the actions of one portal (the part of {@code transformerParameters.action} before the dot). */
interface PortalHandler {

    /** The action prefix, e.g. {@code national}. */
    String prefix();

    /** The full action names this handler serves, e.g. {@code national.home}. */
    Set<String> actions();

    /** Runs under the state lock. */
    Reply handle(Exchange exchange);
}
