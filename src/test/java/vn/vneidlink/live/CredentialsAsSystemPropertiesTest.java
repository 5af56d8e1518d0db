package vn.vneidlink.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.config.CredentialProperties;

/**
 * A credential passed as {@code -D} never reaches an artifact: Maven run for real, on a copy of the project (its
 * sources and the classes this build already compiled), with {@code -Dvneidlink.citizen.linked.vnconnect.password}.
 * Through the README's command the pom refuses it before anything runs; through Failsafe's goals by name (no pom
 * check) the test JVM blanks it and the suite refuses the run. Either way the build fails saying where credentials
 * belong, and no file under the copy's {@code target/} (the XML reports included) holds the value.
 */
class CredentialsAsSystemPropertiesTest {

    private static final String KEY = "vneidlink.citizen.linked.vnconnect.password";

    /** Each test on a copy of its own: what one run leaves under target/ must not be mistaken for the other's. */
    @TempDir
    Path project;

    @BeforeEach
    void copyTheProject() throws IOException {
        for (String part : List.of("pom.xml", "mvnw", ".mvn", "src", "features", "mocks", "environments", "target/classes", "target/test-classes")) {
            copy(Path.of(part), project.resolve(part));
        }
    }

    @Test
    void theReadmeCommandIsRefusedBeforeAnythingRuns() throws Exception {
        String secret = "leak" + UUID.randomUUID().toString().replace("-", "");
        Maven run = maven(project, "verify", "-DskipProjectTests", "-Dcucumber.filter.tags=@khong-co", "-D" + KEY + "=" + secret);

        assertThat(run.exitCode()).as("Maven phải thất bại:\n%s", run.output()).isNotZero();
        assertThat(run.output()).contains("-D" + KEY + " bị từ chối / refused")
                .contains(CredentialProperties.environmentName(KEY)).contains("vneidlink.secrets.file")
                .doesNotContain(secret);
        assertThat(project.resolve("target/failsafe-reports")).as("không có kịch bản nào chạy").doesNotExist();
        assertThat(project.resolve("target/surefire-reports")).as("không có kiểm thử nào chạy").doesNotExist();
        assertThat(filesHolding(project.resolve("target"), secret)).isEmpty();
    }

    @Test
    void failsafeRunByItsGoalsBlanksTheValueAndRefusesTheRun() throws Exception {
        String secret = "leak" + UUID.randomUUID().toString().replace("-", "");
        Maven run = maven(project, "failsafe:integration-test", "failsafe:verify", "-Dcucumber.filter.tags=@khong-co", "-D" + KEY + "=" + secret);

        assertThat(run.exitCode()).as("Maven phải thất bại:\n%s", run.output()).isNotZero();
        assertThat(run.output()).contains("Thông tin đăng nhập không được truyền bằng -D")
                .contains(CredentialProperties.environmentName(KEY)).doesNotContain(secret);
        Path xml = project.resolve("target/failsafe-reports/TEST-vn.vneidlink.suite.VneidLinkScenariosIT.xml");
        assertThat(Files.readAllLines(xml, StandardCharsets.UTF_8)).filteredOn(line -> line.contains("name=\"" + KEY + "\""))
                .as("báo cáo XML của Failsafe ghi tên, không ghi giá trị")
                .singleElement().asString().contains("value=\"" + CredentialProperties.BLANKED + "\"");
        assertThat(filesHolding(project.resolve("target"), secret)).isEmpty();
    }

    private record Maven(int exitCode, String output) {}

    private static Maven maven(Path dir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-o"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("vneidlink-maven-", ".log");
        try {
            Process maven = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("Maven kết thúc trong 5 phút").isTrue();
            return new Maven(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static List<Path> filesHolding(Path folder, String secret) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    /** Copies a file or a folder, keeping modification times (the copied classes stay up to date for Maven). */
    private static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
