package vn.vneidlink.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.selftest.ScenarioRun;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * Scenarios run side by side (2 threads) each get, in the Allure report, exactly their own Gherkin
 * steps in their own order, and one screenshot after every step that used the browser: nothing
 * of one scenario lands in another's.
 */
class AllureIsolationTest {

    private static final List<String> SCENARIOS = List.of(
            "Đăng nhập bằng tài khoản VNconnect: chọn loại tài khoản, mật khẩu, rồi mã OTP",
            "Đăng xuất kết thúc phiên làm việc trên Cổng DVC quốc gia",
            "Tài khoản đã liên kết đăng nhập lại Cổng DVC quốc gia bằng VNeID",
            "Tài khoản định danh điện tử mức độ 2 dùng được dịch vụ công yêu cầu mức độ 2");

    @Test
    void parallelScenariosKeepTheirOwnStepsAndScreenshots(@TempDir Path work) throws IOException {
        Instant start = Instant.now();
        List<Outcome> outcomes = ScenarioRun.run("^(" + SCENARIOS.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")$",
                Map.of("vneidlink.threads", "2"), List.of("io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm"), true, work);
        assertThat(outcomes.stream().filter(o -> o.kind().equals("SCENARIO")))
                .allSatisfy(o -> assertThat(o.status()).as(o.scenario()).isEqualTo("PASSED"));

        List<JsonNode> results = AllureResults.startedSince(AllureResults.directory(), start).stream().map(r -> (JsonNode) r.json()).toList();
        assertThat(results).extracting(r -> r.get("name").asText()).containsExactlyInAnyOrderElementsOf(SCENARIOS);
        assertThat(results.stream().anyMatch(a -> results.stream().anyMatch(b -> a != b
                && a.get("start").asLong() < b.get("stop").asLong() && b.get("start").asLong() < a.get("stop").asLong())))
                .as("ít nhất hai kịch bản chạy cùng lúc (2 luồng)").isTrue();
        for (JsonNode result : results) {
            String scenario = result.get("name").asText();
            List<String> expected = outcomes.stream()
                    .filter(o -> o.kind().equals("STEP") && o.scenario().equals(scenario) && !o.step().equals("(hook)"))
                    .map(Outcome::step).toList();
            List<JsonNode> steps = new ArrayList<>();
            result.get("steps").forEach(steps::add);
            assertThat(steps).as("các bước của «%s» trong báo cáo", scenario).hasSameSizeAs(expected);
            for (int i = 0; i < steps.size(); i++) {
                assertThat(steps.get(i).get("name").asText()).as("bước %d của «%s»", i + 1, scenario).endsWith(expected.get(i));
                int screenshots = steps.get(i).get("attachments").size();
                boolean browserNotStartedYet = i == 0 && expected.get(i).startsWith("công dân \"");
                assertThat(screenshots).as("ảnh chụp sau bước «%s» của «%s»", expected.get(i), scenario)
                        .isEqualTo(browserNotStartedYet ? 0 : 1);
            }
        }
    }
}
