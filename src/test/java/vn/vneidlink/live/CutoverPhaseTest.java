package vn.vneidlink.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.readiness.ReadinessTable;
import vn.vneidlink.selftest.ScenarioRun;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * The cutover has happened (1 July 2024): a portal may refuse VNconnect logins with a notice, or
 * no longer offer them at all. Scenarios that need a VNconnect login are then not applicable
 * (skipped with the reason), never failed on a missing button, and the readiness table reports the
 * phase. The mock portals are put in either phase, so this is tested offline.
 */
class CutoverPhaseTest {

    private static final String VNCONNECT_LOGIN = "Đăng nhập bằng tài khoản VNconnect: chọn loại tài khoản, mật khẩu, rồi mã OTP";
    private static final String SYNC = "Cập nhật thông tin định danh từ CSDL Quốc gia về Dân cư";
    private static final String RELOGIN = "Tài khoản đã liên kết đăng nhập lại Cổng DVC quốc gia bằng VNeID";
    private static final String NATIONAL_READINESS = "Cổng DVC quốc gia sẵn sàng cho đăng nhập bằng VNeID";

    @Test
    void vneidOnlyPhase(@TempDir Path work) throws Exception {
        List<Outcome> scenarios = runAfterCutover("vneid-only", work);

        assertThat(status(scenarios, VNCONNECT_LOGIN)).isEqualTo("SKIPPED");
        assertThat(error(scenarios, VNCONNECT_LOGIN)).contains("chỉ còn «Tài khoản định danh điện tử cấp bởi Bộ Công an»");
        assertThat(status(scenarios, SYNC)).isEqualTo("SKIPPED");
        assertThat(error(scenarios, SYNC)).contains("chỉ còn đăng nhập bằng VNeID");
        assertThat(status(scenarios, RELOGIN)).as("VNeID vẫn dùng được sau ngày chuyển đổi").isEqualTo("PASSED");
        assertThat(status(scenarios, NATIONAL_READINESS)).isEqualTo("PASSED");
        assertThat(Files.readString(work.resolve("readiness.md"), StandardCharsets.UTF_8)).contains("chỉ còn đăng nhập bằng VNeID");
    }

    @Test
    void refusedWithNoticePhase(@TempDir Path work) throws Exception {
        List<Outcome> scenarios = runAfterCutover("refuse-with-notice", work);

        assertThat(status(scenarios, SYNC)).isEqualTo("SKIPPED");
        assertThat(error(scenarios, SYNC)).contains("từ chối kèm thông báo");
        assertThat(status(scenarios, RELOGIN)).isEqualTo("PASSED");
        assertThat(scenarios).noneMatch(Outcome::failed);
    }

    private static List<Outcome> runAfterCutover(String phase, Path work) {
        return ScenarioRun.run("^(" + String.join("|", List.of(VNCONNECT_LOGIN, SYNC, RELOGIN, NATIONAL_READINESS).stream().map(java.util.regex.Pattern::quote).toList()) + ")$",
                        Map.of("vneidlink.mock.date", "2024-07-02", "vneidlink.mock.cutover-phase", phase),
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
