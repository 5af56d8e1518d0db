package vn.vneidlink.portals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vneidlink.portals.national.NationalHomePage;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.vneid.VneidLoginPage;

/** The page objects' inventories for a visitor: their own constants, each named where it is written (the line to change). */
class ExpectedTest {

    @Test
    void everyInventoryNamesTheConstantItComesFrom() {
        assertThat(NationalHomePage.expectedWithoutAccount()).extracting(Expected::describeName).containsExactly(
                "biểu ngữ trang chủ (NationalHomePage.BANNER)", "nút «Đăng nhập» (SiteHeader.LOGIN_BUTTON)",
                "nhãn của nút «Đăng nhập» (SiteHeader.LOGIN_LABEL)");
        assertThat(NationalHomePage.expectedWithoutAccount().get(1).locator()).isEqualTo(SiteHeader.NATIONAL.loginButton());
        assertThat(VneidLoginPage.expectedWithoutAccount()).extracting(Expected::describeName).containsExactly(
                "ô «Số định danh cá nhân» (VneidLoginPage.USERNAME)", "ô «Mật khẩu» (VneidLoginPage.PASSWORD)",
                "nút «Đăng nhập» (VneidLoginPage.SUBMIT)", "thẻ «Quét mã QR» (VneidLoginPage.QR_TAB)");
        List<Expected> choice = SsoLoginPage.expectedWithoutAccount(true);
        assertThat(choice).extracting(Expected::describeName).contains("lựa chọn VNeID của công dân (SsoLoginPage.VNEID_OPTION)",
                "nhãn tài khoản VNeID (SsoLoginPage.VNEID_KIND)", "nhãn tài khoản VNconnect (SsoLoginPage.VNCONNECT_KIND)");
        assertThat(choice).allSatisfy(e -> assertThat(e.required()).isTrue());
    }

    @Test
    void theCitizenVnconnectLoginIsNotNeededAfterTheCutover() {
        assertThat(SsoLoginPage.expectedWithoutAccount(false)).filteredOn(e -> !e.required()).extracting(Expected::name).containsExactly(
                "mẫu đăng nhập VNconnect của công dân", "ô «Tên đăng nhập»", "ô «Mật khẩu»", "nút «Đăng nhập» của mẫu VNconnect",
                "nhãn tài khoản VNconnect");
    }
}
