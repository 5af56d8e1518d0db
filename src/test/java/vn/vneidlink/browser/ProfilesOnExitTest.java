package vn.vneidlink.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A run stopped with Ctrl-C (SIGINT) or {@code kill} (SIGTERM) leaves no {@code vneidlink-chromium-*} profile
 * folder in /tmp, and no Chromium running on it: a JVM of its own starts a browser, is signalled, and the folder
 * it printed must be gone when it has exited.
 */
class ProfilesOnExitTest {

    @Test
    void sigtermQuitsTheBrowserAndDeletesItsProfile() throws Exception {
        signalled("TERM");
    }

    @Test
    void sigintAsCtrlCQuitsTheBrowserAndDeletesItsProfile() throws Exception {
        signalled("INT");
    }

    private static void signalled(String signal) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), BrowserUntilKilled.class.getName())
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        Path profile = null;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.startsWith("PROFILE ")) {
                    profile = Path.of(line.substring("PROFILE ".length()));
                    break;
                }
            }
            assertThat(profile).as("JVM con phải khởi động Chromium và in thư mục hồ sơ; nó in: %s", output).isNotNull();
            assertThat(profile.getFileName().toString()).startsWith(Browser.PROFILE_PREFIX);
            assertThat(profile).as("hồ sơ của Chromium đang chạy").isDirectory();
            assertThat(browsersOn(profile)).as("Chromium đang chạy trên hồ sơ đó").isNotEmpty();

            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(jvm.pid())).inheritIO().start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -%s", signal).isTrue();
            assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).as("JVM con dừng sau SIGTERM/SIGINT").isTrue();
        } finally {
            jvm.destroyForcibly();
        }
        assertThat(profile).as("thư mục hồ sơ trình duyệt sau khi JVM bị dừng bằng SIG%s", signal).doesNotExist();
        assertThat(browsersOn(profile)).as("không còn Chromium nào chạy trên hồ sơ đó").isEmpty();
    }

    /** The processes whose command line names this profile folder (Chromium and its helpers). */
    private static List<Long> browsersOn(Path profile) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (commandLine.contains(profile.toString())) {
                        pids.add(Long.parseLong(process.getFileName().toString()));
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return pids;
    }
}
