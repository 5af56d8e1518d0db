package vn.vneidlink.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.report.RunVerdict.Skipped;

/**
 * Counts, at the end of a run, the scenarios that ran and the ones that were skipped and why
 * (credentials missing, no person for the OTP, mock-only, account changes not allowed, phase
 * passed): the skipped ones are printed and listed in {@code target/vneidlink/skipped-scenarios.md},
 * so that a run against real portals says what else it could check with more; the counts go to
 * {@code target/vneidlink/run-summary.properties}, from which the suite decides whether anything
 * ran at all ({@link RunVerdict}).
 *
 * <p>The argument, when given, is the folder of both files.
 */
public final class RunSummary implements ConcurrentEventListener {

    public static final Path DEFAULT_FOLDER = Path.of("target", "vneidlink");

    private final Map<UUID, Finished> scenarios = new LinkedHashMap<>();
    private final Path folder;

    private record Finished(String name, Status status, String reason) {}

    public RunSummary() {
        this(DEFAULT_FOLDER);
    }

    public RunSummary(String folder) {
        this(Path.of(folder));
    }

    private RunSummary(Path folder) {
        this.folder = folder;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> RunVerdict.forget(folder));
        publisher.registerHandlerFor(TestCaseFinished.class, this::onScenario);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private synchronized void onScenario(TestCaseFinished event) {
        Throwable error = event.getResult().getError();
        String reason = error == null ? "(không rõ lý do / no reason given)" : String.valueOf(error.getMessage());
        // The last result of a test case counts (Cucumber reports one per test case; a retry within the run is its own).
        scenarios.put(event.getTestCase().getId(), new Finished(event.getTestCase().getName(), event.getResult().getStatus(), reason));
    }

    private synchronized void write() {
        int passed = 0;
        int failed = 0;
        List<Skipped> skipped = new ArrayList<>();
        for (Finished f : scenarios.values()) {
            switch (f.status()) {
                case PASSED -> passed++;
                case SKIPPED -> skipped.add(new Skipped(f.name(), f.reason(), f.reason().startsWith(NotApplicable.PREFIX)));
                default -> failed++;
            }
        }
        skipped.sort(Comparator.comparing(Skipped::scenario));
        RunVerdict verdict = new RunVerdict(scenarios.size(), passed, failed, skipped);
        verdict.write(folder);
        if (!skipped.isEmpty()) {
            System.out.println(verdict.skippedHeadline() + " (xem / see " + RunVerdict.skippedList(folder) + "):");
            skipped.forEach(s -> System.out.println("  - " + s.scenario() + ": " + s.reason()));
        }
    }
}
