package vn.vneidlink.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Credentials of the test accounts ({@code vneidlink.citizen.<profile>.<field>}: passwords, ID and
 * phone numbers, user names, names, dossiers) are read from the environment or the secrets file
 * only, never from system properties: Surefire and Failsafe copy every system property of the test
 * JVM into {@code target/*-reports/TEST-*.xml}, and that XML is published by CI. Passed as
 * {@code -D}, they are refused at once, by name (never by value), saying where they belong.
 *
 * <p>Three lines of defence: the pom refuses them before Maven runs anything (maven-enforcer, phase
 * validate); a test JVM started some other way blanks their values before any test set is reported
 * ({@link #blank}); and {@link Settings} refuses to start a run that has them.
 */
public final class CredentialProperties {

    /** The prefix of every setting that carries a credential. */
    public static final String PREFIX = "vneidlink.citizen.";

    /** What a blanked value reads: a refusal, never the value. */
    public static final String BLANKED = "(bị từ chối, xem vneidlink.secrets.file / refused)";

    private CredentialProperties() {}

    /** The credential settings among these properties, by name, sorted. */
    public static List<String> passed(Properties properties) {
        return properties.stringPropertyNames().stream().filter(key -> key.startsWith(PREFIX)).sorted().toList();
    }

    /** The message that refuses the credential settings among these properties, if there are any. */
    public static Optional<String> refusal(Properties properties) {
        List<String> keys = passed(properties);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Thông tin đăng nhập không được truyền bằng -D (thuộc tính hệ thống): Surefire/Failsafe ghi mọi "
                + "thuộc tính hệ thống vào target/failsafe-reports/TEST-*.xml. Hãy đặt mỗi giá trị vào biến môi trường, hoặc vào tệp bí mật "
                + "ngoài kho mã (-Dvneidlink.secrets.file=~/.config/vneid-link-verify/secrets.properties), rồi chạy lại không có -D đó:");
        for (String key : keys) {
            text.append("\n  -D").append(key).append(" → biến môi trường / environment variable ").append(environmentName(key))
                    .append(", hoặc / or ").append(key.substring("vneidlink.".length())).append("=… trong tệp bí mật / in the secrets file");
        }
        text.append("\n/ Credentials are never read from system properties (-D), which Surefire and Failsafe write into their XML "
                + "reports: put each in its environment variable or in the secrets file outside the repository (vneidlink.secrets.file).");
        return Optional.of(text.toString());
    }

    /**
     * Replaces the value of every credential setting among these properties with {@link #BLANKED}, keeping the
     * names, so that {@link #refusal} still refuses the run and no report of the JVM's properties holds a value.
     */
    public static void blank(Properties properties) {
        passed(properties).forEach(key -> properties.setProperty(key, BLANKED));
    }

    /** {@code vneidlink.citizen.linked.vnconnect.password} → {@code VNEIDLINK_CITIZEN_LINKED_VNCONNECT_PASSWORD}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
