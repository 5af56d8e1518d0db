package vn.vneidlink.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.StepResult;
import java.util.Iterator;
import java.util.List;

/**
 * Tidies one scenario's Allure result: the Allure Cucumber plugin reports each {@code @AfterStep}
 * hook as a step of its own, so a screenshot taken after a Gherkin step would sit in a separate
 * row. This moves what such hook rows carry onto the Gherkin step before them and drops the
 * rows, so the report reads as the scenario does: one row a Gherkin step, its screenshot inside.
 */
public final class AllureSteps {

    private final AllureLifecycle lifecycle = Allure.getLifecycle();
    private String testCaseUuid;

    /** Call from a step hook: remembers which Allure test case this scenario is. */
    public void rememberTestCase() {
        if (testCaseUuid == null) {
            lifecycle.getCurrentTestCase().ifPresent(uuid -> testCaseUuid = uuid);
        }
    }

    /** Call from an {@code @After} hook: folds the rows of hooks whose name starts with {@code hookPrefix}. */
    public void foldHookRows(String hookPrefix) {
        if (testCaseUuid == null) {
            return;
        }
        lifecycle.updateTestCase(testCaseUuid, result -> fold(result.getSteps(), hookPrefix));
    }

    private static void fold(List<StepResult> steps, String hookPrefix) {
        StepResult previous = null;
        for (Iterator<StepResult> it = steps.iterator(); it.hasNext(); ) {
            StepResult step = it.next();
            boolean hookRow = step.getName() != null && step.getName().startsWith(hookPrefix);
            if (hookRow && previous != null) {
                previous.getAttachments().addAll(step.getAttachments());
                it.remove();
            } else if (!hookRow) {
                previous = step;
            }
        }
    }
}
