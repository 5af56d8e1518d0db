package vn.vneidlink.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.readiness.ReadinessTable;
import vn.vneidlink.selftest.ScenarioRun;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * The eras of the real portals (REAL-PORTALS.md), offline: after the cutover the scenarios that need a citizen's
 * VNconnect login are not applicable (skipped with the reason), never failed on a missing button (in the guide's era a
 * missing VNconnect login is a failure, not a skip: the seeded defect CUTOVER_TOO_EARLY proves it); VNeID keeps working
 * in every era; the readiness table names the era it read from the portal.
 */
class ErasTest {

    private static final String VNCONNECT_LOGIN = "Đăng nhập bằng tài khoản VNconnect: chọn loại tài khoản, mật khẩu, rồi mã OTP";
    private static final String SYNC = "Cập nhật thông tin định danh từ CSDL Quốc gia về Dân cư";
    private static final String RELOGIN = "Tài khoản đã liên kết đăng nhập lại Cổng DVC quốc gia bằng VNeID";
    private static final String NATIONAL_READINESS = "Cổng DVC quốc gia sẵn sàng cho đăng nhập bằng VNeID";
    private static final List<String> SCENARIOS = List.of(VNCONNECT_LOGIN, SYNC, RELOGIN, NATIONAL_READINESS);

    @Test
    void afterTheCutoverVnconnectScenariosAreNotApplicableAndVneidWorks(@TempDir Path work) throws Exception {
        List<Outcome> scenarios = run(Map.of("vneidlink.mock.era", "after-cutover"), work);

        assertThat(status(scenarios, VNCONNECT_LOGIN)).isEqualTo("SKIPPED");
        assertThat(error(scenarios, VNCONNECT_LOGIN)).contains("không còn đăng nhập bằng tài khoản VNconnect cho công dân",
                "Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân");
        assertThat(status(scenarios, SYNC)).isEqualTo("SKIPPED");
        assertThat(status(scenarios, RELOGIN)).as("VNeID vẫn dùng được sau ngày chuyển đổi").isEqualTo("PASSED");
        assertThat(status(scenarios, NATIONAL_READINESS)).isEqualTo("PASSED");
        assertThat(Files.readString(work.resolve("readiness.md"), StandardCharsets.UTF_8))
                .contains("sau ngày chuyển đổi: hệ thống xác thực chỉ còn tài khoản định danh điện tử cho công dân");
    }

    @Test
    void todayTheNationalLoginGoesStraightToVneid(@TempDir Path work) throws Exception {
        List<Outcome> scenarios = run(Map.of("vneidlink.mock.era", "today"), work);

        assertThat(status(scenarios, VNCONNECT_LOGIN)).isEqualTo("SKIPPED");
        assertThat(error(scenarios, VNCONNECT_LOGIN)).contains("«Đăng nhập» dẫn thẳng tới SSO VNeID");
        assertThat(status(scenarios, RELOGIN)).isEqualTo("PASSED");
        assertThat(status(scenarios, NATIONAL_READINESS)).isEqualTo("PASSED");
        assertThat(Files.readString(work.resolve("readiness.md"), StandardCharsets.UTF_8))
                .contains("hiện nay: «Đăng nhập» dẫn thẳng tới SSO VNeID, không qua hệ thống xác thực");
    }

    private static List<Outcome> run(Map<String, String> settings, Path work) {
        return ScenarioRun.run("^(" + String.join("|", SCENARIOS.stream().map(Pattern::quote).toList()) + ")$", settings,
                        List.of(ReadinessTable.class.getName() + ":" + work), work)
                .stream().filter(o -> o.kind().equals("SCENARIO")).toList();
    }

    private static String status(List<Outcome> scenarios, String name) {
        return scenarios.stream().filter(o -> o.scenario().equals(name)).findFirst().map(Outcome::status).orElse("NOT RUN");
    }

    private static String error(List<Outcome> scenarios, String name) {
        return scenarios.stream().filter(o -> o.scenario().equals(name)).findFirst().map(Outcome::error).orElse("");
    }
}
