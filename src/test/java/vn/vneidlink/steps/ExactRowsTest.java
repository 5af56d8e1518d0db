package vn.vneidlink.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vneidlink.steps.ExactRows.Expected.exactly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vneidlink.steps.ExactRows.Row;

/** The whole-list comparison tells missing, someone else's, duplicated and wrong values apart, and masks what it quotes. */
class ExactRowsTest {

    private static final Row HIS = new Row("0900000102", Map.of("Loại tài khoản", exactly("VNconnect"), "Ngày liên kết", exactly("15/06/2024")));

    private static Map<String, String> shown(String account, String kind, String on) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Tài khoản", account);
        row.put("Loại tài khoản", kind);
        row.put("Ngày liên kết", on);
        return row;
    }

    private static ExactRows compare(List<Map<String, String>> shown) {
        return ExactRows.compare("Tài khoản", List.of(HIS), shown, s -> s);
    }

    @Test
    void theCitizensRowsExactlyOnceAreExact() {
        ExactRows diff = compare(List.of(shown("0900000102", "VNconnect", "15/06/2024")))
                .withColumns(List.of("Tài khoản", "Loại tài khoản", "Ngày liên kết"), List.of("Tài khoản", "Loại tài khoản", "Ngày liên kết"));
        assertThat(diff.exact()).isTrue();
        assertThat(diff.problems()).isEmpty();
    }

    @Test
    void aDuplicateIsADuplicateNotAMissingRow() {
        ExactRows diff = compare(List.of(shown("0900000102", "VNconnect", "15/06/2024"), shown("0900000102", "VNconnect", "15/06/2024")));
        assertThat(diff.missing()).isEmpty();
        assertThat(diff.problems()).containsExactly("trùng 2 lần: «0900000102»");
    }

    @Test
    void anotherPersonsRowIsExtraBesideHis() {
        ExactRows diff = compare(List.of(shown("0900000102", "VNconnect", "15/06/2024"), shown("0900000106", "VNconnect", "01/01/2024")));
        assertThat(diff.missing()).isEmpty();
        assertThat(diff.problems()).containsExactly(
                "thừa (không phải của công dân): «0900000106» (Loại tài khoản «VNconnect», Ngày liên kết «01/01/2024»)");
    }

    @Test
    void aMissingRowAndAWrongValueAreSaidAsSuch() {
        assertThat(compare(List.of()).problems()).containsExactly("thiếu: «0900000102»");
        assertThat(compare(List.of(shown("0900000102", "VNconnect", "16/06/2024"))).problems())
                .containsExactly("sai giá trị: «0900000102», «Ngày liên kết» cần «15/06/2024», trang hiện «16/06/2024»");
    }

    @Test
    void aSingleValueRowNamesNoColumnAndAnUnknownValueIsNotCompared() {
        Row name = new Row("Họ và tên", Map.of("Giá trị", exactly("Nguyễn Thị Hoà")));
        Row gender = new Row("Giới tính", Map.of());
        ExactRows diff = ExactRows.compare("Trường", List.of(name, gender),
                List.of(Map.of("Trường", "Họ và tên", "Giá trị", "Nguyen Thi Hoa"), Map.of("Trường", "Giới tính", "Giá trị", "anything")), s -> s);
        assertThat(diff.problems()).containsExactly("sai giá trị: «Họ và tên» cần «Nguyễn Thị Hoà», trang hiện «Nguyen Thi Hoa»");
    }

    @Test
    void columnsTheDataDoesNotKnowOrThePageLacksAreProblems() {
        ExactRows diff = compare(List.of(shown("0900000102", "VNconnect", "15/06/2024")))
                .withColumns(List.of("Tài khoản", "Loại tài khoản", "Ngày liên kết"), List.of("Tài khoản", "Loại tài khoản", "Ghi chú"));
        assertThat(diff.problems()).contains("thiếu cột «Ngày liên kết»",
                "cột lạ «Ghi chú» (không có trong dữ liệu của công dân để so sánh)");
    }

    @Test
    void everyQuotedValueGoesThroughTheMask() {
        ExactRows diff = ExactRows.compare("Tài khoản", List.of(HIS), List.of(), s -> s.replace("0900000102", "090*****02"));
        assertThat(diff.report()).contains("090*****02").doesNotContain("0900000102");
    }

    @Test
    void aWrongNameIsDiagnosed() {
        assertThat(HeaderName.diagnosis("Nguyễn Thị Hoà", "Nguyen Thi Hoa")).isEqualTo("mất dấu tiếng Việt");
        assertThat(HeaderName.diagnosis("Nguyễn Thị Hoà", "Hoà")).isEqualTo("chỉ có tên, thiếu họ và tên đệm");
        assertThat(HeaderName.diagnosis("Đỗ Văn Giang", "Do Van Giang")).isEqualTo("mất dấu tiếng Việt");
        assertThat(HeaderName.diagnosis("Nguyễn Thị Hoà", "Trần Văn Bình")).isEqualTo("tên của người khác");
        assertThat(HeaderName.diagnosis("Nguyễn Thị Hoà", "")).isEqualTo("không có tên");
    }
}
