package vn.vneidlink.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.report.AllureResults.Result;
import vn.vneidlink.selftest.ScenarioRun;

/**
 * The screenshot after every step: the browser's own JPEG of the window, written to the Allure results, each in a
 * file of its own and named with the address of its page; the "unchanged" label is on exactly the images identical
 * to the previous step's at the same address, and on nothing else.
 */
class StepScreenshotsTest {

    private static final String SCENARIO = "Cập nhật thông tin định danh từ CSDL Quốc gia về Dân cư";
    private static final String SCROLLING_CHECK = "Thì mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư";

    @Test
    void everyStepHasItsScreenshotAndOnlyUnchangedPagesReuseOne(@TempDir Path work) throws IOException {
        Instant start = Instant.now();
        ScenarioRun.run(ScenarioRun.exactly(SCENARIO), Map.of(), List.of("io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm"), work);
        Result result = AllureResults.startedSince(AllureResults.directory(), start).stream()
                .filter(r -> r.name().equals(SCENARIO)).findFirst().orElseThrow();
        assertThat(result.status()).isEqualTo("passed");

        List<JsonNode> steps = new ArrayList<>();
        result.json().path("steps").forEach(steps::add);
        String previousSource = null;
        String previousUrl = null;
        byte[] previousBytes = null;
        java.util.Set<String> sources = new java.util.HashSet<>();
        String keyword = "";
        int reused = 0;
        for (int i = 1; i < steps.size(); i++) {   // step 1 («Cho ...») runs before the browser starts
            JsonNode step = steps.get(i);
            String name = step.path("name").asText();
            keyword = name.startsWith("Và ") ? keyword : name.substring(0, name.indexOf(' '));
            assertThat(step.path("attachments")).as("ảnh chụp sau bước «%s»", name).hasSize(1);
            JsonNode shot = step.path("attachments").get(0);
            String source = shot.path("source").asText();
            assertThat(shot.path("type").asText()).isEqualTo("image/jpeg");
            BufferedImage image = ImageIO.read(AllureResults.directory().resolve(source).toFile());
            assertThat(image).as("tệp ảnh %s của bước «%s»", source, name).isNotNull();
            assertThat(image.getWidth()).as("bề rộng cửa sổ").isGreaterThan(1200);
            assertThat(image.getHeight()).as("chiều cao vùng hiển thị").isGreaterThan(600);
            String label = shot.path("name").asText();
            String url = label.substring(label.lastIndexOf(StepScreenshots.AT) + StepScreenshots.AT.length());
            assertThat(url).as("«%s»: ảnh ghi địa chỉ thật của trang", name).matches("https://(dichvucong\\.gov\\.vn|xacthuc\\.dichvucong\\.gov\\.vn|sso\\.dancuquocgia\\.gov\\.vn)/\\S*");
            byte[] bytes = Files.readAllBytes(AllureResults.directory().resolve(source));
            assertThat(sources.add(source)).as("«%s»: mỗi ảnh một tệp riêng (báo cáo gắn nhãn theo tệp)", name).isTrue();
            if (label.contains(StepScreenshots.UNCHANGED)) {
                reused++;
                assertThat(keyword).as("«%s» dùng lại ảnh: chỉ bước kiểm tra (Thì) mới được", name).isEqualTo("Thì");
                assertThat(bytes).as("«%s» gắn nhãn «không đổi»: ảnh phải y hệt ảnh của bước trước", name).isEqualTo(previousBytes);
                assertThat(url).as("«%s» gắn nhãn «không đổi»: cùng địa chỉ", name).isEqualTo(previousUrl);
            } else if (url.equals(previousUrl)) {
                assertThat(bytes).as("«%s» không gắn nhãn, cùng địa chỉ: ảnh phải khác ảnh của bước trước", name).isNotEqualTo(previousBytes);
            }
            previousBytes = bytes;
            previousUrl = url;
            if (name.equals(SCROLLING_CHECK)) {
                assertThat(shot.path("name").asText()).as("bước kiểm tra cuộn trang: ảnh mới").doesNotContain(StepScreenshots.UNCHANGED);
            }
            previousSource = source;
        }
        assertThat(reused).as("bước kiểm tra không làm đổi trang dùng lại ảnh trước").isGreaterThanOrEqualTo(2);
    }
}
