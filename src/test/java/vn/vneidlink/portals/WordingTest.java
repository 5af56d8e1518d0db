package vn.vneidlink.portals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One label, its accepted wordings: whole texts only, so that a renamed label is still a defect. */
class WordingTest {

    private final Wording vneid = Wording.of("Tài khoản định danh điện tử cấp bởi Bộ Công an",
            "Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân");

    @Test
    void acceptsEachWordingWholeWithWhiteSpaceFolded() {
        assertThat(vneid.matches("Tài khoản định danh điện tử cấp bởi Bộ Công an")).isTrue();
        assertThat(vneid.matches("  Tài khoản Định danh điện tử\n cấp bởi Bộ Công an dành cho Công dân ")).isTrue();
        assertThat(vneid.guides()).isEqualTo("Tài khoản định danh điện tử cấp bởi Bộ Công an");
    }

    @Test
    void refusesFragmentsOtherTailsAndOtherCase() {
        assertThat(vneid.matches("Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Tổ chức, doanh nghiệp")).isFalse();
        assertThat(vneid.matches("Tài khoản định danh điện tử")).isFalse();
        assertThat(vneid.matches("Tài khoản Định danh điện tử cấp bởi Bộ Công an")).isFalse();
        assertThat(vneid.matches(null)).isFalse();
    }

    @Test
    void describesAndBuildsAnXpathConditionOfWholeTexts() {
        assertThat(vneid.describe()).isEqualTo("«Tài khoản định danh điện tử cấp bởi Bộ Công an» hoặc "
                + "«Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân»");
        assertThat(vneid.xpathTextCondition()).isEqualTo("normalize-space()='Tài khoản định danh điện tử cấp bởi Bộ Công an' or "
                + "normalize-space()='Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân'");
        assertThat(Wording.of("it's").xpathTextCondition()).isEqualTo("normalize-space()=concat('it',\"'\",'s')");
    }
}
