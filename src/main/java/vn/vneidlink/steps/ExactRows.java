package vn.vneidlink.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Compares what a page shows about the citizen (a list, the rows of a form) with the citizen's data, whole: every
 * expected row exactly once, no other row, every known cell equal, the columns the data knows and no other. It says
 * precisely what differs, in words a QA engineer can act on: «thiếu» (missing), «thừa (không phải của công dân)»
 * (someone else's data shown), «trùng N lần» (duplicated), «sai giá trị: … cần …, trang hiện …» (wrong value), and
 * the columns the page lacks or adds. A presence check ("the list contains his account") cannot tell these apart; a
 * list of another citizen's rows beside his passes it.
 */
public final class ExactRows {

    /** What one cell must hold: a whole value, or, where the data cannot know the value, a described condition. */
    public record Expected(String description, Predicate<String> accepts) {

        /** Exactly this text. */
        public static Expected exactly(String value) {
            return new Expected("«" + value + "»", value::equals);
        }

        /** A text this condition accepts, described for the failure message ("một ngày dd/MM/yyyy không sau …"). */
        public static Expected matching(String description, Predicate<String> accepts) {
            return new Expected(description, accepts);
        }
    }

    /**
     * An expected row: the value of its key column (a user name, a dossier code, a field's label) and what its other
     * cells must hold. A column this row does not name is not compared (the data does not know it), but the column
     * itself must still be one of the table's known columns.
     */
    public record Row(String key, Map<String, Expected> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }

    private final List<String> missing = new ArrayList<>();
    private final Map<String, Integer> duplicated = new LinkedHashMap<>();
    private final List<String> extra = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private final UnaryOperator<String> mask;

    private ExactRows(UnaryOperator<String> mask) {
        this.mask = mask;
    }

    /**
     * @param keyColumn the column whose value names a row (the rows shown are matched to the expected ones by it)
     * @param expected  the citizen's rows, each once
     * @param shown     the rows the page shows, as column → cell text, in page order
     * @param mask      applied to every value a message quotes (the redactor's, against real portals)
     */
    public static ExactRows compare(String keyColumn, List<Row> expected, List<Map<String, String>> shown, UnaryOperator<String> mask) {
        ExactRows result = new ExactRows(mask);
        Map<String, List<Map<String, String>>> byKey = new LinkedHashMap<>();
        for (Map<String, String> row : shown) {
            byKey.computeIfAbsent(row.getOrDefault(keyColumn, ""), k -> new ArrayList<>()).add(row);
        }
        Set<String> expectedKeys = new LinkedHashSet<>();
        for (Row row : expected) {
            expectedKeys.add(row.key());
            List<Map<String, String>> occurrences = byKey.getOrDefault(row.key(), List.of());
            if (occurrences.isEmpty()) {
                result.missing.add(row.key());
                continue;
            }
            if (occurrences.size() > 1) {
                result.duplicated.put(row.key(), occurrences.size());
            }
            Set<String> wrongHere = new LinkedHashSet<>();
            for (Map<String, String> occurrence : occurrences) {
                row.cells().forEach((column, cell) -> {
                    String value = occurrence.get(column);
                    if (value == null || !cell.accepts().test(value)) {
                        String where = row.cells().size() == 1 ? "«" + row.key() + "»" : "«" + row.key() + "», «" + column + "»";
                        wrongHere.add("sai giá trị: " + where + " cần " + cell.description() + ", trang hiện "
                                + (value == null ? "(không có ô này)" : "«" + value + "»"));
                    }
                });
            }
            result.wrong.addAll(wrongHere);
        }
        byKey.forEach((key, rows) -> {
            if (!expectedKeys.contains(key)) {
                String others = rows.get(0).entrySet().stream().filter(e -> !e.getKey().equals(keyColumn))
                        .map(e -> e.getKey() + " «" + e.getValue() + "»").collect(Collectors.joining(", "));
                result.extra.add("«" + key + "»" + (others.isEmpty() ? "" : " (" + others + ")") + (rows.size() > 1 ? " × " + rows.size() : ""));
            }
        });
        return result;
    }

    /**
     * Also compares the table's column headings with the columns the data knows: a known column the page lacks, or a
     * column it shows that nothing here can vouch for. Not compared when the page shows no table at all (its rows are
     * then all missing, which says it).
     */
    public ExactRows withColumns(List<String> expected, List<String> shown) {
        if (shown.isEmpty()) {
            return this;
        }
        expected.stream().filter(c -> !shown.contains(c)).forEach(c -> columns.add("thiếu cột «" + c + "»"));
        shown.stream().filter(c -> !expected.contains(c)).distinct()
                .forEach(c -> columns.add("cột lạ «" + c + "» (không có trong dữ liệu của công dân để so sánh)"));
        if (shown.size() != shown.stream().distinct().count()) {
            columns.add("tên cột lặp lại: " + shown);
        }
        return this;
    }

    /** Whether the page shows exactly the citizen's rows, with the right values and columns. */
    public boolean exact() {
        return missing.isEmpty() && duplicated.isEmpty() && extra.isEmpty() && wrong.isEmpty() && columns.isEmpty();
    }

    /** Keys of the expected rows the page does not show. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    /** Keys of the expected rows the page shows more than once, with how many times. */
    public Map<String, Integer> duplicated() {
        return java.util.Collections.unmodifiableMap(duplicated);
    }

    /** The rows the page shows that are not the citizen's (described). */
    public List<String> extra() {
        return List.copyOf(extra);
    }

    /** The wrong values (described). */
    public List<String> wrong() {
        return List.copyOf(wrong);
    }

    /** Every difference, one line each, values masked. */
    public List<String> problems() {
        List<String> lines = new ArrayList<>();
        if (!missing.isEmpty()) {
            lines.add("thiếu: " + missing.stream().map(k -> "«" + k + "»").collect(Collectors.joining(", ")));
        }
        extra.forEach(e -> lines.add("thừa (không phải của công dân): " + e));
        duplicated.forEach((key, times) -> lines.add("trùng " + times + " lần: «" + key + "»"));
        lines.addAll(wrong);
        lines.addAll(columns);
        return lines.stream().map(mask).toList();
    }

    /** Every difference as an indented list for a failure message. */
    public String report() {
        return problems().stream().map(line -> "\n  - " + line).collect(Collectors.joining());
    }
}
