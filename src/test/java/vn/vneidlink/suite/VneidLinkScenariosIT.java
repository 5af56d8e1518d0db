package vn.vneidlink.suite;

import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;
import vn.vneidlink.config.Settings;
import vn.vneidlink.report.RunSummary;
import vn.vneidlink.report.RunVerdict;

/**
 * The scenarios of {@code features/}, run by Failsafe (the name ends in IT). Settings of the run
 * are in {@code junit-platform.properties}; filter with {@code -Dcucumber.filter.tags=@buoc-1}.
 *
 * <p>A green run means something was checked. Before the scenarios, the settings are read once: a
 * wrong one, or a credential passed as {@code -D}, stops the run there, before any browser starts.
 * After them, the counts of {@link RunSummary} decide: a filter that selects nothing, or a run in
 * which every selected scenario was skipped as not applicable, fails the suite ({@link RunVerdict}),
 * which Failsafe reports as an error and {@code failsafe:verify} turns into a failed build, after
 * the reports are written.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class VneidLinkScenariosIT {

    @BeforeSuite
    static void settingsFirst() {
        RunVerdict.forget(RunSummary.DEFAULT_FOLDER);
        new Settings();
    }

    @AfterSuite
    static void somethingWasChecked() {
        Settings settings;
        try {
            settings = new Settings();
        } catch (RuntimeException refused) {
            return; // already the failure of settingsFirst: nothing ran, and the reason is said once
        }
        RunVerdict verdict = RunVerdict.read(RunSummary.DEFAULT_FOLDER).orElseThrow(() -> verdict(
                "Cucumber không ghi tóm tắt lần chạy (" + RunVerdict.countsFile(RunSummary.DEFAULT_FOLDER) + "): các kịch bản không chạy, "
                        + "hoặc RunSummary không có trong cucumber.plugin (junit-platform.properties). "
                        + "/ No run summary: the scenarios did not run, or RunSummary is not among the Cucumber plugins."));
        verdict.failure(settings.scenarioFilters()).ifPresent(failure -> {
            throw verdict(failure);
        });
    }

    /** The verdict alone: where in this class it was reached says nothing to the reader of the build log. */
    private static AssertionError verdict(String message) {
        AssertionError error = new AssertionError(message);
        error.setStackTrace(new StackTraceElement[0]);
        return error;
    }
}
