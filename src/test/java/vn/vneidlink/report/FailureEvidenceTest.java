package vn.vneidlink.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.mock.PortalDefect;
import vn.vneidlink.selftest.ScenarioRun;

/**
 * A failed scenario hands over what is needed to see why without running it again: screenshot,
 * page source, URL, console, JavaScript errors, the network log of the scenario and the cookie
 * names, each one filled from the scenario's own browser.
 */
class FailureEvidenceTest {

    private static final String SCENARIO = "Tài khoản đã liên kết đăng nhập lại Cổng DVC quốc gia bằng VNeID";

    @Test
    void aFailedScenarioCarriesItsForensics(@TempDir Path work) throws IOException {
        Path messages = work.resolve("messages.ndjson");
        List<ScenarioRun.Outcome> outcomes = ScenarioRun.run(ScenarioRun.exactly(SCENARIO),
                Map.of("vneidlink.mock.defects", PortalDefect.VNEID_LOGIN_DOES_NOT_LINK.name()), List.of("message:" + messages), work);
        assertThat(outcomes).filteredOn(o -> o.kind().equals("SCENARIO")).singleElement().satisfies(o -> assertThat(o.failed()).isTrue());

        Map<String, Attachment> evidence = attachments(messages);
        assertThat(evidence.keySet()).contains("Ảnh chụp màn hình khi lỗi", "Mã nguồn trang khi lỗi", "Địa chỉ trang khi lỗi",
                "Bảng điều khiển trình duyệt (console)", "Lỗi JavaScript",
                "Nhật ký mạng của kịch bản (phương thức, mã trả lời, địa chỉ, thời gian)", "Tên cookie của trang (không có giá trị)");

        assertThat(evidence.get("Ảnh chụp màn hình khi lỗi").mediaType()).isEqualTo("image/jpeg");
        assertThat(evidence.get("Mã nguồn trang khi lỗi").text()).contains("<html").contains("Thông tin định danh");
        assertThat(evidence.get("Địa chỉ trang khi lỗi").text()).startsWith("https://dichvucong.gov.vn/");
        String network = evidence.get("Nhật ký mạng của kịch bản (phương thức, mã trả lời, địa chỉ, thời gian)").text();
        assertThat(network.lines().toList()).as("mọi yêu cầu của kịch bản, qua cả ba cổng")
                .anyMatch(l -> l.matches("GET  200 https://dichvucong\\.gov\\.vn/p/home/dvc-trang-chu\\.html.* \\(\\d+ ms\\)"))
                .anyMatch(l -> l.matches("GET  200 https://sso\\.dancuquocgia\\.gov\\.vn/.* \\(\\d+ ms\\)"))
                .anyMatch(l -> l.matches("GET  30\\d https://.* \\(\\d+ ms\\)"))
                // the VNeID login page's XHR, the way the single-page app talks to its server
                .anyMatch(l -> l.matches("POST 200 https://sso\\.dancuquocgia\\.gov\\.vn/idp/sso/login-actions/authenticate \\(\\d+ ms\\)"))
                .hasSizeGreaterThan(10);
        String cookies = evidence.get("Tên cookie của trang (không có giá trị)").text();
        assertThat(cookies.lines().toList()).as("tên cookie, không có giá trị").contains("DVC_SESSION").allMatch(l -> l.matches("[A-Za-z0-9_.-]+"));
    }

    private record Attachment(String mediaType, String text) {}

    /** The scenario's attachments by name, from its Cucumber messages (bodies are base64). */
    private static Map<String, Attachment> attachments(Path messages) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Attachment> byName = new LinkedHashMap<>();
        for (String line : Files.readAllLines(messages, StandardCharsets.UTF_8)) {
            JsonNode attachment = json.readTree(line).path("attachment");
            if (attachment.isMissingNode()) {
                continue;
            }
            String body = attachment.path("body").asText();
            byte[] bytes = "BASE64".equals(attachment.path("contentEncoding").asText()) ? Base64.getDecoder().decode(body)
                    : body.getBytes(StandardCharsets.UTF_8);
            // a screenshot's name ends with " — " and its URL
            byName.put(attachment.path("fileName").asText().split(" — ")[0], new Attachment(attachment.path("mediaType").asText(), new String(bytes, StandardCharsets.UTF_8)));
        }
        return byName;
    }
}
