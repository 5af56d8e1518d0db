package vn.vneidlink.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vneidlink.data.Era;
import vn.vneidlink.mock.PortalDefect;
import vn.vneidlink.portals.Expected;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.selftest.ScenarioRun;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * The {@code @drift} scenarios, run in this JVM: against correct mock portals in each era they find everything the
 * page objects and platform profiles expect (nothing missing, both scenarios pass); against {@link PortalDefect#MARKUP_DRIFTED}
 * they fail, and {@code drift.csv} names exactly the three changed elements, each with the right candidate: the
 * renamed button at its place, the reworded option by its new words, the moved link at its new place. Whole rows.
 */
class DriftReportTest {

    static final String NATIONAL = "Các trang không cần tài khoản của Cổng DVC quốc gia, hệ thống xác thực và SSO VNeID còn đủ mọi"
            + " locator và nhãn của bộ kiểm thử";
    static final String PROVINCES = "Trang chủ và trang đăng nhập của từng hệ thống của tỉnh trong danh sách cổng còn đủ mọi locator"
            + " và nhãn của hồ sơ nền tảng";
    static final String BOTH = "^(" + Pattern.quote(NATIONAL) + "|" + Pattern.quote(PROVINCES) + ")$";
    static final String LAST_STEP = "không trang nào thiếu locator hay nhãn mà bộ kiểm thử cần";

    /** One system of each platform and each login kind: Quảng Trị (dvc-tinh), Hà Nội (cong-vi, national SSO), ... */
    private static final List<String> PORTALS = List.of("province,url,platform,confirmed",
            "Quảng Trị,https://dichvucong.quangtri.gov.vn,dvc-tinh,no",
            "Hà Nội,https://dichvucong.hanoi.gov.vn,cong-vi,no",
            "Đà Nẵng,https://dichvucong.danang.gov.vn,cong-vi,no",
            "Thanh Hóa,https://dichvucong.thanhhoa.gov.vn,portaldvc,no",
            "Bắc Ninh,https://dichvucong.bacninh.gov.vn,liferay,no");

    @ParameterizedTest
    @EnumSource(Era.class)
    void correctPortalsMissNothingInEveryEra(Era era, @TempDir Path work) throws IOException {
        long start = System.nanoTime();
        List<Outcome> outcomes = run(work, Map.of("vneidlink.mock.era", era.id()));
        System.out.printf("@drift, thời kỳ %s, cổng đúng / correct portals: %.1f s%n", era.id(), (System.nanoTime() - start) / 1e9);

        assertThat(outcomes).filteredOn(o -> o.kind().equals("SCENARIO"))
                .allSatisfy(o -> assertThat(o.status()).as("%s: %s", o.scenario(), o.error()).isEqualTo("PASSED"))
                .hasSize(2);
        List<DriftRow> rows = rows(work);
        assertThat(rows).filteredOn(DriftRow::failing).as("không thiếu gì / nothing missing").isEmpty();
        Set<String> pages = rows.stream().map(DriftRow::page).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        // the national tour, then each system's home and where its login leads
        List<String> national = era == Era.TODAY
                ? List.of("Trang chủ Cổng DVC quốc gia — dichvucong.gov.vn",
                        "SSO VNeID: trang đăng nhập — sso.dancuquocgia.gov.vn (từ «Đăng nhập» của Cổng DVC quốc gia)")
                : List.of("Trang chủ Cổng DVC quốc gia — dichvucong.gov.vn",
                        "Hệ thống xác thực: trang chọn loại tài khoản — xacthuc.dichvucong.gov.vn (từ «Đăng nhập» của Cổng DVC quốc gia)",
                        "SSO VNeID: trang đăng nhập — sso.dancuquocgia.gov.vn (từ lựa chọn VNeID của hệ thống xác thực)");
        assertThat(pages).containsExactlyElementsOf(concat(national, List.of(
                "Trang chủ Quảng Trị — dichvucong.quangtri.gov.vn (nền tảng dvc-tinh)",
                "Hệ thống xác thực: trang chọn loại tài khoản — xacthuc.dichvucong.gov.vn (từ «Đăng nhập» của Quảng Trị)",
                "Trang chủ Hà Nội — dichvucong.hanoi.gov.vn (nền tảng cong-vi)",
                "Hệ thống xác thực: trang chọn loại tài khoản — xacthuc.dichvucong.gov.vn (từ «Đăng nhập» của Hà Nội)",
                "Trang chủ Đà Nẵng — dichvucong.danang.gov.vn (nền tảng cong-vi)",
                "SSO VNeID: trang đăng nhập — sso.dancuquocgia.gov.vn (từ «Đăng nhập» của Đà Nẵng)",
                "Trang chủ Thanh Hóa — dichvucong.thanhhoa.gov.vn (nền tảng portaldvc)",
                "SSO VNeID: trang đăng nhập — sso.dancuquocgia.gov.vn (từ «Đăng nhập» của Thanh Hóa)",
                "Trang chủ Bắc Ninh — dichvucong.bacninh.gov.vn (nền tảng liferay)",
                "SSO VNeID: trang đăng nhập — sso.dancuquocgia.gov.vn (từ «Đăng nhập» của Bắc Ninh)")));
        // the citizen's VNconnect login: needed before the cutover (guide), reported as not needed after it
        long notNeeded = rows.stream().filter(r -> r.status().equals(DriftRow.NOT_NEEDED)).count();
        int choicePages = era == Era.TODAY ? 2 : 3;
        assertThat(notNeeded).as("VNconnect của công dân: không bắt buộc sau ngày chuyển đổi").isEqualTo(era == Era.GUIDE ? 0 : 5L * choicePages);
        assertThat(rows).filteredOn(r -> r.status().equals(DriftRow.FOUND)).isNotEmpty();
        String md = Files.readString(work.resolve("drift.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("# Báo cáo thay đổi giao diện / drift report", "Không thiếu gì bộ kiểm thử cần");
    }

    @Test
    void aDriftedMarkupIsNamedExactlyWithTheRightCandidates(@TempDir Path work) throws IOException {
        long start = System.nanoTime();
        List<Outcome> outcomes = run(work, Map.of("vneidlink.mock.defects", PortalDefect.MARKUP_DRIFTED.name()));
        System.out.printf("@drift, %s: %.1f s%n", PortalDefect.MARKUP_DRIFTED, (System.nanoTime() - start) / 1e9);

        assertThat(outcomes).filteredOn(o -> o.kind().equals("SCENARIO")).extracting(Outcome::status).containsExactly("FAILED", "FAILED");
        assertThat(outcomes).filteredOn(o -> o.kind().equals("STEP") && o.failed()).extracting(Outcome::step)
                .containsExactly(LAST_STEP, LAST_STEP);

        Expected vneidOption = named(SsoLoginPage.expectedWithoutAccount(true), "lựa chọn VNeID của công dân");
        Expected vneidLabel = named(SsoLoginPage.expectedWithoutAccount(true), "nhãn tài khoản VNeID");
        assertThat(vneidOption.describeName()).isEqualTo("lựa chọn VNeID của công dân (SsoLoginPage.VNEID_OPTION)");
        String choicePage = "Hệ thống xác thực: trang chọn loại tài khoản — xacthuc.dichvucong.gov.vn (từ «Đăng nhập» của Hà Nội)";
        List<DriftRow> expected = List.of(
                // the national "Đăng nhập": class renamed; found again by its text, at its place in the header
                new DriftRow("Trang chủ Cổng DVC quốc gia — dichvucong.gov.vn", "nút «Đăng nhập» (SiteHeader.LOGIN_BUTTON)", SiteHeader.NATIONAL.loginButton().toString(),
                        DriftRow.MISSING, "header.site-header a.btn.btn-dang-ky", "<a class=\"btn btn-dang-ky\" href=\"/dang-nhap\">Đăng nhập</a>"),
                new DriftRow("Nơi «Đăng nhập» của Cổng DVC quốc gia dẫn tới", DriftRow.PAGE, "", DriftRow.NOT_REACHED, "",
                        "trang chủ không có nút «Đăng nhập» mà bộ kiểm thử tìm (xem dòng «nút «Đăng nhập»» ở trên)"),
                // dvc-tinh: moved into the footer; found again by its class, at its new place
                new DriftRow("Trang chủ Quảng Trị — dichvucong.quangtri.gov.vn (nền tảng dvc-tinh)",
                        "nút «Đăng nhập» (environments/platforms.json «dvc-tinh» loginLink)",
                        "By.cssSelector: .header-actions a.login-btn", DriftRow.MISSING, "footer.site-footer a.login-btn",
                        "<a class=\"login-btn\" href=\"/dang-nhap\">Đăng nhập</a>"),
                new DriftRow("Nơi «Đăng nhập» của Quảng Trị dẫn tới", DriftRow.PAGE, "", DriftRow.NOT_REACHED, "",
                        "trang chủ không có nút «Đăng nhập» mà bộ kiểm thử tìm (xem dòng «nút «Đăng nhập»» ở trên)"),
                // the VNeID option reworded: found again by its class, proposed by its new words; the label too
                new DriftRow(choicePage, vneidOption.describeName(), vneidOption.describeLocator(), DriftRow.MISSING,
                        "//a[contains(concat(' ', @class, ' '), ' login-IDP ')][normalize-space()='VNeID Tài khoản VNeID cấp bởi Bộ Công an']",
                        "<a class=\"login-IDP btn btn-vneid\" href=\"/commonauth/vneid?…\"><span class=\"badge\">VNeID</span> Tài khoản VNeID cấp bởi Bộ Công an</a>"),
                new DriftRow(choicePage, vneidLabel.describeName(), "nhãn " + SsoLoginPage.VNEID_KIND.describe(), DriftRow.MISSING,
                        "«Tài khoản VNeID cấp bởi Bộ Công an»", "<h3 class=\"option-title\">Tài khoản VNeID cấp bởi Bộ Công an</h3>"));
        assertThat(rows(work)).filteredOn(DriftRow::failing).containsExactlyElementsOf(expected);
        // three changes, the label's twice (the label, and the option named by it), and the two logins not followed
        assertThat(DriftReport.toFix(rows(work))).hasSize(5);

        String md = Files.readString(work.resolve("drift.md"), StandardCharsets.UTF_8);
        assertThat(md).contains("## Cần sửa / to fix", "`header.site-header a.btn.btn-dang-ky`", "`footer.site-footer a.login-btn`",
                "«Tài khoản VNeID cấp bởi Bộ Công an»");
        System.out.println(md);
    }

    private static List<Outcome> run(Path work, Map<String, String> settings) throws IOException {
        Path portals = work.resolve("drift-portals.csv");
        Files.write(portals, PORTALS, StandardCharsets.UTF_8);
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("vneidlink.portals.list", portals.toString());
        return ScenarioRun.run(BOTH, all, List.of(DriftReport.class.getName() + ":" + work), work);
    }

    static List<DriftRow> rows(Path work) throws IOException {
        return DriftRow.parseCsv(Files.readString(work.resolve("drift.csv"), StandardCharsets.UTF_8));
    }

    private static Expected named(List<Expected> inventory, String name) {
        return inventory.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
