package vn.vneidlink.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.selftest.ScenarioRun;
import vn.vneidlink.selftest.SilentServers;
import vn.vneidlink.selftest.TargetFiles;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * A live run of {@code @drift} without network: national hosts whose names never resolve (RFC 2606 {@code .invalid}), a
 * provincial system that never resolves and one that accepts connections and never answers. Both scenarios end within
 * a bound, every page "không truy cập được" with the reason, no browser opened, no crash: the report is written and
 * the verdict is red (nothing could be checked).
 */
class DriftUnreachableTest {

    private static final Duration BOUND = Duration.ofSeconds(40);
    private final SilentServers silent = new SilentServers();

    @Test
    void withoutNetworkEveryPageIsUnreachableAndTheRunEndsBounded(@TempDir Path work) throws Exception {
        int port = silent.open();
        Path environment = TargetFiles.environment(work, "offline", "Không có mạng: không tên miền nào phân giải được (kiểm thử của dự án)",
                "https://dichvucong.khong-ton-tai.invalid", "https://xacthuc.khong-ton-tai.invalid", "https://sso.khong-ton-tai.invalid",
                List.of("Tỉnh không có tên miền,https://dichvucong.khong-ton-tai.invalid,dvc-tinh,no",
                        "Tỉnh im lặng,https://localhost:" + port + ",cong-vi,no"));

        long start = System.nanoTime();
        List<Outcome> outcomes = ScenarioRun.run(DriftReportTest.BOTH, Map.of("vneidlink.target", environment.toString(),
                "vneidlink.operator", "false", "vneidlink.wait.seconds", "3"), List.of(DriftReport.class.getName() + ":" + work), work);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("@drift không có mạng / without network: %.1f s (giới hạn / bound %d s)%n", took.toMillis() / 1000.0, BOUND.toSeconds());

        assertThat(took).isLessThan(BOUND);
        String timeout = "Máy chủ không phản hồi trong thời gian chờ / timeout (no TLS handshake within 3000 ms)";
        assertThat(DriftReportTest.rows(work)).containsExactly(
                unreachable("Trang chủ Cổng DVC quốc gia — dichvucong.khong-ton-tai.invalid", "https://dichvucong.khong-ton-tai.invalid/",
                        "không phân giải được tên miền dichvucong.khong-ton-tai.invalid"),
                unreachable("Hệ thống xác thực: trang chọn loại tài khoản — xacthuc.khong-ton-tai.invalid",
                        "https://xacthuc.khong-ton-tai.invalid/", "không phân giải được tên miền xacthuc.khong-ton-tai.invalid"),
                unreachable("SSO VNeID: trang đăng nhập — sso.khong-ton-tai.invalid", "https://sso.khong-ton-tai.invalid/",
                        "không phân giải được tên miền sso.khong-ton-tai.invalid"),
                unreachable("Trang chủ Tỉnh không có tên miền — dichvucong.khong-ton-tai.invalid (nền tảng dvc-tinh)",
                        "https://dichvucong.khong-ton-tai.invalid/", "không phân giải được tên miền dichvucong.khong-ton-tai.invalid"),
                unreachable("Trang chủ Tỉnh im lặng — localhost (nền tảng cong-vi)", "https://localhost:" + port + "/vi/", timeout));
        assertThat(outcomes).filteredOn(o -> o.kind().equals("STEP") && o.failed()).extracting(Outcome::step)
                .as("the last step of each scenario fails with the report, nothing before it crashes")
                .containsExactly(DriftReportTest.LAST_STEP, DriftReportTest.LAST_STEP);
        assertThat(outcomes).filteredOn(o -> o.kind().equals("STEP") && o.failed()).allSatisfy(o ->
                assertThat(o.error()).contains(DriftRow.UNREACHABLE).doesNotContain("Exception"));
        assertThat(Files.readString(work.resolve("drift.md"), StandardCharsets.UTF_8)).contains("5 trang, 0 locator và nhãn; 5 trang không truy cập được");
    }

    private static DriftRow unreachable(String page, String url, String reason) {
        return new DriftRow(page, DriftRow.PAGE, url, DriftRow.UNREACHABLE, "", reason);
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
    }
}
