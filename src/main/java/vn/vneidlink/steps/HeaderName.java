package vn.vneidlink.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import vn.vneidlink.portals.SiteHeader;

/**
 * The full name at the top right of a portal page, compared whole with the citizen's, on every page that shows it:
 * a name without its diacritics, only the given name, or another person's name each fail, and the message says which.
 */
public final class HeaderName {

    private HeaderName() {}

    /** Fails unless the header shows a signed-in name that is exactly {@code fullName}. */
    public static void assertShows(SiteHeader header, String fullName) {
        assertThat(header.showsUserName())
                .as(() -> String.format("Góc trên bên phải của %s (%s) phải hiện họ và tên «%s» (đã đăng nhập), nhưng chỉ có nút «%s»",
                        header.currentHost(), header.pageName(), fullName, SiteHeader.LOGIN_LABEL))
                .isTrue();
        String shown = header.displayedName();
        assertThat(shown)
                .as(() -> String.format("Họ và tên ở góc trên bên phải của %s (%s): cần «%s», trang hiện «%s» — %s", header.currentHost(),
                        header.pageName(), fullName, shown, diagnosis(fullName, shown)))
                .isEqualTo(fullName);
    }

    /** What is wrong with a shown name, in words (for a name that differs from the expected one). */
    static String diagnosis(String expected, String shown) {
        if (shown.isBlank()) {
            return "không có tên";
        }
        if (!shown.equals(expected) && folded(shown).equals(folded(expected))) {
            return shown.equalsIgnoreCase(expected) ? "khác chữ hoa/chữ thường" : "mất dấu tiếng Việt";
        }
        if (expected.endsWith(" " + shown) || folded(expected).endsWith(" " + folded(shown))) {
            return "chỉ có tên, thiếu họ và tên đệm";
        }
        if (folded(expected).contains(folded(shown)) || folded(shown).contains(folded(expected))) {
            return "thiếu hoặc thừa một phần của họ và tên";
        }
        return "tên của người khác";
    }

    /** Without diacritics (đ → d), lower case, single spaces. */
    private static String folded(String name) {
        String noMarks = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return noMarks.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
