package vn.vneidlink.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Allure results of this JVM: where Allure writes them, and those of scenarios started since a moment. */
public final class AllureResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One {@code *-result.json}: one run of one scenario. */
    public record Result(Path file, ObjectNode json) {
        public String name() {
            return json.path("name").asText();
        }

        public String status() {
            return json.path("status").asText();
        }

        public boolean flaky() {
            return json.path("statusDetails").path("flaky").asBoolean();
        }

        void write() {
            try {
                JSON.writeValue(file.toFile(), json);
            } catch (IOException e) {
                throw new UncheckedIOException("không ghi được " + file.toAbsolutePath(), e);
            }
        }
    }

    private AllureResults() {
    }

    /** {@code allure.results.directory} as Allure reads it (a system property set by the pom wins over allure.properties). */
    public static Path directory() {
        return Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
    }

    /**
     * The results in {@code folder} of scenarios that started at {@code since} or later, by the
     * start time Allure recorded (file times are too coarse to tell one test's run from the last).
     */
    public static List<Result> startedSince(Path folder, Instant since) {
        List<Result> read = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return read;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                JsonNode json = JSON.readTree(file.toFile());
                if (json instanceof ObjectNode object && json.path("start").asLong() >= since.toEpochMilli()) {
                    read.add(new Result(file, object));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("không đọc được kết quả Allure trong " + folder.toAbsolutePath(), e);
        }
        return read;
    }
}
