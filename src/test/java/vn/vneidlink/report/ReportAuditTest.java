package vn.vneidlink.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit of the generated report catches each way its step images could lie, and passes a truthful report. */
class ReportAuditTest {

    @TempDir
    Path report;

    private void testCase(String... steps) throws Exception {
        Files.createDirectories(report.resolve("data/test-cases"));
        Files.createDirectories(report.resolve("data/attachments"));
        StringBuilder json = new StringBuilder("{\"name\": \"Kịch bản\", \"testStage\": {\"steps\": [");
        for (int i = 0; i < steps.length; i++) {
            String[] step = steps[i].split(":"); // label kind (new|same), file, bytes[, address path or "none"]
            String address = step.length > 3 ? step[3] : "";
            String name = StepScreenshots.NAME + (step[0].equals("same") ? StepScreenshots.UNCHANGED : "")
                    + (address.equals("none") ? "" : " — https://dichvucong.gov.vn/" + address);
            json.append(i == 0 ? "" : ",").append("{\"name\": \"bước ").append(i).append("\", \"attachments\": [{\"name\": \"")
                    .append(name).append("\", \"source\": \"").append(step[1]).append("\"}]}");
            Files.writeString(report.resolve("data/attachments").resolve(step[1]), step[2], StandardCharsets.UTF_8);
        }
        Files.writeString(report.resolve("data/test-cases/a.json"), json.append("]}}").toString(), StandardCharsets.UTF_8);
    }

    @Test
    void aTruthfulReportPasses() throws Exception {
        testCase("new:1.jpg:A", "same:2.jpg:A", "new:3.jpg:B", "new:4.jpg:B:p/home/");
        ReportAudit.Findings findings = ReportAudit.audit(report);
        assertThat(findings.images()).isEqualTo(4);
        assertThat(findings.unchanged()).isEqualTo(1);
        assertThat(findings.lies()).isEmpty();
        ReportAudit.main(new String[] {report.toString()});
    }

    @Test
    void eachLieIsNamed() throws Exception {
        testCase("new:1.jpg:A", "same:2.jpg:B", "new:2.jpg:B", "new:4.jpg:B", "same:5.jpg:B:p/home/", "new:6.jpg:C:none");
        List<String> lies = ReportAudit.audit(report).lies();
        assertThat(lies).containsExactly(
                "Kịch bản / bước 1: gắn nhãn «không đổi» nhưng ảnh hoặc địa chỉ khác bước trước",
                "Kịch bản / bước 2: dùng chung tệp ảnh 2.jpg với «Kịch bản / bước 1»",
                "Kịch bản / bước 2: ảnh y hệt bước trước mà không gắn nhãn «không đổi»",
                "Kịch bản / bước 3: ảnh y hệt bước trước mà không gắn nhãn «không đổi»",
                "Kịch bản / bước 4: gắn nhãn «không đổi» nhưng ảnh hoặc địa chỉ khác bước trước",
                "Kịch bản / bước 5: ảnh không ghi địa chỉ trang («" + StepScreenshots.NAME + "»)");
        assertThatThrownBy(() -> ReportAudit.main(new String[] {report.toString()})).hasMessageContaining("gắn nhãn sai");
    }
}
