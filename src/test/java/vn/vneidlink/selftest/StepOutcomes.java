package vn.vneidlink.selftest;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A Cucumber plugin that writes, one line each, the outcome of every Gherkin step and every
 * scenario to a file, so that a test launching scenarios can tell at which step they failed.
 * Line format (tab separated): {@code STEP|SCENARIO, scenario name, step text, status, first line of the error}.
 */
public final class StepOutcomes implements ConcurrentEventListener {

    private final Path out;

    public StepOutcomes(String out) {
        this.out = Path.of(out);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::onStep);
        publisher.registerHandlerFor(TestCaseFinished.class, this::onScenario);
    }

    private void onStep(TestStepFinished event) {
        String stepText = event.getTestStep() instanceof PickleStepTestStep step ? step.getStep().getText() : "(hook)";
        write("STEP", event.getTestCase().getName(), stepText, event.getResult().getStatus().name(), error(event.getResult().getError()));
    }

    private void onScenario(TestCaseFinished event) {
        write("SCENARIO", event.getTestCase().getName(), "", event.getResult().getStatus().name(), error(event.getResult().getError()));
    }

    private static String error(Throwable error) {
        return error == null ? "" : String.valueOf(error.getMessage()).replaceAll("\\s+", " ").trim();
    }

    private synchronized void write(String kind, String scenario, String step, String status, String error) {
        String line = String.join("\t", kind, scenario, step, status, error) + "\n";
        try {
            Files.writeString(out, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
