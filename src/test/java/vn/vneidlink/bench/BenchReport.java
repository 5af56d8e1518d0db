package vn.vneidlink.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the files a run leaves behind, for {@code scripts/benchmark.sh}. Not a test. Subcommands:
 * <ul>
 * <li>{@code junit <cucumber junit.xml>}: {@code key=value} lines: the run's own time, counts, sum and
 * maximum of the scenario times, and the time of the full-journey scenario;</li>
 * <li>{@code allure <allure-results dir>}: {@code key=value} lines: scenarios seen, the most that ran at the
 * same time (proves the thread count took effect), the full-journey scenario's time and its span from the
 * start of its third step to the end of its last (the journey after the first page: no start-up);</li>
 * <li>{@code steps <bare output> <markdown out> <allure-results dir>...}: the per-step table
 * (median ms under the suite, median ms of the bare program).</li>
 * </ul>
 */
public final class BenchReport {

    static final String JOURNEY = "Công dân chưa đồng bộ đi trọn Bước 1 và Bước 2 rồi dùng VNeID ở cổng tỉnh";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchReport() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        switch (args[0]) {
            case "junit" -> junit(Path.of(args[1]), out);
            case "allure" -> allure(Path.of(args[1]), out);
            case "steps" -> steps(Path.of(args[1]), Path.of(args[2]), List.of(args).subList(3, args.length).stream().map(Path::of).toList(), out);
            default -> throw new IllegalArgumentException("unknown subcommand " + args[0]);
        }
    }

    static void junit(Path file, PrintStream out) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = doc.getDocumentElement();
        out.println("suite-seconds=" + suite.getAttribute("time"));
        for (String key : List.of("tests", "failures", "errors", "skipped")) {
            out.println(key + "=" + suite.getAttribute(key));
        }
        NodeList cases = doc.getElementsByTagName("testcase");
        double sum = 0;
        double max = 0;
        String maxName = "";
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            double time = Double.parseDouble(testcase.getAttribute("time"));
            sum += time;
            if (time > max) {
                max = time;
                maxName = testcase.getAttribute("name");
            }
            if (testcase.getAttribute("name").equals(JOURNEY)) {
                out.println("journey-seconds=" + testcase.getAttribute("time"));
            }
        }
        out.printf(Locale.ROOT, "sum-seconds=%.3f%n", sum);
        out.printf(Locale.ROOT, "max-seconds=%.3f%n", max);
        out.println("max-name=" + maxName);
    }

    static void allure(Path dir, PrintStream out) throws IOException {
        List<JsonNode> results = results(dir);
        List<long[]> spans = new ArrayList<>();
        for (JsonNode result : results) {
            spans.add(new long[] {result.path("start").asLong(), result.path("stop").asLong()});
        }
        int maxConcurrent = 0;
        for (long[] span : spans) {
            int at = 0;
            for (long[] other : spans) {
                if (other[0] <= span[0] && span[0] < other[1]) {
                    at++;
                }
            }
            maxConcurrent = Math.max(maxConcurrent, at);
        }
        out.println("scenarios=" + results.size());
        out.println("max-concurrent=" + maxConcurrent);
        for (JsonNode result : results) {
            if (result.path("name").asText().equals(JOURNEY)) {
                JsonNode steps = result.path("steps");
                out.println("journey-ms=" + (result.path("stop").asLong() - result.path("start").asLong()));
                if (steps.size() >= 3) {
                    out.println("journey-after-first-page-ms="
                            + (steps.get(steps.size() - 1).path("stop").asLong() - steps.get(2).path("start").asLong()));
                }
            }
        }
    }

    static void steps(Path bareOutput, Path markdown, List<Path> allureDirs, PrintStream out) throws IOException {
        List<List<Long>> suite = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path dir : allureDirs) {
            for (JsonNode result : results(dir)) {
                if (!result.path("name").asText().equals(JOURNEY)) {
                    continue;
                }
                JsonNode steps = result.path("steps");
                for (int i = 0; i < steps.size(); i++) {
                    if (suite.size() <= i) {
                        suite.add(new ArrayList<>());
                        names.add(steps.get(i).path("name").asText());
                    }
                    suite.get(i).add(steps.get(i).path("stop").asLong() - steps.get(i).path("start").asLong());
                }
            }
        }
        List<Long> bare = new ArrayList<>();
        List<String> bareNames = new ArrayList<>();
        for (String line : Files.readAllLines(bareOutput, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length == 4 && fields[0].equals("step")) {
                bare.add(Long.parseLong(fields[2]));
                bareNames.add(fields[3]);
            }
        }
        StringBuilder table = new StringBuilder();
        table.append("| # | bước (step) | suite, ms (median of ").append(suite.isEmpty() ? 0 : suite.get(0).size())
                .append(") | bare WebDriver, ms | suite − bare, ms |\n|---:|---|---:|---:|---:|\n");
        long suiteTotal = 0;
        long bareTotal = 0;
        int rows = Math.max(names.size(), bare.size());
        for (int i = 0; i < rows; i++) {
            Long s = i < suite.size() ? median(suite.get(i)) : null;
            Long b = i < bare.size() ? bare.get(i) : null;
            String name = i < names.size() ? names.get(i) : bareNames.get(i);
            if (i < names.size() && i < bareNames.size() && !names.get(i).equals(bareNames.get(i))) {
                name += " ⚠ bare: «" + bareNames.get(i) + "»";
            }
            suiteTotal += s == null ? 0 : s;
            bareTotal += b == null ? 0 : b;
            table.append("| ").append(i + 1).append(" | ").append(name.replace("|", "\\|")).append(" | ")
                    .append(s == null ? "–" : s).append(" | ").append(b == null ? "–" : b).append(" | ")
                    .append(s == null || b == null ? "–" : String.valueOf(s - b)).append(" |\n");
        }
        table.append("| | **sum of steps** | **").append(suiteTotal).append("** | **").append(bareTotal).append("** | **")
                .append(suiteTotal - bareTotal).append("** |\n");
        Files.writeString(markdown, table.toString(), StandardCharsets.UTF_8);
        out.println("suite-step-sum-ms=" + suiteTotal);
        out.println("bare-step-sum-ms=" + bareTotal);
    }

    private static List<JsonNode> results(Path dir) throws IOException {
        List<JsonNode> results = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return results;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                results.add(JSON.readTree(file.toFile()));
            }
        }
        return results;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
