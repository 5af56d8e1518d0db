package vn.vneidlink.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.mock.PortalDefect;
import vn.vneidlink.selftest.ScenarioRun;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * The readiness checks over the mock list of the 34 provincial-level units, on four platforms, 14 of them broken in a
 * way of their own, give the right table: every row, every verdict and every detail that does not carry a date or a
 * time is the one the system's data (mocks/data/portals.json: platform, login, readinessDefect) calls for; the
 * headline counts every verdict; the first failing step names exactly the systems it fails. Another run shows the era
 * column failing a national SSO that still offers citizens the VNconnect login after the cutover.
 */
class ReadinessTableTest {

    private static final String PROVINCES = "Các hệ thống của tỉnh trong danh sách cổng sẵn sàng cho đăng nhập bằng VNeID";
    private static final String NATIONAL = "Cổng DVC quốc gia sẵn sàng cho đăng nhập bằng VNeID";
    private static final List<String> CHECKS = List.of("SUMMARY", "HTTPS", "HOME", "LOGIN", "VNEID", "ERA");
    private static final String VALID = "hợp lệ, hết hạn \\d{2}/\\d{2}/\\d{4}";
    private static final String FIREWALL = " trả trang «Request Rejected» của tường lửa ứng dụng web \\(mã hỗ trợ \\d+\\): tường lửa từ chối"
            + " trình duyệt tự động, không phải lỗi của cổng";

    /** One expected row: per check, a verdict (empty: not reached) and a regular expression its detail must match whole. */
    private record Row(Map<String, String> verdicts, Map<String, String> details) {}

    @Test
    void theTableOfTheThirtyFourUnitsIsRightRowByRow(@TempDir Path work) throws Exception {
        long start = System.nanoTime();
        List<Outcome> outcomes = ScenarioRun.run(ScenarioRun.exactly(PROVINCES),
                Map.of("vneidlink.portals.list", "mocks/data/readiness-portals-all.csv", "vneidlink.mock.era", "today"),
                List.of(ReadinessTable.class.getName() + ":" + work), work);
        System.out.printf("Danh sách giả lập 34 đơn vị / mock list of 34 units: %.1f s%n", (System.nanoTime() - start) / 1e9);

        Map<String, Map<String, String>> table = readCsv(work.resolve("readiness.csv"));
        JsonNode systems = new ObjectMapper().readTree(Path.of("mocks", "data", "portals.json").toFile()).get("provincialSystems");
        assertThat(systems).hasSize(34);
        Map<String, Row> expected = new LinkedHashMap<>();
        for (JsonNode system : systems) {
            expected.put(system.get("province").asText(), expectedRow(system));
        }
        assertThat(table.keySet()).as("một dòng cho mỗi đơn vị, không thiếu, không thừa").containsExactlyInAnyOrderElementsOf(expected.keySet());

        List<String> wrong = new ArrayList<>();
        expected.forEach((province, row) -> {
            Map<String, String> actual = table.get(province);
            for (String check : CHECKS) {
                String verdict = actual.get(check);
                String detail = actual.get(check + "_detail");
                if (!row.verdicts().get(check).equals(verdict) || !detail.matches(row.details().get(check))) {
                    wrong.add(province + " " + check + ": " + verdict + " «" + detail + "», cần " + row.verdicts().get(check) + " «"
                            + row.details().get(check) + "»");
                }
            }
        });
        assertThat(wrong).as("các ô sai của bảng sẵn sàng").isEmpty();

        String markdown = Files.readString(work.resolve("readiness.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("34 cổng: 20 sẵn sàng ✅, 7 không đạt ❌, 2 chậm 🐢, 3 bị tường lửa chặn 🛡️, 2 không truy cập được ⛔");

        List<Outcome> failed = outcomes.stream().filter(o -> o.kind().equals("STEP") && o.failed()).toList();
        assertThat(failed).as("kịch bản dừng ở bước kiểm tra đầu tiên có cổng hỏng").hasSize(1);
        assertThat(failed.get(0).step()).isEqualTo("mọi hệ thống của tỉnh có chứng chỉ HTTPS hợp lệ");
        Set<String> named = expected.keySet().stream().filter(p -> failed.get(0).error().contains(p + " (")).collect(Collectors.toSet());
        assertThat(named).as("bước HTTPS nêu đúng các hệ thống có chứng chỉ sai").containsExactlyInAnyOrder("Cao Bằng", "Đồng Nai", "Lào Cai");
    }

    @Test
    void theEraColumnFailsASsoThatStillOffersCitizensVnconnectAfterTheCutover(@TempDir Path work) throws Exception {
        List<Outcome> outcomes = ScenarioRun.run(ScenarioRun.exactly(NATIONAL),
                Map.of("vneidlink.mock.era", "after-cutover", "vneidlink.mock.defects", PortalDefect.CUTOVER_IGNORED.name()),
                List.of(ReadinessTable.class.getName() + ":" + work), work);

        Map<String, String> national = readCsv(work.resolve("readiness.csv")).get("Cổng DVC quốc gia");
        assertThat(national.get("ERA")).isEqualTo("FAIL");
        assertThat(national.get("ERA_detail")).isEqualTo(ReadinessProbe.ERA_GUIDE_AFTER_CUTOVER);
        assertThat(national.get("SUMMARY")).isEqualTo("FAIL");
        assertThat(outcomes).filteredOn(o -> o.kind().equals("STEP") && o.failed()).extracting(Outcome::step)
                .containsExactly("Cổng DVC quốc gia không còn cho công dân đăng nhập bằng tài khoản VNconnect sau ngày chuyển đổi");
    }

    /** What the table must say of a system, from its data. The mocks copy today's era: national SSO after the cutover. */
    private static Row expectedRow(JsonNode system) {
        String host = system.get("host").asText();
        String platform = system.get("platform").asText();
        boolean direct = system.get("login").asText().equals("vneid-direct");
        String defect = system.has("readinessDefect") ? system.get("readinessDefect").asText() : "";
        String api = "apidvc." + host.substring("dichvucong.".length());
        String hop = platform.equals("portaldvc") ? " \\(qua " + api.replace(".", "\\.") + "\\)" : "";
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, String> d = new LinkedHashMap<>();
        put(v, d, "HTTPS", "PASS", VALID);
        put(v, d, "HOME", "PASS", "trang chủ mở được");
        put(v, d, "LOGIN", "PASS", direct ? "thẳng tới SSO VNeID" + hop : "qua hệ thống xác thực quốc gia" + hop);
        put(v, d, "VNEID", "PASS", "tới trang đăng nhập VNeID");
        put(v, d, "ERA", "PASS", Pattern.quote(direct ? ReadinessProbe.ERA_VNEID_DIRECT : ReadinessProbe.ERA_AFTER_CUTOVER));
        String summary = "PASS";
        switch (defect) {
            case "" -> { }
            case "expired-certificate" -> {
                put(v, d, "HTTPS", "FAIL", "Chứng chỉ đã hết hạn ngày .* \\(hết hạn \\d{2}/\\d{2}/\\d{4}\\)");
                summary = "FAIL";
            }
            case "wrong-host-certificate" -> {
                put(v, d, "HTTPS", "FAIL", "Chứng chỉ không cấp cho tên miền này .* \\(hết hạn \\d{2}/\\d{2}/\\d{4}\\)");
                summary = "FAIL";
            }
            case "self-signed-certificate" -> {
                put(v, d, "HTTPS", "FAIL", "Chứng chỉ do tổ chức không được tin cậy cấp .* \\(hết hạn \\d{2}/\\d{2}/\\d{4}\\)");
                summary = "FAIL";
            }
            case "no-vneid-option" -> {
                put(v, d, "VNEID", "FAIL", "trang đăng nhập không có lựa chọn «Tài khoản định danh điện tử cấp bởi Bộ Công an»");
                summary = "FAIL";
            }
            case "bypasses-national-sso" -> {
                if (platform.equals("portaldvc")) { // its login link now points at its own form, not at its API host
                    put(v, d, "LOGIN", "FAIL", "«Đăng nhập» trỏ tới https://" + host.replace(".", "\\.") + "/portaldvc/dang-nhap, nhưng nền tảng"
                            + " «portaldvc» đăng nhập qua " + api.replace(".", "\\."));
                    notReached(v, d, "VNEID", "ERA");
                } else {
                    put(v, d, "LOGIN", "FAIL", "đăng nhập riêng bằng mật khẩu trên " + host.replace(".", "\\.")
                            + ", không qua hệ thống xác thực quốc gia hay SSO VNeID");
                    put(v, d, "VNEID", "FAIL", "không có lựa chọn VNeID");
                    notReached(v, d, "ERA");
                }
                summary = "FAIL";
            }
            case "no-answer" -> {
                put(v, d, "HOME", "UNREACHABLE", "không trả lời \\(ERR_[A-Z_]+\\)");
                notReached(v, d, "LOGIN", "VNEID", "ERA");
                summary = "UNREACHABLE";
            }
            case "firewall-rejects" -> {
                put(v, d, "HOME", "BLOCKED", host.replace(".", "\\.") + FIREWALL);
                notReached(v, d, "LOGIN", "VNEID", "ERA");
                summary = "BLOCKED";
            }
            case "slow-home" -> {
                put(v, d, "HOME", "SLOW", "trang chủ mở được nhưng chậm: quá 5000 ms");
                summary = "SLOW";
            }
            default -> throw new IllegalStateException("readinessDefect chưa có trong kiểm thử: " + defect);
        }
        Map<String, String> verdicts = new LinkedHashMap<>();
        verdicts.put("SUMMARY", summary);
        verdicts.putAll(v);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("SUMMARY", summary.equals("PASS") ? "sẵn sàng cho đăng nhập bằng VNeID" : switch (summary) {
            case "FAIL" -> "không đạt: .+";
            case "SLOW" -> "chậm: Trang chủ \\(thời gian\\) — trang chủ mở được nhưng chậm: quá 5000 ms";
            case "BLOCKED" -> "bị tường lửa chặn: Trang chủ \\(thời gian\\) — " + host.replace(".", "\\.") + FIREWALL;
            default -> "không truy cập được: Trang chủ \\(thời gian\\) — không trả lời \\(ERR_[A-Z_]+\\)";
        });
        details.putAll(d);
        return new Row(verdicts, details);
    }

    private static void put(Map<String, String> verdicts, Map<String, String> details, String check, String verdict, String detail) {
        verdicts.put(check, verdict);
        details.put(check, detail);
    }

    private static void notReached(Map<String, String> verdicts, Map<String, String> details, String... checks) {
        for (String check : checks) {
            put(verdicts, details, check, "", "");
        }
    }

    /** The readiness CSV as portal → column → value (values are plain or double-quoted). */
    static Map<String, Map<String, String>> readCsv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = fields(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < values.size() ? values.get(i) : "");
            }
            rows.put(row.get("portal"), row);
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
