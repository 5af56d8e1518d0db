package vn.vneidlink.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vneidlink.mock.PortalDefect;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * A test that cannot fail is a defect: this breaks the mock portals on purpose, one defect at a
 * time, and checks that the scenario meant to catch it fails, at the right step, with a message
 * that names the symptom; and that the same scenario passes against correct portals.
 */
class BrokenPortalsAreCaughtTest {

    private static final String SYNC = "Cập nhật thông tin định danh từ CSDL Quốc gia về Dân cư";
    private static final String LOGOUT = "Đăng xuất kết thúc phiên làm việc trên Cổng DVC quốc gia";
    private static final String LINK = "Đăng nhập bằng VNeID sau khi đồng bộ thì hệ thống tự liên kết tài khoản (trên ứng dụng VNeID)";

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(PortalDefect.SYNC_BUTTON_NOOP, SYNC,
                        "mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư", "dấu tích xanh"),
                Arguments.of(PortalDefect.LOGOUT_KEEPS_SESSION, LOGOUT,
                        "Cổng DVC quốc gia yêu cầu đăng nhập lại", "phiên đăng nhập chưa kết thúc"),
                Arguments.of(PortalDefect.VNEID_LOGIN_DOES_NOT_LINK, LINK,
                        "DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân", "CHƯA được liên kết"));
    }

    @Test
    void theCatchingScenariosPassAgainstCorrectPortals(@TempDir Path work) {
        List<Outcome> outcomes = ScenarioRun.run(
                "^(" + String.join("|", Stream.of(SYNC, LOGOUT, LINK).map(java.util.regex.Pattern::quote).toList()) + ")$",
                Set.of(), work);

        assertThat(scenarios(outcomes)).extracting(Outcome::scenario).containsExactlyInAnyOrder(SYNC, LOGOUT, LINK);
        assertThat(scenarios(outcomes)).allSatisfy(s -> assertThat(s.status()).as("%s: %s", s.scenario(), s.error()).isEqualTo("PASSED"));
    }

    @ParameterizedTest(name = "{0} bị bắt ở bước «{2}»")
    @MethodSource("defects")
    void eachDefectFailsItsScenarioAtTheRightStep(PortalDefect defect, String scenario, String expectedStep, String symptom,
            @TempDir Path work) {
        List<Outcome> outcomes = ScenarioRun.run(ScenarioRun.exactly(scenario), EnumSet.of(defect), work);

        assertThat(scenarios(outcomes)).as("kịch bản đã chạy").extracting(Outcome::scenario).containsExactly(scenario);
        assertThat(scenarios(outcomes).get(0).status()).as("kịch bản phải thất bại khi cổng có lỗi %s", defect).isEqualTo("FAILED");
        List<Outcome> failedSteps = outcomes.stream().filter(o -> o.kind().equals("STEP") && o.failed()).toList();
        assertThat(failedSteps).as("bước thất bại").hasSize(1);
        assertThat(failedSteps.get(0).step()).as("bước bắt được lỗi %s", defect).isEqualTo(expectedStep);
        assertThat(failedSteps.get(0).error()).as("thông báo lỗi phải nói rõ triệu chứng").contains(symptom);
    }

    private static List<Outcome> scenarios(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.kind().equals("SCENARIO")).toList();
    }
}
