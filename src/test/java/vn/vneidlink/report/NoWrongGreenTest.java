package vn.vneidlink.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import vn.vneidlink.report.RunVerdict.Skipped;
import vn.vneidlink.selftest.ScenarioRun;
import vn.vneidlink.selftest.ScenarioRun.Outcome;
import vn.vneidlink.suite.VneidLinkScenariosIT;

/**
 * A green run means that something was checked: a filter that selects no scenario, or a run in which every selected
 * scenario was skipped as not applicable, fails; some passed and some not applicable passes, with the skipped ones
 * counted and listed.
 */
class NoWrongGreenTest {

    private static final String OTP_EXPIRES = "Mã OTP quá 5 phút thì hết hạn và bị từ chối";
    private static final String RELOGIN = "Tài khoản đã liên kết đăng nhập lại Cổng DVC quốc gia bằng VNeID";
    private static final String VNCONNECT_LOGIN = "Đăng nhập bằng tài khoản VNconnect: chọn loại tài khoản, mật khẩu, rồi mã OTP";

    @Test
    void aFilterThatSelectsNothingIsRefusedByName() {
        RunVerdict none = new RunVerdict(0, 0, 0, List.of());

        assertThat(none.failure("cucumber.filter.tags=@khong-co")).get().asString()
                .startsWith("Không có kịch bản nào khớp bộ lọc cucumber.filter.tags=@khong-co")
                .contains("No scenario matches the filter cucumber.filter.tags=@khong-co");
        assertThat(none.failure("cucumber.filter.tags=@buoc-1, cucumber.filter.name=Đăng xuất.*")).get().asString()
                .contains("cucumber.filter.tags=@buoc-1, cucumber.filter.name=Đăng xuất.*");
        assertThat(none.failure("")).get().asString().contains("Không có kịch bản nào được chọn").contains("No scenario was selected");
    }

    @Test
    void aRunInWhichEverythingWasSkippedFailsWithTheList() {
        RunVerdict skippedOnly = new RunVerdict(2, 0, 0, List.of(
                new Skipped("A", "Bỏ qua / skipped: không áp dụng: sau ngày chuyển đổi", true),
                new Skipped("B", "Bỏ qua / skipped: cần thông tin đăng nhập", true)));

        assertThat(skippedOnly.failure("cucumber.filter.tags=@buoc-1")).get().asString()
                .startsWith("Không kịch bản nào chạy: cả 2 kịch bản được chọn (cucumber.filter.tags=@buoc-1) đều bị bỏ qua")
                .contains("Nothing ran: all 2 selected scenarios were skipped (2 not applicable)")
                .contains("\n  - A: Bỏ qua / skipped: không áp dụng: sau ngày chuyển đổi")
                .contains("\n  - B: Bỏ qua / skipped: cần thông tin đăng nhập");
    }

    @Test
    void somePassedAndSomeNotApplicableIsAPassThatCountsTheSkippedOnes() {
        RunVerdict mixed = new RunVerdict(32, 18, 0, List.of(new Skipped("A", "Bỏ qua / skipped: x", true),
                new Skipped("B", "vì lý do khác", false)));

        assertThat(mixed.failure("")).isEmpty();
        assertThat(new RunVerdict(3, 0, 1, List.of(new Skipped("A", "Bỏ qua / skipped: x", true))).failure(""))
                .as("một kịch bản thất bại đã chạy: Failsafe báo thất bại, không phải «không có gì chạy»").isEmpty();
        assertThat(mixed.skippedHeadline()).isEqualTo("1 của 32 kịch bản không áp dụng, 1 bị bỏ qua vì lý do khác "
                + "/ 1 of 32 scenarios not applicable, 1 skipped otherwise");
    }

    @Test
    void theCountsSurviveTheirFile(@TempDir Path folder) {
        RunVerdict written = new RunVerdict(3, 1, 1, List.of(new Skipped("Kịch bản | có dấu", "Bỏ qua / skipped: lý do\ndòng hai", true)));
        written.write(folder);

        assertThat(RunVerdict.read(folder)).contains(written);
        RunVerdict.forget(folder);
        assertThat(RunVerdict.read(folder)).isEmpty();
        assertThat(RunVerdict.skippedList(folder)).doesNotExist();
    }

    @Test
    void aFilterThatMatchesNoScenarioIsCountedAsNothingSelected(@TempDir Path work) {
        List<Outcome> outcomes = ScenarioRun.run("^không kịch bản nào tên như thế này$", Map.of(),
                List.of(RunSummary.class.getName() + ":" + work), work);

        assertThat(outcomes).isEmpty();
        RunVerdict verdict = RunVerdict.read(work).orElseThrow();
        assertThat(verdict.selected()).isZero();
        assertThat(verdict.failure("cucumber.filter.name=^không kịch bản nào tên như thế này$")).get().asString()
                .contains("Không có kịch bản nào khớp bộ lọc cucumber.filter.name=^không kịch bản nào tên như thế này$");
    }

    /** Against "live" portals without credentials, both scenarios are skipped before any browser starts. */
    @Test
    void aRunOfNotApplicableScenariosOnlyIsNothingRanWithTheirReasons(@TempDir Path work) {
        ScenarioRun.run(names(OTP_EXPIRES, RELOGIN), Map.of("vneidlink.target", "live", "vneidlink.operator", "false"),
                List.of(RunSummary.class.getName() + ":" + work), work);

        RunVerdict verdict = RunVerdict.read(work).orElseThrow();
        assertThat(verdict.selected()).isEqualTo(2);
        assertThat(verdict.notApplicable()).isEqualTo(2);
        assertThat(verdict.failure("cucumber.filter.name=…")).get().asString()
                .contains("Không kịch bản nào chạy: cả 2 kịch bản được chọn")
                .contains("  - " + OTP_EXPIRES + ": Bỏ qua / skipped: kịch bản cần điều khiển cổng giả lập")
                .contains("  - " + RELOGIN + ": Bỏ qua / skipped: cần thông tin đăng nhập");
    }

    /** After the cutover the VNconnect login is not applicable; VNeID still works: a passing run, the skip counted. */
    @Test
    void aPassedScenarioBesideANotApplicableOneIsAPassingRunThatListsTheSkip(@TempDir Path work) throws Exception {
        List<Outcome> scenarios = ScenarioRun.run(names(VNCONNECT_LOGIN, RELOGIN), Map.of("vneidlink.mock.era", "after-cutover"),
                List.of(RunSummary.class.getName() + ":" + work), work).stream().filter(o -> o.kind().equals("SCENARIO")).toList();

        assertThat(scenarios).extracting(Outcome::status).as("%s", scenarios).containsExactlyInAnyOrder("PASSED", "SKIPPED");
        RunVerdict verdict = RunVerdict.read(work).orElseThrow();
        assertThat(verdict.failure("")).isEmpty();
        assertThat(verdict.passed()).isEqualTo(1);
        assertThat(Files.readString(RunVerdict.skippedList(work), StandardCharsets.UTF_8))
                .contains("1 của 2 kịch bản không áp dụng / 1 of 2 scenarios not applicable")
                .contains("| " + VNCONNECT_LOGIN + " | Bỏ qua / skipped: ");
    }

    /**
     * The suite class itself, as Failsafe runs it, with a tag filter that matches nothing: the suite fails, naming the
     * filter (Failsafe reports that failure and failsafe:verify fails the build).
     */
    @Test
    void theSuiteFailsWhenItsTagFilterMatchesNothing() {
        List<String> failures = new ArrayList<>();
        String previous = System.getProperty("cucumber.filter.tags");
        System.setProperty("cucumber.filter.tags", "@khong-co");
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(VneidLinkScenariosIT.class))
                    .configurationParameter("cucumber.plugin", RunSummary.class.getName())
                    .build(), new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                                failures.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::getMessage).orElse(""));
                            }
                        }
                    });
        } finally {
            Optional.ofNullable(previous).ifPresentOrElse(v -> System.setProperty("cucumber.filter.tags", v),
                    () -> System.clearProperty("cucumber.filter.tags"));
        }

        assertThat(failures).singleElement().asString().startsWith(VneidLinkScenariosIT.class.getSimpleName())
                .contains("Không có kịch bản nào khớp bộ lọc cucumber.filter.tags=@khong-co");
    }

    private static String names(String... scenarios) {
        return "^(" + String.join("|", List.of(scenarios).stream().map(Pattern::quote).toList()) + ")$";
    }
}
