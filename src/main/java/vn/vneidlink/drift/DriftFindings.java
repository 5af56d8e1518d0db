package vn.vneidlink.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.vneidlink.portals.PageSnapshot;

/**
 * What one drift scenario found, page by page (thread-safe: the provincial systems are looked at side by side). The
 * scenario attaches its part of the report ({@link #markdown()}, {@link #csv()}) and a screenshot of each page;
 * {@link DriftReport} puts the parts of a run together.
 */
public final class DriftFindings {

    private final List<DriftPage> pages = new ArrayList<>();

    public synchronized void add(DriftPage page) {
        pages.add(page);
    }

    public synchronized void addAll(List<DriftPage> more) {
        pages.addAll(more);
    }

    public synchronized List<DriftPage> pages() {
        return List.copyOf(pages);
    }

    public List<DriftRow> rows() {
        return pages().stream().flatMap(p -> p.rows().stream()).toList();
    }

    /** This scenario's rows of {@code drift.csv}, with the header. */
    public String csv() {
        return DriftRow.HEADER + "\n" + rows().stream().map(DriftRow::csv).map(line -> line + "\n").collect(Collectors.joining());
    }

    /** This scenario's pages for {@code drift.md}: a table per page. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        for (DriftPage page : pages()) {
            md.append("### ").append(page.name()).append("\n\n");
            DriftRow first = page.lines().get(0).row();
            if (page.lines().size() == 1 && first.locatorName().equals(DriftRow.PAGE)) {
                md.append("**").append(first.status()).append("**");
                if (!first.locator().isEmpty()) {
                    md.append(" (").append(first.locator()).append(')');
                }
                md.append(": ").append(first.excerpt()).append("\n\n");
                continue;
            }
            md.append("Địa chỉ / address: ").append(page.url()).append("\n\n");
            if (!page.note().isEmpty()) {
                md.append("Điều kiện tải trang của page object không đạt / the page object's load check did not hold: ")
                        .append(cell(page.note())).append("\n\n");
            }
            md.append("| tên locator | locator | trạng thái | ứng viên gần nhất | trích đoạn |\n|---|---|---|---|---|\n");
            for (DriftPage.Line line : page.lines()) {
                DriftRow row = line.row();
                String status = row.failing() ? "**" + row.status() + "**" : row.status();
                md.append("| ").append(cell(row.locatorName())).append(" | ").append(code(row.locator())).append(" | ").append(status)
                        .append(" | ").append(candidates(line)).append(" | ").append(code(row.excerpt())).append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Up to three candidates, best first, each with why it is close; the excerpt of the first is in the excerpt column. */
    private static String candidates(DriftPage.Line line) {
        if (!line.row().status().equals(DriftRow.MISSING)) {
            return "";
        }
        if (line.candidates().isEmpty()) {
            return "không thấy ứng viên nào / no candidate";
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < line.candidates().size(); i++) {
            PageSnapshot.Candidate c = line.candidates().get(i);
            items.add((i + 1) + ". " + code(c.proposal()) + " (" + cell(c.why()) + ")" + (i == 0 ? "" : " " + code(c.excerpt())));
        }
        return String.join("<br>", items);
    }

    /** Every row that keeps the verdict red. */
    public List<DriftRow> failing() {
        return rows().stream().filter(DriftRow::failing).toList();
    }

    /**
     * The scenario's failure, in Vietnamese: each missing element and its best candidate, each page not looked at; empty
     * when nothing the suite needs is missing. The drift check never heals: the fix is a line of a page object or a
     * platform profile.
     */
    public Optional<String> failure() {
        List<DriftRow> failing = failing();
        if (failing.isEmpty()) {
            return Optional.empty();
        }
        List<String> changes = DriftReport.toFix(failing);
        StringBuilder message = new StringBuilder("Giao diện các trang đã khác với bộ kiểm thử: " + failing.size()
                + " mục bộ kiểm thử cần mà trang không có hoặc không xem được, " + changes.size() + " điều khác nhau"
                + " (báo cáo: target/drift/drift.md, drift.csv):");
        changes.forEach(change -> message.append("\n- ").append(change));
        message.append("\nBộ kiểm thử không tự sửa locator và không thử locator khác: sửa một dòng (hằng số của page object, hoặc"
                + " hồ sơ nền tảng trong environments/platforms.json) nếu đổi là đúng, hoặc báo cổng nếu đổi là lỗi (README, «Báo cáo"
                + " thay đổi giao diện»).");
        return Optional.of(message.toString());
    }

    private static String code(String text) {
        return text == null || text.isEmpty() ? "" : "`" + text.replace("`", "'").replace("|", "\\|") + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
