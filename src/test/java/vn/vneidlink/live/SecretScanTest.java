package vn.vneidlink.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretScanTest {

    private static final List<String> SECRETS = List.of("482913", "Fake#Mat-khau1");
    private static final String ESCAPED = "Mk&<\"'>1";

    private static List<String> scan(String fileName, String content) {
        return SecretScan.found(fileName, content.getBytes(StandardCharsets.UTF_8), SECRETS);
    }

    private static String attachment(String mediaType, byte[] body) {
        return "{\"attachment\":{\"body\":\"" + Base64.getEncoder().encodeToString(body)
                + "\",\"contentEncoding\":\"BASE64\",\"mediaType\":\"" + mediaType + "\"}}";
    }

    @Test
    void aSecretWrittenAsTextIsFound() {
        assertThat(scan("log.txt", "Mã OTP: 482913, mật khẩu=Fake#Mat-khau1")).containsExactlyElementsOf(SECRETS);
    }

    @Test
    void aSecretInsideALongerNumberIsNotALeak() {
        assertThat(scan("messages.ndjson", "{\"timestamp\":{\"seconds\":1795748456,\"nanos\":248291377}}")).isEmpty();
    }

    @Test
    void aSecretInABase64TextAttachmentOfCucumberMessagesIsFound() {
        String line = attachment("text/plain", "địa chỉ ...?otp=482913".getBytes(StandardCharsets.UTF_8));
        assertThat(scan("messages.ndjson", "{\"meta\":{}}\n" + line)).containsExactly("482913");
        assertThat(scan("report.html", "<script>\nwindow.CUCUMBER_MESSAGES = [{\"source\":{\"data\":\"\\x3Ca>\"}}," + line + "];\n</script>")).containsExactly("482913");
    }

    @Test
    void imageAttachmentsAreNotDecodedAsText() {
        assertThat(scan("messages.ndjson", attachment("image/jpeg", "x 482913 x".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void aPasswordEscapedInTheSurefireXmlIsFound() {
        String xml = "<testsuite><properties><property name=\"x\" value=\"Mk&amp;&lt;&quot;&apos;&gt;1\"/></properties></testsuite>";
        assertThat(SecretScan.found("TEST-vn.Foo.xml", xml.getBytes(StandardCharsets.UTF_8), List.of(ESCAPED))).containsExactly(ESCAPED);
        assertThat(SecretScan.found("TEST-vn.Foo.xml", "value=\"Mk&#38;&#x3C;&#34;&#39;&#62;1\"".getBytes(StandardCharsets.UTF_8),
                List.of(ESCAPED))).containsExactly(ESCAPED);
    }

    @Test
    void aPasswordEscapedInAllureJsonIsFound() {
        String json = "{\"name\":\"bước\",\"statusDetails\":{\"message\":\"sai: Mk&<\\\"'>1\"}}";
        assertThat(SecretScan.found("0b1c-result.json", json.getBytes(StandardCharsets.UTF_8), List.of(ESCAPED))).containsExactly(ESCAPED);
    }

    @Test
    void everyArtifactFolderIsScannedForFilesOfTheRun(@TempDir Path target) throws Exception {
        Path xml = Files.createDirectories(target.resolve("failsafe-reports")).resolve("TEST-vn.vneidlink.suite.VneidLinkScenariosIT.xml");
        Files.writeString(xml, "<property name=\"vneidlink.citizen.linked.vnconnect.password\" value=\"Fake#Mat-khau1\"/>");
        Path log = Files.createDirectories(target.resolve("grid")).resolve("node.log");
        Files.writeString(log, "otp=482913");
        Files.writeString(Files.createDirectories(target.resolve("readiness")).resolve("readiness.md"), "| Quảng Trị | ✅ |");

        assertThat(SecretScan.leaks(List.of(target.resolve("failsafe-reports"), target.resolve("grid"), target.resolve("readiness"),
                target.resolve("missing")), SECRETS, Instant.now().minusSeconds(60)))
                .containsExactlyInAnyOrder(xml + " chứa một bí mật dài 14", log + " chứa một bí mật dài 6");
        assertThat(SecretScan.leaks(List.of(target), SECRETS, Instant.now().plusSeconds(60))).as("tệp của lần chạy trước").isEmpty();
        assertThat(SecretScan.ARTIFACTS).extracting(Path::toString).contains("target/failsafe-reports", "target/surefire-reports",
                "target/allure-results", "target/readiness", "target/vneidlink", "target/cucumber");
    }
}
