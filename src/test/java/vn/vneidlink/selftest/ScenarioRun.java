package vn.vneidlink.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import vn.vneidlink.mock.PortalDefect;

/**
 * Runs scenarios of {@code features/} in this JVM, against mock portals with the given defects
 * switched on, and returns what happened to each step.
 */
public final class ScenarioRun {

    /** One line of {@link StepOutcomes}. */
    public record Outcome(String kind, String scenario, String step, String status, String error) {
        public boolean failed() {
            return "FAILED".equals(status);
        }
    }

    private static final String DEFECTS_PROPERTY = "vneidlink.mock.defects";

    private ScenarioRun() {}

    /**
     * @param scenarioNames regular expression on scenario names (Cucumber's {@code cucumber.filter.name})
     * @param defects       defects to switch on in the mock portals of every scenario
     */
    public static List<Outcome> run(String scenarioNames, Set<PortalDefect> defects, Path workDir) {
        return run(scenarioNames, Map.of(DEFECTS_PROPERTY, defects.stream().map(PortalDefect::name).collect(Collectors.joining(","))),
                List.of(), workDir);
    }

    /**
     * Runs scenarios with the given suite settings (system properties, the one channel Cucumber
     * glue reads: set for the launch and restored after it) and extra Cucumber plugins.
     */
    public static List<Outcome> run(String scenarioNames, Map<String, String> settings, List<String> plugins, Path workDir) {
        return run(scenarioNames, settings, plugins, false, workDir);
    }

    /** As above; {@code parallel} runs the scenarios side by side as the suite does ({@code vneidlink.threads}). */
    public static List<Outcome> run(String scenarioNames, Map<String, String> settings, List<String> plugins, boolean parallel,
            Path workDir) {
        Path out = workDir.resolve("outcomes.tsv");
        List<String> allPlugins = new ArrayList<>(plugins);
        allPlugins.add(0, StepOutcomes.class.getName() + ":" + out);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory("features"))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "vn.vneidlink.steps")
                .configurationParameter("cucumber.plugin", String.join(", ", allPlugins))
                .configurationParameter("cucumber.filter.name", scenarioNames)
                .configurationParameter("cucumber.execution.parallel.enabled", Boolean.toString(parallel))
                .build();
        // These tests run one at a time (Surefire runs test classes sequentially here).
        Map<String, String> previous = new HashMap<>();
        settings.forEach((key, value) -> {
            previous.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
        try {
            LauncherFactory.create().execute(request);
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
        return read(out);
    }

    public static String exactly(String scenarioName) {
        return "^" + Pattern.quote(scenarioName) + "$";
    }

    private static List<Outcome> read(Path out) {
        if (!Files.exists(out)) {
            return List.of();
        }
        try {
            return Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                    .map(line -> line.split("\t", -1))
                    .map(f -> new Outcome(f[0], f[1], f[2], f[3], f[4]))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
