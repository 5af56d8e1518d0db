package vn.vneidlink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.TestExecutionListener;
import vn.vneidlink.mock.PortalDefect;
import vn.vneidlink.report.AllureResults.Result;
import vn.vneidlink.selftest.ScenarioRun;

/** A scenario that failed and then passed on its rerun carries Allure's flaky mark; others do not. */
class FlakyRetriesTest {

    private static final String SCENARIO = "Tài khoản đã liên kết đăng nhập lại Cổng DVC quốc gia bằng VNeID";

    @Test
    void aScenarioThatPassesOnItsRerunIsMarkedFlaky(@TempDir Path work) throws IOException {
        Instant start = Instant.now();

        // The first attempt meets a portal that fails; the rerun (a new launcher execution, as
        // Failsafe's) meets a good one. What the listener does after each execution marks it.
        run(Map.of("vneidlink.mock.defects", PortalDefect.VNEID_LOGIN_DOES_NOT_LINK.name()), work.resolve("1"));
        assertThat(resultsSince(start)).extracting(Result::status).containsExactly("failed");

        run(Map.of(), work.resolve("2"));
        assertThat(FlakyRetries.mark(resultsSince(start))).containsExactly(SCENARIO);
        List<Result> attempts = resultsSince(start);
        assertThat(attempts).extracting(r -> r.json().path("historyId").asText()).as("cùng một kịch bản trong Allure")
                .containsOnly(attempts.get(0).json().path("historyId").asText());
        assertThat(attempts).extracting(r -> r.status() + (r.flaky() ? " flaky" : ""))
                .as("lần đầu thất bại, lần chạy lại đạt và mang dấu flaky").containsExactlyInAnyOrder("failed", "passed flaky");
    }

    @Test
    void theLauncherCallsTheListenerAfterEachExecution() {
        assertThat(ServiceLoader.load(TestExecutionListener.class).stream().map(ServiceLoader.Provider::type))
                .as("META-INF/services/org.junit.platform.launcher.TestExecutionListener").contains(FlakyRetries.class);
    }

    @Test
    void passingTwiceOrFailingTwiceIsNotFlaky(@TempDir Path results) throws IOException {
        write(results, "a1", "A", "passed", 1);
        write(results, "a2", "A", "passed", 2);
        write(results, "b1", "B", "failed", 1);
        write(results, "b2", "B", "broken", 2);
        write(results, "c1", "C", "passed", 1);
        write(results, "c2", "C", "failed", 2);
        write(results, "d1", "D", "broken", 1);
        write(results, "d2", "D", "passed", 2);

        assertThat(FlakyRetries.mark(AllureResults.startedSince(results, Instant.EPOCH))).containsExactly("D");
        assertThat(FlakyRetries.mark(AllureResults.startedSince(results, Instant.EPOCH))).as("đánh dấu một lần").isEmpty();
    }

    private static void run(Map<String, String> settings, Path work) throws IOException {
        Files.createDirectories(work);
        ScenarioRun.run(ScenarioRun.exactly(SCENARIO), settings, List.of("io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm"), work);
    }

    private static List<Result> resultsSince(Instant start) {
        return AllureResults.startedSince(AllureResults.directory(), start).stream().filter(r -> r.name().equals(SCENARIO)).toList();
    }

    private static void write(Path folder, String uuid, String historyId, String status, long start) throws IOException {
        Files.writeString(folder.resolve(uuid + "-result.json"), String.format(
                "{\"uuid\":\"%s\",\"historyId\":\"%s\",\"name\":\"%s\",\"status\":\"%s\",\"statusDetails\":{\"flaky\":false},\"start\":%d}",
                uuid, historyId, historyId, status, start));
    }
}
