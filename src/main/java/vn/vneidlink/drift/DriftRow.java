package vn.vneidlink.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One row of the drift report: a locator or label of a page object on one page, and what the page showed of it; or a
 * page that could not be checked ({@code locatorName} {@value #PAGE}: unreachable, or not reached).
 *
 * @param page        the page, with its host (and where it was reached from)
 * @param locatorName what the page object calls it ("nút «Đăng nhập»")
 * @param locator     the page object's locator ({@code By.…}), the label's wordings, or the page's address
 * @param status      {@link #FOUND}, {@link #MISSING}, {@code có N lần}, {@link #NOT_NEEDED}, {@link #UNREACHABLE}, {@link #NOT_REACHED}
 * @param candidate   for a missing one: a locator that finds its closest candidate; else empty
 * @param excerpt     the start of the element found (or of the candidate), or why a page was not checked
 */
public record DriftRow(String page, String locatorName, String locator, String status, String candidate, String excerpt) {

    public static final String FOUND = "có";
    public static final String MISSING = "KHÔNG CÓ";
    public static final String NOT_NEEDED = "không có (không bắt buộc)";
    public static final String UNREACHABLE = "không truy cập được";
    public static final String NOT_REACHED = "không tới được";
    /** The locator name of a row about a whole page. */
    public static final String PAGE = "(trang)";
    public static final String HEADER = "page,locator_name,locator,status,candidate,excerpt";

    /** What keeps the verdict red: something the suite needs is not there, or could not be looked at. */
    private static final Set<String> FAILING = Set.of(MISSING, UNREACHABLE, NOT_REACHED);

    /** An element found more than once where the page object expects one. */
    public static String foundTimes(int times) {
        return "có " + times + " lần";
    }

    public boolean failing() {
        return FAILING.contains(status);
    }

    /** The row in {@code drift.csv}: every field quoted. */
    public String csv() {
        return String.join(",", quote(page), quote(locatorName), quote(locator), quote(status), quote(candidate), quote(excerpt));
    }

    /** The rows of a {@code drift.csv} text (its header skipped). */
    public static List<DriftRow> parseCsv(String csv) {
        List<DriftRow> rows = new ArrayList<>();
        for (List<String> fields : records(csv)) {
            if (fields.size() == 6 && !String.join(",", fields).equals(HEADER)) {
                rows.add(new DriftRow(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4), fields.get(5)));
            }
        }
        return rows;
    }

    private static String quote(String field) {
        return "\"" + (field == null ? "" : field).replace("\"", "\"\"") + "\"";
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
