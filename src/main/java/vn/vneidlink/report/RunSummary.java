package vn.vneidlink.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists, at the end of a run, the scenarios that were skipped and why (credentials missing, no
 * person for the OTP, mock-only, account changes not allowed, phase passed): printed and written
 * to {@code target/vneidlink/skipped-scenarios.md}, so that a run against real portals says what
 * else it could check with more.
 */
public final class RunSummary implements ConcurrentEventListener {

    private final Map<String, String> skipped = new TreeMap<>();
    private final Path out;

    public RunSummary() {
        this(Path.of("target", "vneidlink", "skipped-scenarios.md"));
    }

    public RunSummary(String out) {
        this(Path.of(out));
    }

    private RunSummary(Path out) {
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::onScenario);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private synchronized void onScenario(TestCaseFinished event) {
        if (event.getResult().getStatus() == Status.SKIPPED) {
            String reason = event.getResult().getError() == null ? "(không rõ lý do)" : event.getResult().getError().getMessage();
            skipped.put(event.getTestCase().getName(), reason);
        }
    }

    private synchronized void write() {
        StringBuilder text = new StringBuilder("# Kịch bản bị bỏ qua / skipped scenarios\n\n");
        if (skipped.isEmpty()) {
            text.append("Không có kịch bản nào bị bỏ qua.\n");
        } else {
            text.append("| kịch bản | lý do |\n|---|---|\n");
            skipped.forEach((name, reason) -> text.append("| ").append(name).append(" | ")
                    .append(reason.replace("|", "\\|").replace("\n", " ")).append(" |\n"));
        }
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!skipped.isEmpty()) {
            System.out.println(skipped.size() + " kịch bản bị bỏ qua (xem " + out + "):");
            skipped.forEach((name, reason) -> System.out.println("  - " + name + ": " + reason));
        }
    }
}
