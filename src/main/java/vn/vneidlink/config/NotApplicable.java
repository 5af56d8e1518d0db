package vn.vneidlink.config;

import org.opentest4j.TestAbortedException;

/**
 * A scenario that cannot apply to the target in use (it needs credentials, a person, the mock's
 * controls, or a portal phase that has passed) is skipped with the reason, never failed and never
 * left hanging. Cucumber reports such a scenario as skipped.
 */
public final class NotApplicable {

    private NotApplicable() {}

    public static TestAbortedException because(String reason) {
        return new TestAbortedException("Bỏ qua / skipped: " + reason);
    }
}
