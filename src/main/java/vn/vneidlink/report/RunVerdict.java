package vn.vneidlink.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a run of the scenarios did, counted by {@link RunSummary}: how many were selected, passed,
 * failed, and which were skipped and why. A green run must mean that something was checked: a
 * filter that selects nothing, or a run in which every selected scenario was skipped (not
 * applicable to the target, the era, the settings), proves nothing and is refused by
 * {@link #failure}. Some scenarios passed and others not applicable is a passing run; the
 * skipped ones are counted and listed.
 *
 * <p>Kept in two files of one folder ({@code target/vneidlink/}): {@code run-summary.properties}
 * (the counts, read by the suite after the run and by {@code .ci/run}) and
 * {@code skipped-scenarios.md} (the list for people).
 */
public record RunVerdict(int selected, int passed, int failed, List<Skipped> skipped) {

    /** A scenario that did not run to the end, with the reason it gave; {@code notApplicable} for {@code NotApplicable} skips. */
    public record Skipped(String scenario, String reason, boolean notApplicable) {}

    private static final String COUNTS = "run-summary.properties";
    private static final String LIST = "skipped-scenarios.md";

    public RunVerdict {
        skipped = List.copyOf(skipped);
    }

    public long notApplicable() {
        return skipped.stream().filter(Skipped::notApplicable).count();
    }

    /**
     * Why this run must not count as green, if it must not: nothing selected, or nothing that ran.
     *
     * @param filters the scenario filters of the run as {@code key=value} pairs ({@code cucumber.filter.tags=@x}),
     *                empty when none was set
     */
    public Optional<String> failure(String filters) {
        if (selected == 0) {
            if (filters.isBlank()) {
                return Optional.of("Không có kịch bản nào được chọn (không có bộ lọc nào: thư mục features/ trống?); "
                        + "một lần chạy không kiểm tra gì không được coi là đạt. / No scenario was selected (no filter set): "
                        + "a run that checks nothing is not a pass.");
            }
            return Optional.of("Không có kịch bản nào khớp bộ lọc " + filters + "; một lần chạy không kiểm tra gì không được coi là đạt. "
                    + "Kiểm tra lại thẻ hoặc tên (README, «Chạy một phần»). / No scenario matches the filter " + filters
                    + ": a run that checks nothing is not a pass; check the tag or name.");
        }
        if (passed + failed == 0) {
            StringBuilder text = new StringBuilder("Không kịch bản nào chạy: cả ").append(selected).append(" kịch bản được chọn")
                    .append(filters.isBlank() ? "" : " (" + filters + ")")
                    .append(" đều bị bỏ qua, nên lần chạy không kiểm tra gì. / Nothing ran: all ").append(selected)
                    .append(" selected scenarios were skipped (").append(notApplicable()).append(" not applicable):");
            skipped.forEach(s -> text.append("\n  - ").append(s.scenario()).append(": ").append(s.reason()));
            return Optional.of(text.toString());
        }
        return Optional.empty();
    }

    /** "14 của 32 kịch bản không áp dụng …": the count line printed and written above the list. */
    public String skippedHeadline() {
        long other = skipped.size() - notApplicable();
        return notApplicable() + " của " + selected + " kịch bản không áp dụng" + (other > 0 ? ", " + other + " bị bỏ qua vì lý do khác" : "")
                + " / " + notApplicable() + " of " + selected + " scenarios not applicable" + (other > 0 ? ", " + other + " skipped otherwise" : "");
    }

    /** Writes both files into the folder. */
    public void write(Path folder) {
        StringBuilder list = new StringBuilder("# Kịch bản bị bỏ qua / skipped scenarios\n\n")
                .append("Đã chọn / selected: ").append(selected).append(", đạt / passed: ").append(passed)
                .append(", thất bại / failed: ").append(failed).append(", bỏ qua / skipped: ").append(skipped.size())
                .append(" (").append(skippedHeadline()).append(").\n\n");
        if (skipped.isEmpty()) {
            list.append("Không có kịch bản nào bị bỏ qua.\n");
        } else {
            list.append("| kịch bản | lý do |\n|---|---|\n");
            skipped.forEach(s -> list.append("| ").append(s.scenario()).append(" | ")
                    .append(s.reason().replace("|", "\\|").replace("\n", " ")).append(" |\n"));
        }
        Properties counts = new Properties();
        counts.setProperty("selected", Integer.toString(selected));
        counts.setProperty("passed", Integer.toString(passed));
        counts.setProperty("failed", Integer.toString(failed));
        counts.setProperty("not-applicable", Long.toString(notApplicable()));
        counts.setProperty("skipped", Integer.toString(skipped.size()));
        for (int i = 0; i < skipped.size(); i++) {
            Skipped s = skipped.get(i);
            counts.setProperty("skipped." + (i + 1) + ".scenario", s.scenario());
            counts.setProperty("skipped." + (i + 1) + ".reason", s.reason());
            counts.setProperty("skipped." + (i + 1) + ".not-applicable", Boolean.toString(s.notApplicable()));
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(LIST), list, StandardCharsets.UTF_8);
            try (Writer writer = Files.newBufferedWriter(folder.resolve(COUNTS), StandardCharsets.UTF_8)) {
                counts.store(writer, "vneid-link-verify: what the last run of the scenarios did (RunSummary)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được tóm tắt lần chạy vào " + folder, e);
        }
    }

    /** The counts of the last run written into the folder; empty when no run wrote them (or they were forgotten since). */
    public static Optional<RunVerdict> read(Path folder) {
        Path file = folder.resolve(COUNTS);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties counts = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            counts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được " + file, e);
        }
        List<Skipped> skipped = new ArrayList<>();
        int n = Integer.parseInt(counts.getProperty("skipped", "0"));
        for (int i = 1; i <= n; i++) {
            skipped.add(new Skipped(counts.getProperty("skipped." + i + ".scenario"), counts.getProperty("skipped." + i + ".reason"),
                    Boolean.parseBoolean(counts.getProperty("skipped." + i + ".not-applicable"))));
        }
        return Optional.of(new RunVerdict(Integer.parseInt(counts.getProperty("selected")), Integer.parseInt(counts.getProperty("passed")),
                Integer.parseInt(counts.getProperty("failed")), skipped));
    }

    /** Removes what an earlier run wrote into the folder, so that a run that ends early is never judged by an older one. */
    public static void forget(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(COUNTS));
            Files.deleteIfExists(folder.resolve(LIST));
        } catch (IOException e) {
            throw new UncheckedIOException("Không xoá được tóm tắt lần chạy trước trong " + folder, e);
        }
    }

    /** The file of the list, for messages. */
    public static Path skippedList(Path folder) {
        return folder.resolve(LIST);
    }

    /** The file of the counts, for messages. */
    public static Path countsFile(Path folder) {
        return folder.resolve(COUNTS);
    }
}
