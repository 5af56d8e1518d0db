package vn.vneidlink.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OTP typed at the console under {@code ./mvnw}: Failsafe's JVM has no console (its standard input and output
 * are Failsafe's), but it has the terminal that started Maven. A pseudo-terminal ({@code script} of util-linux)
 * plays that terminal: a JVM whose input and output are redirected, as Failsafe's are, asks for the code through
 * {@link OperatorPhone}; the test types it on the terminal and the JVM must receive it. Without any terminal
 * ({@code setsid}: CI, a detached job) the scenario is not applicable, with the way out.
 */
class OperatorTerminalTest {

    private static final String CODE = "482913";

    @Test
    void aCodeTypedOnTheTerminalReachesAJvmWithoutAConsole(@TempDir Path work) throws Exception {
        Path out = work.resolve("out.txt");
        Process terminal = new ProcessBuilder("script", "-qfec", javaCommand() + " < /dev/null > " + out + " 2>&1", "/dev/null")
                .redirectErrorStream(true).start();
        try {
            String screen = readUntil(terminal.getInputStream(), "rồi bấm Enter", Duration.ofSeconds(30));
            assertThat(screen).as("câu hỏi hiện trên cửa sổ dòng lệnh").contains("Nhập mã OTP vừa gửi tới số", "rồi bấm Enter");
            OutputStream keyboard = terminal.getOutputStream();
            keyboard.write((CODE + "\r").getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            assertThat(terminal.waitFor(30, TimeUnit.SECONDS)).as("JVM nhận mã rồi kết thúc").isTrue();
        } finally {
            terminal.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).as("JVM như của Failsafe: không có console").contains("CONSOLE none");
        assertThat(lines).as("mã người vận hành gõ").contains("RECEIVED " + CODE);
    }

    @Test
    void withoutAnyTerminalTheScenarioIsNotApplicableAndSaysWhatToDo(@TempDir Path work) throws Exception {
        Path out = work.resolve("out.txt");
        Process detached = new ProcessBuilder("setsid", "sh", "-c", javaCommand() + " < /dev/null > " + out + " 2>&1").start();
        assertThat(detached.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(printed).contains("CONSOLE none")
                .contains("SKIPPED Bỏ qua / skipped: cần người vận hành nhập mã OTP")
                .contains("không có cửa sổ dòng lệnh").contains("vneidlink.operator.otp-file");
    }

    private static String javaCommand() {
        return "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -Dfile.encoding=UTF-8 -cp '"
                + System.getProperty("java.class.path") + "' " + OperatorAtTerminal.class.getName();
    }

    /** What the terminal showed, read until it shows {@code expected} (bounded by the child's own timeout too). */
    private static String readUntil(InputStream screen, String expected, Duration timeout) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        Instant deadline = Instant.now().plus(timeout);
        byte[] buffer = new byte[4096];
        while (Instant.now().isBefore(deadline)) {
            int n = screen.read(buffer); // blocks until the terminal shows something, or the child ends
            if (n < 0) {
                break;
            }
            seen.write(buffer, 0, n);
            if (seen.toString(StandardCharsets.UTF_8).contains(expected)) {
                break;
            }
        }
        return seen.toString(StandardCharsets.UTF_8);
    }
}
