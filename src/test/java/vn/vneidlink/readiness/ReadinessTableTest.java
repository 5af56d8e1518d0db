package vn.vneidlink.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.selftest.ScenarioRun;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * The readiness checks over all seven mock provincial systems, four of them broken in a way of
 * their own, give the right table: each broken system fails exactly the check it breaks, with
 * the reason, and the healthy ones pass everything.
 */
class ReadinessTableTest {

    private static final String PROVINCES = "Các hệ thống của tỉnh trong danh sách cổng sẵn sàng cho đăng nhập bằng VNeID";

    @Test
    void theTableOverHealthyAndBrokenProvincialSystemsIsRight(@TempDir Path work) throws Exception {
        List<Outcome> outcomes = ScenarioRun.run(ScenarioRun.exactly(PROVINCES),
                Map.of("vneidlink.portals.list", "mocks/data/readiness-portals-all.csv"),
                List.of(ReadinessTable.class.getName() + ":" + work), work);

        Map<String, Map<String, String>> table = readCsv(work.resolve("readiness.csv"));
        assertThat(table.keySet()).containsExactlyInAnyOrder("Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng", "Quảng Bình", "Quảng Nam",
                "Hà Tĩnh", "Kon Tum");
        for (String healthy : List.of("Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng")) {
            assertThat(verdicts(table.get(healthy))).as(healthy).containsExactly("PASS", "PASS", "PASS", "PASS");
        }
        assertThat(table.get("Đà Nẵng").get("LOGIN_detail")).contains("thẳng tới SSO VNeID");
        // HTTPS, HOME, LOGIN, VNEID
        assertThat(verdicts(table.get("Quảng Bình"))).containsExactly("FAIL", "PASS", "PASS", "PASS");
        assertThat(table.get("Quảng Bình").get("HTTPS_detail")).contains("hết hạn");
        assertThat(verdicts(table.get("Quảng Nam"))).containsExactly("PASS", "PASS", "PASS", "FAIL");
        assertThat(table.get("Quảng Nam").get("VNEID_detail")).contains("không có lựa chọn");
        assertThat(verdicts(table.get("Hà Tĩnh"))).containsExactly("PASS", "PASS", "FAIL", "FAIL");
        assertThat(table.get("Hà Tĩnh").get("LOGIN_detail")).contains("đăng nhập riêng");
        assertThat(verdicts(table.get("Kon Tum"))).containsExactly("PASS", "FAIL", "", "");
        assertThat(table.get("Kon Tum").get("HOME_detail")).contains("không trả lời");
        assertThat(Files.readString(work.resolve("readiness.md"), StandardCharsets.UTF_8))
                .contains("| Quảng Bình | dichvucong.quangbinh.gov.vn | ❌");

        List<Outcome> failed = outcomes.stream().filter(o -> o.kind().equals("STEP") && o.failed()).toList();
        assertThat(failed).as("kịch bản phải báo cổng hỏng ở bước kiểm tra đầu tiên").hasSize(1);
        assertThat(failed.get(0).step()).isEqualTo("mọi hệ thống của tỉnh có chứng chỉ HTTPS hợp lệ");
        assertThat(failed.get(0).error()).contains("Quảng Bình").doesNotContain("Quảng Trị (");
    }

    private static List<String> verdicts(Map<String, String> row) {
        return List.of(row.get("HTTPS"), row.get("HOME"), row.get("LOGIN"), row.get("VNEID"));
    }

    /** The readiness CSV as portal → column → value (values are plain or double-quoted). */
    private static Map<String, Map<String, String>> readCsv(Path file) throws Exception {
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
        List<String> fields = new java.util.ArrayList<>();
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
