package vn.vneidlink.readiness;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Cucumber plugin that turns the readiness findings of a run into one table, portal by check
 * (pass, fail, detail, time), as {@code target/readiness/readiness.md} and {@code readiness.csv}.
 */
public final class ReadinessTable implements ConcurrentEventListener {

    private final Path out;

    public ReadinessTable() {
        this(Path.of("target", "readiness"));
    }

    public ReadinessTable(String out) {
        this(Path.of(out));
    }

    private ReadinessTable(Path out) {
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> clearRows());
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private void clearRows() {
        if (!Files.isDirectory(ReadinessFindings.ROWS)) {
            return;
        }
        try (Stream<Path> files = Files.list(ReadinessFindings.ROWS)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every rows file of the run; empty when no readiness scenario ran. */
    public static List<Finding> findingsOfTheRun() {
        if (!Files.isDirectory(ReadinessFindings.ROWS)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.list(ReadinessFindings.ROWS)) {
            for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(Finding::fromRow).forEach(findings::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    private void write() {
        List<Finding> findings = findingsOfTheRun();
        if (findings.isEmpty()) {
            return;
        }
        Map<String, Map<Check, Finding>> table = new LinkedHashMap<>();
        findings.stream()
                .sorted(Comparator.comparing((Finding f) -> rank(f.portal())).thenComparing(Finding::portal))
                .forEach(f -> table.computeIfAbsent(f.portal() + "\t" + f.host(), k -> new LinkedHashMap<>()).put(f.check(), f));
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("readiness.md"), markdown(table), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("readiness.csv"), csv(table), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Bảng sẵn sàng / readiness table: " + headline(table) + " — " + out.resolve("readiness.md") + ", "
                + out.resolve("readiness.csv"));
    }

    /** The national portal, its SSO and the VNeID SSO first, then the provinces by name. */
    private static int rank(String portal) {
        int index = List.of(ReadinessProbe.NATIONAL, ReadinessProbe.NATIONAL_SSO, ReadinessProbe.VNEID_SSO).indexOf(portal);
        return index < 0 ? 3 : index;
    }

    private static String markdown(Map<String, Map<Check, Finding>> table) {
        StringBuilder md = new StringBuilder("# Sẵn sàng cho VNeID / VNeID readiness\n\n" + headline(table) + "\n\n| cổng | địa chỉ |");
        for (Check check : Check.values()) {
            md.append(' ').append(check.label()).append(" |");
        }
        md.append("\n|---|---|").append("---|".repeat(Check.values().length)).append('\n');
        table.forEach((key, row) -> {
            String[] portal = key.split("\t");
            md.append("| ").append(portal[0]).append(" | ").append(portal[1]).append(" |");
            for (Check check : Check.values()) {
                Finding f = row.get(check);
                md.append(' ').append(f == null ? "–" : cell(f)).append(" |");
            }
            md.append('\n');
        });
        md.append('\n');
        for (Finding.Verdict verdict : Finding.Verdict.values()) {
            md.append(verdict.mark()).append(' ').append(verdict.label()).append(" · ");
        }
        return md.append("– chưa tới bước này / not reached\n").toString();
    }

    /** How many portals got each headline verdict, e.g. "34 cổng: 20 sẵn sàng (✅), 4 không đạt (❌), …". */
    static String headline(Map<String, Map<Check, Finding>> table) {
        Map<Finding.Verdict, Integer> counts = new java.util.EnumMap<>(Finding.Verdict.class);
        table.values().forEach(row -> {
            Finding summary = row.get(Check.SUMMARY);
            if (summary != null) {
                counts.merge(summary.verdict(), 1, Integer::sum);
            }
        });
        List<String> parts = new ArrayList<>();
        counts.forEach((verdict, n) -> parts.add(n + " " + (verdict == Finding.Verdict.PASS ? "sẵn sàng" : verdict.label()) + " " + verdict.mark()));
        return table.size() + " cổng: " + String.join(", ", parts);
    }

    private static String cell(Finding f) {
        String mark = f.verdict().mark();
        String time = f.millis() >= 0 ? " (" + f.millis() + " ms)" : "";
        return (mark + " " + f.detail() + time).replace("|", "\\|");
    }

    private static String csv(Map<String, Map<Check, Finding>> table) {
        StringBuilder csv = new StringBuilder("portal,host");
        for (Check check : Check.values()) {
            csv.append(',').append(check.name()).append(',').append(check.name()).append("_detail,").append(check.name()).append("_ms");
        }
        csv.append('\n');
        table.forEach((key, row) -> {
            String[] portal = key.split("\t");
            csv.append(quote(portal[0])).append(',').append(quote(portal[1]));
            for (Check check : Check.values()) {
                Finding f = row.get(check);
                csv.append(',').append(f == null ? "" : f.verdict().name())
                        .append(',').append(f == null ? "" : quote(f.detail()))
                        .append(',').append(f == null || f.millis() < 0 ? "" : Long.toString(f.millis()));
            }
            csv.append('\n');
        });
        return csv.toString();
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
