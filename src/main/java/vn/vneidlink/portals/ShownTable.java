package vn.vneidlink.portals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A table as the page shows it: its column headings and, for every row a citizen can see, the text of each cell. Read
 * whole, in one script (a cell at a time through WebDriver costs a round trip a cell), so that a check can compare
 * the whole table with the citizen's data: a row or a column it does not expect is seen too.
 *
 * @param headings the words of the header cells ({@code thead th}, whatever case a stylesheet shows them in), in page order
 * @param rows     the texts of the cells of each visible body row, in page order
 */
public record ShownTable(List<String> headings, List<List<String>> rows) {

    public ShownTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** No table on the page. */
    public static ShownTable none() {
        return new ShownTable(List.of(), List.of());
    }

    /** Reads this table element of the page. */
    public static ShownTable read(WebDriver driver, WebElement table) {
        Object result = ((JavascriptExecutor) driver).executeScript(READ, table);
        List<String> headings = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        if (result instanceof List<?> parts && parts.size() == 2) {
            ((List<?>) parts.get(0)).forEach(h -> headings.add(String.valueOf(h)));
            for (Object row : (List<?>) parts.get(1)) {
                rows.add(((List<?>) row).stream().map(String::valueOf).toList());
            }
        }
        return new ShownTable(headings, rows);
    }

    /**
     * Each row as column heading → cell text. A cell beyond the headings is named "cột N" (N from 1), so that it is
     * never silently dropped; a heading without a cell in a row is absent from that row.
     */
    public List<Map<String, String>> rowsByHeading() {
        List<Map<String, String>> byHeading = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                cells.put(i < headings.size() ? headings.get(i) : "cột " + (i + 1), row.get(i));
            }
            byHeading.add(cells);
        }
        return byHeading;
    }

    private static final String READ = """
            const table = arguments[0];
            const visible = el => el.checkVisibility({opacityProperty: true, visibilityProperty: true});
            const text = el => (el.innerText || '').trim();
            // headings by their words (a stylesheet may set them in capitals); cells as the citizen sees them
            const words = el => (el.textContent || '').replace(/\s+/g, ' ').trim();
            const headings = Array.from(table.querySelectorAll('thead th')).map(words);
            const rows = Array.from(table.querySelectorAll('tbody tr')).filter(visible)
              .map(tr => Array.from(tr.children).filter(c => c.matches('td, th')).map(text));
            return [headings, rows];
            """;
}
