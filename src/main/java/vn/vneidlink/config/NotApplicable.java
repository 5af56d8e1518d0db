package vn.vneidlink.config;

import org.opentest4j.TestAbortedException;

/**
 * A scenario that cannot apply to the target in use (it needs credentials, a person, the mock's
 * controls, or a portal phase that has passed) is skipped with the reason, never failed and never
 * left hanging. Cucumber reports such a scenario as skipped.
 */
public final class NotApplicable {

    /** How the message of every such skip begins: what tells "not applicable" from any other skip. */
    public static final String PREFIX = "Bỏ qua / skipped: ";

    private NotApplicable() {}

    public static TestAbortedException because(String reason) {
        return new TestAbortedException(PREFIX + reason);
    }
}
