package vn.vneidlink.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.CitizenDirectory;
import vn.vneidlink.mock.MockOptions;
import vn.vneidlink.mock.MockPortals;

/**
 * The mock portals for a program that is not on the JVM: the benchmark's Playwright peer
 * ({@code bench/playwright/journey.mjs}) drives the same journey as {@link BareJourney} against the
 * same mocks, and asks this program for them over a line protocol (one command a line on stdin, one
 * answer a line on stdout, UTF-8):
 *
 * <ul>
 *   <li>{@code start} — starts fresh mock portals on a free port; {@code start PORT} on that port (so a browser
 *       started with an earlier instance's {@code --host-resolver-rules} reaches the new one; its SPKI list stays
 *       valid, {@link vn.vneidlink.mock.MockTls} keeping each host's leaf key for the life of the JVM). Answers one
 *       JSON line: {@code mockStartMs} (the time of {@code MockPortals.start}, as {@link BareJourney}'s
 *       {@code mock-start-ms}), {@code port}, {@code hostResolverRules}, {@code spki}, {@code flags}
 *       ({@link Browser#FLAGS}, so that the peer cannot pass other flags), {@code baseUrls} (every served host) and
 *       {@code citizen} (the fictional test data of Nguyễn Thị Hoà, {@link BareJourney}'s citizen, from mocks/data/citizens.json);</li>
 *   <li>{@code otp PHONE} — the latest OTP sent to that phone, waited for up to 10 s (polled every 100 ms, as
 *       {@link BareJourney} does);</li>
 *   <li>{@code code CCCD} — likewise, the code the VNeID app shows for that CCCD;</li>
 *   <li>{@code stop} — closes the mock portals, answers {@code stopped};</li>
 *   <li>{@code quit} (or the end of stdin) — closes them and exits.</li>
 * </ul>
 * Any failure answers one line {@code ERROR message}; anything else {@code ERROR unknown command}. Logs go to
 * stderr only: stdout carries the protocol and nothing else ({@code System.out} is pointed at stderr for the
 * libraries).
 *
 * <p>Not a test (no Test/IT suffix). {@code java -cp target/test-classes:target/classes:<dependencies>
 * vn.vneidlink.bench.MockServe}, from the project folder (or {@code -Dvneidlink.mocks.dir=...}).
 */
public final class MockServe {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Path mocks;
    private final PrintStream protocol;
    private final ObjectMapper json = new ObjectMapper();
    private MockPortals portals;

    private MockServe(Path mocks, PrintStream protocol) {
        this.mocks = mocks;
        this.protocol = protocol;
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // WireMock, Jetty or any library that prints: never on the protocol's stream
        Path mocks = Path.of(System.getProperty("vneidlink.mocks.dir", "mocks"));
        MockServe serve = new MockServe(mocks, protocol);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!serve.handle(line.strip())) {
                    break;
                }
            }
        } finally {
            serve.close();
        }
    }

    /** Answers one command; false when the program should exit. */
    private boolean handle(String line) {
        String[] words = line.split("\\s+", 2);
        String argument = words.length > 1 ? words[1].strip() : "";
        try {
            switch (words[0]) {
                case "start" -> protocol.println(start(argument));
                case "otp" -> protocol.println(waitFor("an OTP sent to " + argument,
                        p -> p.sms().latestOtp(requireArgument(argument, "otp PHONE"))));
                case "code" -> protocol.println(waitFor("the code the VNeID app shows for " + argument,
                        p -> p.vneidApp().codeShownFor(requireArgument(argument, "code CCCD"))));
                case "stop" -> {
                    close();
                    protocol.println("stopped");
                }
                case "quit" -> {
                    return false;
                }
                default -> protocol.println("ERROR unknown command");
            }
        } catch (RuntimeException | IOException e) {
            System.err.println("[MockServe] " + line + ": " + e);
            protocol.println("ERROR " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip());
        }
        return true;
    }

    private String start(String argument) throws IOException {
        if (portals != null) {
            throw new IllegalStateException("mock portals already started (port " + portals.port() + "): stop first");
        }
        MockOptions options = MockOptions.defaults(mocks);
        if (!argument.isEmpty()) {
            int port;
            try {
                port = Integer.parseInt(argument);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("start PORT: not a port number: " + argument);
            }
            options = options.withPort(port);
        }
        long t0 = System.nanoTime();
        MockPortals started = MockPortals.start(options);
        long mockStartMs = (System.nanoTime() - t0) / 1_000_000;
        portals = started;
        System.err.println("[MockServe] mock portals on port " + started.port() + " in " + mockStartMs + " ms");

        Citizen citizen = CitizenDirectory.load(mocks.resolve("data").resolve("citizens.json")).byName(BareJourney.CITIZEN);
        Citizen.VnconnectAccount vnconnect = citizen.vnconnectAccount().orElseThrow(
                () -> new IllegalStateException(BareJourney.CITIZEN + " has no VNconnect account in the test data"));
        Map<String, String> baseUrls = new LinkedHashMap<>();
        started.hosts().forEach(host -> baseUrls.put(host, started.baseUrl(host)));
        Map<String, Object> citizenData = new LinkedHashMap<>();
        citizenData.put("vnconnectUser", vnconnect.username());
        citizenData.put("vnconnectPassword", vnconnect.password());
        citizenData.put("cccd", citizen.cccd());
        citizenData.put("vneidPassword", citizen.vneid().password());
        citizenData.put("phone", citizen.phone());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("mockStartMs", mockStartMs);
        answer.put("port", started.port());
        answer.put("hostResolverRules", started.hostResolverRules());
        answer.put("spki", started.browserTrustSpkiList());
        answer.put("flags", Browser.FLAGS);
        answer.put("baseUrls", baseUrls);
        answer.put("citizen", citizenData);
        return json.writeValueAsString(answer); // one line: no pretty printing
    }

    private String waitFor(String what, Function<MockPortals, Optional<String>> value) {
        if (portals == null) {
            throw new IllegalStateException("no mock portals: start first");
        }
        try {
            return new FluentWait<>(portals).withTimeout(WAIT).pollingEvery(POLL)
                    .until(p -> value.apply(p).orElse(null));
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out after " + WAIT.toSeconds() + " s waiting for " + what);
        }
    }

    private static String requireArgument(String argument, String usage) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        return argument;
    }

    private void close() {
        if (portals != null) {
            portals.close();
            portals = null;
        }
    }
}
