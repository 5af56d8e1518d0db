package vn.vneidlink.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriftRowTest {

    @Test
    void csvRowsComeBackWhole() {
        DriftRow row = new DriftRow("Trang chủ — dichvucong.gov.vn", "nút «Đăng nhập»", "By.xpath: //a[@id='dang-nhap'][normalize-space()='Đăng nhập']",
                DriftRow.MISSING, "header.site-header a.btn.btn-dang-ky", "<a class=\"btn btn-dang-ky\" href=\"/dang-nhap\">Đăng nhập, vào</a>");
        DriftRow page = new DriftRow("Nơi «Đăng nhập» dẫn tới", DriftRow.PAGE, "", DriftRow.NOT_REACHED, "", "không có nút");
        String csv = DriftRow.HEADER + "\n" + row.csv() + "\n" + page.csv() + "\n";
        assertThat(DriftRow.parseCsv(csv)).containsExactly(row, page);
    }

    @Test
    void missingUnreachableAndNotReachedKeepTheVerdictRed() {
        assertThat(List.of(DriftRow.MISSING, DriftRow.UNREACHABLE, DriftRow.NOT_REACHED))
                .allSatisfy(status -> assertThat(new DriftRow("p", "n", "l", status, "", "").failing()).isTrue());
        assertThat(List.of(DriftRow.FOUND, DriftRow.foundTimes(2), DriftRow.NOT_NEEDED))
                .allSatisfy(status -> assertThat(new DriftRow("p", "n", "l", status, "", "").failing()).isFalse());
    }

    @Test
    void theSummaryCountsPagesAndStatuses() {
        List<DriftRow> rows = List.of(new DriftRow("A", "x", "l", DriftRow.FOUND, "", ""), new DriftRow("A", "y", "l", DriftRow.MISSING, "c", "e"),
                new DriftRow("B", "x", "l", DriftRow.FOUND, "", ""), new DriftRow("C", DriftRow.PAGE, "u", DriftRow.UNREACHABLE, "", "r"));
        assertThat(DriftReport.summary(rows)).isEqualTo("3 trang, 3 locator và nhãn: 2 có, 1 KHÔNG CÓ; 1 trang không truy cập được");
    }

    @Test
    void theSameChangeOnSeveralPagesIsOneThingToFix() {
        DriftRow onHanoi = new DriftRow("Hệ thống xác thực (từ Hà Nội)", "lựa chọn VNeID", "By.xpath: //a", DriftRow.MISSING, "//a[x]", "<a>");
        DriftRow onHue = new DriftRow("Hệ thống xác thực (từ Huế)", "lựa chọn VNeID", "By.xpath: //a", DriftRow.MISSING, "//a[x]", "<a>");
        DriftRow found = new DriftRow("Trang chủ", "nút", "By.id: x", DriftRow.FOUND, "", "<a>");
        DriftRow notReached = new DriftRow("Nơi «Đăng nhập» dẫn tới", DriftRow.PAGE, "", DriftRow.NOT_REACHED, "", "không có nút");
        assertThat(DriftReport.toFix(List.of(onHanoi, found, onHue, notReached))).containsExactly(
                "lựa chọn VNeID [By.xpath: //a] KHÔNG CÓ; ứng viên gần nhất: //a[x] — <a> — trên 2 trang: Hệ thống xác thực (từ Hà Nội);"
                        + " Hệ thống xác thực (từ Huế)",
                "Nơi «Đăng nhập» dẫn tới: không tới được — không có nút");
    }
}
