package vn.vneidlink.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the generated Allure report (its data folder, {@code target/allure-report}) and checks that its step images tell
 * the truth: every image has a file of its own (the report keys images by file, so a shared file would show one label
 * for two steps) and names the address of its page ("… — https://…"), an image labelled "trang không đổi từ bước
 * trước" is identical to the previous step's image at the same address, and an unlabelled one differs from it in
 * its image or its address. Run by the build right after the report is generated; a lie fails the build.
 */
public final class ReportAudit {

    /** What the audit found: counts, and each lie with the test case and step. */
    public record Findings(int images, int unchanged, List<String> lies) {}

    /** The address a step image names: the page's URL as the browser had it (masked against real portals). */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("(https?://|about:|data:|chrome-error://)\\S+");

    private ReportAudit() {}

    public static void main(String[] args) {
        Path report = Path.of(args.length > 0 ? args[0] : "target/allure-report");
        if (!Files.isDirectory(report.resolve("data").resolve("test-cases"))) {
            // no scenario produced results: the run's own checks say why (no report is better than a stale one)
            System.out.println("Kiểm tra báo cáo / report audit: chưa có báo cáo để kiểm tra (" + report + ")");
            return;
        }
        Findings findings = audit(report);
        System.out.printf("Kiểm tra báo cáo / report audit: %d ảnh sau bước, %d gắn nhãn «không đổi», %d sai%n", findings.images(),
                findings.unchanged(), findings.lies().size());
        if (!findings.lies().isEmpty()) {
            throw new IllegalStateException("Báo cáo Allure gắn nhãn sai ảnh chụp / the report mislabels step images ("
                    + report + "):\n  " + String.join("\n  ", findings.lies()));
        }
    }

    public static Findings audit(Path report) {
        Path cases = report.resolve("data").resolve("test-cases");
        if (!Files.isDirectory(cases)) {
            throw new IllegalStateException("Không thấy dữ liệu của báo cáo Allure / no report data: " + cases.toAbsolutePath());
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, String> owners = new HashMap<>();
        List<String> lies = new ArrayList<>();
        int images = 0;
        int unchanged = 0;
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.sorted().toList()) {
                JsonNode testCase = json.readTree(file.toFile());
                String name = testCase.path("name").asText();
                byte[] previous = null;
                String previousUrl = null;
                for (JsonNode step : testCase.path("testStage").path("steps")) {
                    for (JsonNode attachment : step.path("attachments")) {
                        String label = attachment.path("name").asText();
                        if (!label.startsWith(StepScreenshots.NAME)) {
                            continue;
                        }
                        images++;
                        String where = name + " / " + step.path("name").asText();
                        String source = attachment.path("source").asText();
                        String owner = owners.putIfAbsent(source, where);
                        if (owner != null) {
                            lies.add(where + ": dùng chung tệp ảnh " + source + " với «" + owner + "»");
                        }
                        byte[] image = Files.readAllBytes(report.resolve("data").resolve("attachments").resolve(source));
                        boolean labelled = label.contains(StepScreenshots.UNCHANGED);
                        int at = label.lastIndexOf(StepScreenshots.AT);
                        String url = at < 0 ? "" : label.substring(at + StepScreenshots.AT.length());
                        if (!ADDRESS.matcher(url).matches()) {
                            lies.add(where + ": ảnh không ghi địa chỉ trang («" + label + "»)");
                        }
                        if (labelled) {
                            unchanged++;
                        }
                        boolean same = previous != null && Arrays.equals(image, previous) && url.equals(previousUrl);
                        if (labelled && !same) {
                            lies.add(where + ": gắn nhãn «không đổi» nhưng ảnh hoặc địa chỉ khác bước trước");
                        } else if (!labelled && same) {
                            lies.add(where + ": ảnh y hệt bước trước mà không gắn nhãn «không đổi»");
                        }
                        previous = image;
                        previousUrl = url;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được báo cáo Allure " + report, e);
        }
        return new Findings(images, unchanged, lies);
    }
}
