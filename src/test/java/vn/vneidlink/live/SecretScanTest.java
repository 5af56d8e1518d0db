package vn.vneidlink.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretScanTest {

    private static final List<String> SECRETS = List.of("482913", "Fake#Mat-khau1");

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
}
