package vn.vneidlink.target;

import java.io.BufferedReader;
import java.io.Console;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The terminal in which the operator types the codes his phone shows.
 *
 * <p>Under {@code ./mvnw} the scenarios run in a JVM that Failsafe forked: its standard input is
 * Failsafe's command channel and its output goes through Maven, so {@link System#console()} is
 * null although the operator sits at a terminal. The forked JVM still has the controlling terminal
 * of the shell that started Maven, {@code /dev/tty}: the prompt is written there and the code read
 * from there (it shows as it is typed). Started straight from a terminal (an IDE's console, {@code
 * java ...}), the JVM's console is used, the code hidden. Without either (CI, a job without a
 * terminal) there is none, and the scenarios that need a typed code are not applicable.
 *
 * <p>One reader per JVM, reading lines as they come: a code typed before a prompt (or after the
 * previous one gave up) is thrown away, never taken as the answer to the next prompt.
 */
final class OperatorTerminal {

    private static final String TTY = "/dev/tty";
    private static OperatorTerminal instance;

    private final PrintWriter prompt;
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    private interface LineSource {
        String readLine() throws IOException;
    }

    private OperatorTerminal(PrintWriter prompt, LineSource source) {
        this.prompt = prompt;
        Thread reader = new Thread(() -> {
            try {
                for (String line = source.readLine(); line != null; line = source.readLine()) {
                    lines.add(Optional.of(line));
                }
            } catch (IOException | RuntimeException e) {
                // the terminal went away: no more lines
            }
            lines.add(Optional.empty());
        }, "operator-terminal");
        reader.setDaemon(true);
        reader.start();
    }

    /** The terminal of this JVM: its console, else its controlling terminal; empty when it has neither. */
    static synchronized Optional<OperatorTerminal> find() {
        if (instance == null) {
            instance = open();
        }
        return Optional.ofNullable(instance);
    }

    private static OperatorTerminal open() {
        Console console = System.console();
        if (console != null) {
            return new OperatorTerminal(console.writer(), () -> {
                char[] typed = console.readPassword();
                return typed == null ? null : new String(typed);
            });
        }
        try {
            // Opening /dev/tty fails (ENXIO) in a process without a controlling terminal: CI, cron, a detached job.
            FileInputStream in = new FileInputStream(TTY);
            PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(TTY), StandardCharsets.UTF_8), true);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new OperatorTerminal(out, reader::readLine);
        } catch (IOException | SecurityException noTerminal) {
            return null;
        }
    }

    /**
     * Shows the question and waits, bounded, for the next line typed after it.
     *
     * @throws TimeoutException when nothing was typed in time
     */
    String ask(String question, Duration timeout) throws TimeoutException, InterruptedException {
        lines.removeIf(Optional::isPresent); // typed before this question: not its answer
        prompt.print(question);
        prompt.flush();
        Optional<String> line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            prompt.println();
            prompt.flush();
            throw new TimeoutException(question);
        }
        if (line.isEmpty()) {
            lines.add(line); // stays closed for the next question too
            throw new IllegalStateException("cửa sổ dòng lệnh đã đóng / the terminal was closed");
        }
        return line.get().trim();
    }
}
