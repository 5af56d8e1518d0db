package vn.vneidlink.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.data.Era;
import vn.vneidlink.mock.MockOptions;
import vn.vneidlink.mock.MockPortals;
import vn.vneidlink.report.RunSummary;
import vn.vneidlink.report.RunVerdict;
import vn.vneidlink.selftest.ScenarioRun;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * A live run without credentials runs the readiness and drift checks only and lists what else would need
 * credentials; a live run never changes an account unless told which one. Shown offline: an
 * environment file points "live" at mock portals that this test starts.
 */
class LiveRunWithoutCredentialsTest {

    @Test
    void runsTheReadinessChecksAndSkipsTheRestWithTheReason(@TempDir Path work) throws Exception {
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Path.of("mocks")).withEra(Era.TODAY))) {
            Path environment = OfflineEnvironment.write(work, portals, List.of("province,url,platform",
                    "Quảng Trị,https://dichvucong.quangtri.gov.vn,dvc-tinh"));
            Path skipped = RunVerdict.skippedList(work);

            List<Outcome> scenarios = ScenarioRun.run(".*", Map.of("vneidlink.target", environment.toString(),
                            "vneidlink.operator", "false"),
                    List.of(RunSummary.class.getName() + ":" + work), work).stream()
                    .filter(o -> o.kind().equals("SCENARIO")).toList();

            assertThat(scenarios).as("mọi kịch bản đã chạy").hasSizeGreaterThan(20);
            assertThat(scenarios).filteredOn(o -> o.status().equals("PASSED")).extracting(Outcome::scenario)
                    .as("chỉ các kịch bản kiểm tra sẵn sàng và đối chiếu giao diện chạy được khi không có thông tin đăng nhập")
                    .containsExactlyInAnyOrder(
                            "Cổng DVC quốc gia sẵn sàng cho đăng nhập bằng VNeID",
                            "Các hệ thống của tỉnh trong danh sách cổng sẵn sàng cho đăng nhập bằng VNeID",
                            "Các trang không cần tài khoản của Cổng DVC quốc gia, hệ thống xác thực và SSO VNeID còn đủ mọi locator và nhãn"
                                    + " của bộ kiểm thử",
                            "Trang chủ và trang đăng nhập của từng hệ thống của tỉnh trong danh sách cổng còn đủ mọi locator và nhãn của"
                                    + " hồ sơ nền tảng");
            assertThat(scenarios).filteredOn(o -> !o.status().equals("PASSED"))
                    .allSatisfy(o -> assertThat(o.status()).as("%s: %s", o.scenario(), o.error()).isEqualTo("SKIPPED"));

            assertThat(RunVerdict.read(work).orElseThrow().failure("")).as("kiểm tra sẵn sàng đã chạy: lần chạy đạt").isEmpty();
            String list = Files.readString(skipped, StandardCharsets.UTF_8);
            assertThat(list)
                    .contains("Tài khoản đã liên kết đăng nhập lại Cổng DVC quốc gia bằng VNeID")
                    .contains("cần thông tin đăng nhập của một tài khoản thử cho hồ sơ «linked»")
                    .contains("citizen.linked.vneid.password")
                    .contains("danh sách cổng của «mock-as-live» không có hệ thống của tỉnh «Thanh Hóa»")
                    .contains("Mã OTP quá 5 phút thì hết hạn và bị từ chối")
                    .contains("cần điều khiển cổng giả lập")
                    .contains("Đăng nhập bằng VNeID sau khi đồng bộ thì hệ thống tự liên kết tài khoản")
                    .contains("vneidlink.live.allow-changes");
        }
    }
}
