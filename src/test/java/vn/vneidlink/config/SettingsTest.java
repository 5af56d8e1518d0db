package vn.vneidlink.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static Settings with(Map<String, String> properties, Map<String, String> environment) {
        Properties p = new Properties();
        p.putAll(properties);
        return Settings.from(p, environment);
    }

    @Test
    void defaultsRunHeadlessAgainstTheMocks() {
        Settings settings = with(Map.of(), Map.of());

        assertThat(settings.mockTarget()).isTrue();
        assertThat(settings.targetName()).isEqualTo("mock");
        assertThat(settings.headless()).isTrue();
        assertThat(settings.waitTimeout().toSeconds()).isEqualTo(10);
        assertThat(settings.citizensFile().toString()).isEqualTo("mocks/data/citizens.json");
    }

    @Test
    void systemPropertiesWinOverEnvironmentVariables() {
        Settings settings = with(Map.of("vneidlink.wait.seconds", "3"),
                Map.of("VNEIDLINK_WAIT_SECONDS", "7", "VNEIDLINK_HEADLESS", "false"));

        assertThat(settings.waitTimeout().toSeconds()).isEqualTo(3);
        assertThat(settings.headless()).isFalse();
    }

    @Test
    void aWrongTargetNamesTheValidOnes() {
        assertThatThrownBy(() -> with(Map.of("vneidlink.target", "staging"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vneidlink.target")
                .hasMessageContaining("\"staging\"")
                .hasMessageContaining("mock, live");
    }

    @Test
    void liveIsAnEnvironmentOfTheRealHostsWithPageEvidenceOff() {
        Settings settings = with(Map.of("vneidlink.target", "live"), Map.of());

        assertThat(settings.mockTarget()).isFalse();
        assertThat(settings.targetName()).isEqualTo("live");
        assertThat(settings.environment().orElseThrow().nationalUrl().toString()).isEqualTo("https://dichvucong.gov.vn");
        assertThat(settings.pageEvidence()).as("ảnh chụp và mã nguồn trang tắt mặc định với cổng thật").isFalse();
        assertThat(settings.readinessPortals().toString()).endsWith("live-portals.csv");
    }

    @Test
    void failedScenariosAreNeverRerunAgainstTheMocks() {
        assertThatThrownBy(() -> with(Map.of("vneidlink.reruns", "1"), Map.of()))
                .hasMessageContaining("vneidlink.reruns").hasMessageContaining("live");
        assertThat(with(Map.of("vneidlink.reruns", "1", "vneidlink.target", "live"), Map.of()).mockTarget()).isFalse();
        assertThat(with(Map.of("vneidlink.reruns", "0"), Map.of()).mockTarget()).isTrue();
    }

    @Test
    void theThreadCountAndTheGridUrlAreCheckedSettings() {
        assertThat(with(Map.of("vneidlink.threads", "3"), Map.of()).threads()).isEqualTo(3);
        assertThat(with(Map.of(), Map.of()).threads()).isEqualTo(Math.min(64, Runtime.getRuntime().availableProcessors()));
        assertThat(with(Map.of("vneidlink.grid.url", "http://127.0.0.1:4444"), Map.of()).gridUrl()).isPresent();
        assertThatThrownBy(() -> with(Map.of("vneidlink.grid.url", "localhost:4444"), Map.of()))
                .hasMessageContaining("vneidlink.grid.url");
    }

    @Test
    void theReadinessParallelismIsBoundedAndOnAGridOneUnlessTold() {
        assertThat(with(Map.of("vneidlink.target", "live"), Map.of()).readinessParallel()).isEqualTo(4);
        int cores = Runtime.getRuntime().availableProcessors();
        // Against the mocks: one browser per two cores that the scenario threads leave, at least one, at most four.
        assertThat(with(Map.of("vneidlink.threads", "1"), Map.of()).readinessParallel()).isEqualTo(Math.max(1, Math.min(4, cores / 2)));
        int threads = Math.min(cores, Settings.MAX_THREADS);
        assertThat(with(Map.of("vneidlink.threads", String.valueOf(threads)), Map.of()).readinessParallel())
                .isEqualTo(Math.max(1, Math.min(4, cores / (2 * threads))));
        assertThat(with(Map.of("vneidlink.threads", "1", "vneidlink.readiness.parallel", "3"), Map.of()).readinessParallel()).isEqualTo(3);
        assertThat(with(Map.of("vneidlink.grid.url", "http://127.0.0.1:4444"), Map.of()).readinessParallel()).isEqualTo(1);
        assertThat(with(Map.of("vneidlink.grid.url", "http://127.0.0.1:4444", "vneidlink.readiness.parallel", "3"), Map.of())
                .readinessParallel()).isEqualTo(3);
        assertThatThrownBy(() -> with(Map.of("vneidlink.readiness.parallel", "100000"), Map.of()))
                .hasMessageContaining("vneidlink.readiness.parallel").hasMessageContaining("từ 1 đến 16");
        assertThat(with(Map.of(), Map.of()).readinessSlow().toMillis()).isEqualTo(5000);
        assertThat(with(Map.of("vneidlink.target", "live"), Map.of()).readinessSlow().toMillis()).isEqualTo(3000);
        assertThat(with(Map.of(), Map.of()).platformsFile().toString()).isEqualTo("environments/platforms.json");
    }

    @Test
    void aThreadCountBeyondWhatAMachineRunsIsRefusedByNameNotByTheForkJoinPool() {
        assertThatThrownBy(() -> with(Map.of("vneidlink.threads", "100000"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vneidlink.threads").hasMessageContaining("\"100000\"").hasMessageContaining("từ 1 đến 64")
                .hasMessageContaining("VNEIDLINK_THREADS");
        assertThatThrownBy(() -> with(Map.of("vneidlink.threads", "0"), Map.of())).hasMessageContaining("từ 1 đến 64");
        assertThat(with(Map.of("vneidlink.threads", "64"), Map.of()).threads()).isEqualTo(64);
    }

    @Test
    void aCredentialPassedAsASystemPropertyIsRefusedByNameSayingWhereItBelongs() {
        assertThatThrownBy(() -> with(Map.of("vneidlink.citizen.linked.vnconnect.password", "Mat-khau#That1",
                "vneidlink.citizen.never-synced.cccd", "045199001234"), Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dvneidlink.citizen.linked.vnconnect.password")
                .hasMessageContaining("VNEIDLINK_CITIZEN_LINKED_VNCONNECT_PASSWORD")
                .hasMessageContaining("citizen.linked.vnconnect.password=… trong tệp bí mật")
                .hasMessageContaining("VNEIDLINK_CITIZEN_NEVER_SYNCED_CCCD")
                .hasMessageContaining("vneidlink.secrets.file")
                .hasMessageContaining("Credentials are never read from system properties")
                .message().doesNotContain("Mat-khau#That1").doesNotContain("045199001234");
    }

    @Test
    void aBlankedCredentialStillRefusesTheRun() {
        Properties p = new Properties();
        p.setProperty("vneidlink.citizen.linked.vneid.password", "Mat-khau#That1");
        p.setProperty("vneidlink.wait.seconds", "3");
        CredentialProperties.blank(p);

        assertThat(p.getProperty("vneidlink.citizen.linked.vneid.password")).isEqualTo(CredentialProperties.BLANKED);
        assertThat(p.getProperty("vneidlink.wait.seconds")).isEqualTo("3");
        assertThatThrownBy(() -> Settings.from(p, Map.of())).hasMessageContaining("VNEIDLINK_CITIZEN_LINKED_VNEID_PASSWORD");
    }

    @Test
    void nobodyIsAskedForAnOtpInCi() {
        assertThat(with(Map.of(), Map.of("CI", "true")).operatorAllowed()).isFalse();
        assertThat(with(Map.of(), Map.of()).operatorAllowed()).isTrue();
    }

    @Test
    void aSecretsFileInsideTheRepositoryIsRefused() {
        assertThatThrownBy(() -> with(Map.of("vneidlink.secrets.file", "mocks/data/citizens.json"), Map.of()))
                .hasMessageContaining("không bao giờ được nằm trong kho mã").hasMessageContaining("outside the repository");
    }

    @Test
    void aLinkOutsideTheRepositoryThatPointsIntoItIsRefusedToo(@TempDir Path outside) throws IOException {
        Path link = Files.createSymbolicLink(outside.resolve("secrets.properties"), Path.of("mocks/data/citizens.json").toAbsolutePath());
        Path folderLink = Files.createSymbolicLink(outside.resolve("data"), Path.of("mocks/data").toAbsolutePath());

        assertThatThrownBy(() -> with(Map.of("vneidlink.secrets.file", link.toString()), Map.of()))
                .hasMessageContaining("nằm trong thư mục dự án").hasMessageContaining("thật ra là / really")
                .hasMessageContaining(Path.of("mocks/data/citizens.json").toAbsolutePath().toString());
        assertThatThrownBy(() -> with(Map.of("vneidlink.secrets.file", folderLink.resolve("citizens.json").toString()), Map.of()))
                .hasMessageContaining("outside the repository");
    }

    @Test
    void aSecretsFileOutsideTheRepositoryIsRead(@TempDir Path outside) throws IOException {
        Path file = Files.writeString(outside.resolve("secrets.properties"), "citizen.linked.cccd=045199001234\n");

        assertThat(with(Map.of("vneidlink.secrets.file", file.toString()), Map.of()).secrets().get("citizen.linked.cccd"))
                .contains("045199001234");
    }

    @Test
    void secretsComeFromTheEnvironmentUnderTheirPrefix() {
        Settings settings = with(Map.of(), Map.of("VNEIDLINK_CITIZEN_LINKED_VNEID_PASSWORD", "from-env"));

        assertThat(settings.secrets().get("citizen.linked.vneid.password")).contains("from-env");
        assertThat(settings.secrets().get("citizen.linked.cccd")).isEmpty();
    }

    @Test
    void aWrongBooleanOrNumberIsRefused() {
        assertThatThrownBy(() -> with(Map.of("vneidlink.headless", "yes"), Map.of()))
                .hasMessageContaining("vneidlink.headless").hasMessageContaining("true, false");
        assertThatThrownBy(() -> with(Map.of("vneidlink.wait.seconds", "-1"), Map.of()))
                .hasMessageContaining("vneidlink.wait.seconds");
    }

    @Test
    void aMissingBrowserBinaryIsRefusedWithTheFix() {
        assertThatThrownBy(() -> with(Map.of("vneidlink.browser.binary", "/nowhere/chromium"), Map.of()))
                .hasMessageContaining("/nowhere/chromium")
                .hasMessageContaining("vneidlink.browser.binary");
    }

    @Test
    void aHeadlessRunOnThisMachineTakesTheHeadlessShellAndAWatchedOneTheFullBrowser() {
        assumeTrue(Files.isExecutable(Settings.HEADLESS_SHELL) && Files.isExecutable(Settings.FULL_CHROMIUM),
                "needs Debian's chromium and chromium-headless-shell");
        assertThat(with(Map.of(), Map.of()).browserBinary()).contains(Settings.HEADLESS_SHELL);
        assertThat(with(Map.of("vneidlink.headless", "false"), Map.of()).browserBinary()).contains(Settings.FULL_CHROMIUM);
        assertThat(with(Map.of("vneidlink.grid.url", "http://127.0.0.1:4444"), Map.of()).browserBinary()).contains(Settings.FULL_CHROMIUM);
        assertThat(with(Map.of("vneidlink.browser.binary", Settings.FULL_CHROMIUM.toString()), Map.of()).browserBinary())
                .contains(Settings.FULL_CHROMIUM);
    }

    @Test
    void aBrowserScriptWithoutExecIsRefusedWithTheBinaryToName(@TempDir Path dir) throws IOException {
        Path leaky = dir.resolve("chromium-headless-shell");
        Files.writeString(leaky, "#!/bin/sh -e\n\n/usr/lib/chromium/chromium-headless-shell \"$@\"\n");
        leaky.toFile().setExecutable(true);
        assertThatThrownBy(() -> with(Map.of("vneidlink.browser.binary", leaky.toString()), Map.of()))
                .hasMessageContaining("vneidlink.browser.binary=" + leaky)
                .hasMessageContaining("exec")
                .hasMessageContaining(Settings.HEADLESS_SHELL.toString());
        Path execs = dir.resolve("chromium");
        Files.writeString(execs, "#!/bin/sh\n# not exec here\nexec /usr/lib/chromium/chromium \"$@\"\n");
        execs.toFile().setExecutable(true);
        assertThat(with(Map.of("vneidlink.browser.binary", execs.toString()), Map.of()).browserBinary()).contains(execs);
        Path commentOnly = dir.resolve("chromium-commented");
        Files.writeString(commentOnly, "#!/bin/sh\n# exec would be right here\n/usr/lib/chromium/chromium \"$@\"\n");
        commentOnly.toFile().setExecutable(true);
        assertThatThrownBy(() -> with(Map.of("vneidlink.browser.binary", commentOnly.toString()), Map.of()))
                .hasMessageContaining("exec");
    }

    @Test
    void aMissingMocksDirectoryIsRefusedWithTheFix() {
        assertThatThrownBy(() -> with(Map.of("vneidlink.mocks.dir", "/nowhere/mocks"), Map.of()))
                .hasMessageContaining("/nowhere/mocks")
                .hasMessageContaining("vneidlink.mocks.dir");
    }

    /** The mock reads its own settings (vn.vneidlink.mock.MockSettings): config knows nothing of the mock. */
    @Test
    void theConfigPackageDoesNotKnowTheMock() throws IOException {
        Path config = Path.of("src/main/java/vn/vneidlink/config");
        List<Path> sources;
        try (Stream<Path> files = Files.list(config)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).as("các tệp nguồn của gói config").contains(config.resolve("Settings.java"));
        for (Path source : sources) {
            assertThat(Files.readString(source, StandardCharsets.UTF_8))
                    .as("%s không được dùng gói vn.vneidlink.mock (cổng giả lập tự đọc cài đặt của nó)", source)
                    .doesNotContain("vn.vneidlink.mock");
        }
    }
}
