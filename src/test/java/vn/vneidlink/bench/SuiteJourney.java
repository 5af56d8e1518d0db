package vn.vneidlink.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vneidlink.selftest.ScenarioRun;

/**
 * The full journey under the suite, {@code runs} times in one JVM, the counterpart of
 * {@link BareJourney}: the same scenario through the Cucumber engine with the suite's glue, hooks
 * and report plugins (Allure, JUnit XML), screenshots on. Run 1 is in a cold JVM, as the scenario
 * is when it is the first of a suite run; the later runs are warm, as every other scenario of a
 * suite run is. Prints {@code run i/n: suite-journey-ms=...}, the first run and the median of the
 * warm runs. A measurement for {@code scripts/benchmark.sh}, not a test.
 */
public final class SuiteJourney {

    static final String SCENARIO = "Công dân chưa đồng bộ đi trọn Bước 1 và Bước 2 rồi dùng VNeID ở cổng tỉnh";
    private static final Pattern TIME = Pattern.compile("<testcase [^>]*time=\"([0-9.]+)\"");

    private SuiteJourney() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1");
        }
        Path work = Files.createDirectories(Path.of("target", "benchmark", "suite-journey"));
        List<Long> times = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path runDir = Files.createDirectories(work.resolve("run-" + run));
            Path junit = runDir.resolve("junit.xml");
            List<ScenarioRun.Outcome> outcomes = ScenarioRun.run(ScenarioRun.exactly(SCENARIO), Map.of(),
                    List.of("io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm", "junit:" + junit), runDir);
            String status = outcomes.stream().filter(o -> o.kind().equals("SCENARIO")).map(ScenarioRun.Outcome::status).findFirst().orElse("NOT RUN");
            Matcher time = TIME.matcher(Files.readString(junit));
            if (!status.equals("PASSED") || !time.find()) {
                throw new IllegalStateException("the journey did not pass in run " + run + ": " + status + " (see " + runDir + ")");
            }
            long ms = Math.round(Double.parseDouble(time.group(1)) * 1000);
            times.add(ms);
            System.out.printf("run %d/%d: suite-journey-ms=%d%n", run, runs, ms);
        }
        System.out.printf("first run (cold JVM): suite-journey-ms=%d%n", times.get(0));
        if (runs > 1) {
            List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
            warm.sort(null);
            System.out.printf("median of runs 2..%d (warm JVM): suite-journey-ms=%d%n", runs, warm.get(warm.size() / 2));
        }
    }
}
