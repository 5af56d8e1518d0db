package vn.vneidlink.drift;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
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
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A Cucumber plugin that puts together the drift report of a run: every drift scenario attaches its part ({@code drift.md}
 * and {@code drift.csv}, through {@code Scenario.attach}, so that the Allure report has it too); when the run ends this
 * writes {@code target/drift/drift.md} (what to fix first, then a table per page) and {@code drift.csv} (page ×
 * locator), and prints one line: {@code Báo cáo thay đổi giao diện / drift report: …}. A run without a drift scenario
 * writes nothing; the previous run's files are removed when a run starts, so they are never taken for this run's.
 */
public final class DriftReport implements ConcurrentEventListener {

    /** The names of a drift scenario's attachments that this plugin reads. */
    public static final String MARKDOWN = "drift.md";
    public static final String CSV = "drift.csv";

    private final Path out;
    /** Each scenario's parts, in the order of the features (file, then line). */
    private final Map<String, Part> parts = new TreeMap<>();

    private static final class Part {
        String markdown = "";
        String csv = "";
    }

    public DriftReport() {
        this(Path.of("target", "drift"));
    }

    public DriftReport(String out) {
        this(Path.of(out));
    }

    private DriftReport(Path out) {
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> start());
        publisher.registerHandlerFor(EmbedEvent.class, this::attached);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private synchronized void start() {
        parts.clear();
        try {
            Files.deleteIfExists(out.resolve(MARKDOWN));
            Files.deleteIfExists(out.resolve(CSV));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void attached(EmbedEvent event) {
        boolean markdown = MARKDOWN.equals(event.getName());
        if (!markdown && !CSV.equals(event.getName())) {
            return;
        }
        TestCase testCase = event.getTestCase();
        String key = testCase.getUri() + "\t" + String.format("%08d", testCase.getLocation().getLine()) + "\t" + testCase.getId();
        Part part = parts.computeIfAbsent(key, k -> new Part());
        String text = new String(event.getData(), StandardCharsets.UTF_8);
        if (markdown) {
            part.markdown = text;
        } else {
            part.csv = text;
        }
    }

    private synchronized void write() {
        if (parts.isEmpty()) {
            return;
        }
        List<DriftRow> rows = new ArrayList<>();
        StringBuilder pages = new StringBuilder();
        parts.values().forEach(part -> {
            rows.addAll(DriftRow.parseCsv(part.csv));
            pages.append(part.markdown);
        });
        String summary = summary(rows);
        StringBuilder md = new StringBuilder("# Báo cáo thay đổi giao diện / drift report\n\n").append(summary).append("\n\n");
        md.append("## Cần sửa / to fix\n\n");
        List<String> toFix = toFix(rows);
        if (toFix.isEmpty()) {
            md.append("Không thiếu gì bộ kiểm thử cần / nothing the suite needs is missing.\n\n");
        }
        toFix.forEach(change -> md.append("- ").append(change.replace("|", "\\|")).append('\n'));
        md.append(toFix.isEmpty() ? "" : "\n").append("## Từng trang / page by page\n\n").append(pages);
        md.append("Trạng thái / status: `có` found · `KHÔNG CÓ` missing · `có N lần` found N times · `không có (không bắt buộc)`"
                + " absent, not needed here · `không truy cập được` unreachable · `không tới được` not reached\n");
        StringBuilder csv = new StringBuilder(DriftRow.HEADER).append('\n');
        rows.forEach(row -> csv.append(row.csv()).append('\n'));
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve(MARKDOWN), md, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(CSV), csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Báo cáo thay đổi giao diện / drift report: " + summary + " — " + out.resolve(MARKDOWN) + ", " + out.resolve(CSV));
    }

    /** "14 trang, 52 locator và nhãn: 50 có, 2 KHÔNG CÓ; 1 trang không truy cập được". */
    static String summary(List<DriftRow> rows) {
        long pages = rows.stream().map(DriftRow::page).distinct().count();
        Map<String, Long> elements = new LinkedHashMap<>();
        Map<String, Long> whole = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(DriftReport::rank)).forEach(row -> (row.locatorName().equals(DriftRow.PAGE)
                ? whole : elements).merge(row.status(), 1L, Long::sum));
        long checked = elements.values().stream().mapToLong(Long::longValue).sum();
        String text = pages + " trang, " + checked + " locator và nhãn"
                + (elements.isEmpty() ? "" : ": " + elements.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")));
        if (!whole.isEmpty()) {
            text += "; " + whole.entrySet().stream().map(e -> e.getValue() + " trang " + e.getKey()).collect(Collectors.joining(", "));
        }
        return text;
    }

    /** Found first, then found more than once, not needed, missing. */
    private static int rank(DriftRow row) {
        String status = row.status();
        return status.equals(DriftRow.FOUND) ? 0 : status.startsWith(DriftRow.FOUND + " ") ? 1 : status.equals(DriftRow.NOT_NEEDED) ? 2 : 3;
    }

    /**
     * Every failing row, one line per change: the same element missing in the same way on several pages (the national
     * SSO's choice page reached from each provincial system, every system of one platform) is one line naming its pages.
     */
    static List<String> toFix(List<DriftRow> rows) {
        Map<String, List<DriftRow>> changes = new LinkedHashMap<>();
        rows.stream().filter(DriftRow::failing).forEach(row -> changes.computeIfAbsent(String.join("\t", row.locatorName(),
                row.locatorName().equals(DriftRow.PAGE) ? "" : row.locator(), row.status(), row.candidate(), row.excerpt()),
                k -> new ArrayList<>()).add(row));
        return changes.values().stream().map(DriftReport::describe).toList();
    }

    /** One change in a sentence: what is missing and its closest candidate, then on which page or pages. */
    private static String describe(List<DriftRow> same) {
        DriftRow row = same.get(0);
        String pages = same.stream().map(DriftRow::page).collect(Collectors.joining("; "));
        if (row.locatorName().equals(DriftRow.PAGE)) {
            return (same.size() == 1 ? pages : same.size() + " trang (" + pages + ")") + ": " + row.status()
                    + (same.size() == 1 && !row.locator().isEmpty() ? " (" + row.locator() + ")" : "") + " — " + row.excerpt();
        }
        return row.locatorName() + " [" + row.locator() + "] " + row.status()
                + (row.candidate().isEmpty() ? "; không thấy ứng viên nào" : "; ứng viên gần nhất: " + row.candidate() + " — " + row.excerpt())
                + (same.size() == 1 ? " — trên trang " + pages : " — trên " + same.size() + " trang: " + pages);
    }
}
