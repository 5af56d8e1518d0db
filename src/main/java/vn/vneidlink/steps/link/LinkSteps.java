package vn.vneidlink.steps.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import java.util.List;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.portals.national.PersonalInfoPage;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.vneid.VneidLoginPage;
import vn.vneidlink.steps.Journey;
import vn.vneidlink.steps.PortalsInUse;
import vn.vneidlink.tasks.SignIn;

/** Bước 2 - Liên kết tài khoản: the VNeID login that links, the linked-account list, the old dossiers. */
public class LinkSteps {

    private final Journey journey;
    private final PortalsInUse portals;

    public LinkSteps(Journey journey, PortalsInUse portals) {
        this.journey = journey;
        this.portals = portals;
    }

    @ParameterType("trên ứng dụng VNeID|bằng mã OTP gửi qua SMS")
    public SignIn.Approval approval(String words) {
        return words.startsWith("trên") ? SignIn.Approval.VNEID_APP : SignIn.Approval.SMS_OTP;
    }

    @Thì("{string} mời {string}")
    public void systemNoticeOffers(String title, String buttonLabel) {
        SsoLoginPage page = new SsoLoginPage(portals.browser());
        assertThat(page.showsSystemNotice())
                .as("Trang đăng nhập phải hiện «%s» mời «%s» sau khi tài khoản đã đồng bộ đăng xuất", title, buttonLabel)
                .isTrue();
        // The portal's stylesheet may set the title in capitals: the words matter, not the case.
        assertThat(page.systemNoticeTitle()).as("Tiêu đề thông báo").isEqualToIgnoringCase(title);
        assertThat(page.systemNoticeVneidLabel()).as("Nút trong «%s»", title).isEqualTo(buttonLabel);
    }

    @Khi("công dân chọn \"Đăng nhập bằng VNeID\"")
    public void chooseVneidFromNotice() {
        new SsoLoginPage(portals.browser()).chooseVneidFromNotice();
    }

    @Khi("công dân chọn \"Tài khoản định danh điện tử cấp bởi Bộ Công an\"")
    public void chooseVneidAccountKind() {
        new SsoLoginPage(portals.browser()).chooseVneid();
    }

    @Thì("trang đăng nhập VNeID của Bộ Công an hiện ra")
    public void vneidLoginShown() {
        // The page object's load check is the assertion: sso.dancuquocgia.gov.vn/auth with its ID-number field.
        new VneidLoginPage(portals.browser());
    }

    @Khi("công dân nhập số định danh cá nhân và mật khẩu VNeID")
    public void enterVneidCredentials() {
        portals.signIn().enterVneidCredentials(journey.citizen());
    }

    @Khi("công dân xác thực đăng nhập {approval}")
    public void approveLogin(SignIn.Approval approval) {
        portals.signIn().approveVneidLogin(journey.citizen(), approval);
    }

    @Thì("DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân")
    public void linkedListNamesOldAccount() {
        PersonalInfoPage page = new PersonalInfoPage(portals.browser());
        String oldAccount = journey.vnconnect().username();
        List<String> linked = page.linkedAccountNames();
        assertThat(linked)
                .as("Tài khoản VNeID và tài khoản VNconnect %s CHƯA được liên kết: «%s» phải liệt kê tài khoản cũ, "
                        + "nhưng trang hiện %s", oldAccount, PersonalInfoPage.LINKED_ACCOUNTS_HEADING,
                        linked.isEmpty() ? "danh sách trống hoặc không có mục này" : linked)
                .containsOnlyOnce(oldAccount);
        assertThat(page.linkedAccountsHeading()).isEqualTo(PersonalInfoPage.LINKED_ACCOUNTS_HEADING);
    }

    @Khi("công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp")
    public void openDossiers() {
        journey.useNationalPortal();
        portals.national().chooseDossiersFromUserMenu();
    }

    @Thì("mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra")
    public void oldDossiersShown() {
        List<String> expected = journey.citizen().dossiers().stream().map(Citizen.Dossier::code).toList();
        var page = portals.dossierList();
        List<String> shown = page.dossierCodes();
        assertThat(shown)
                .as("Hồ sơ cũ của tài khoản VNconnect phải hiện trên «%s» (%s); trang hiện %s. "
                        + "Thiếu hồ sơ cũ nghĩa là tài khoản chưa được liên kết.",
                        page.pageName(), page.currentHost(), shown.isEmpty() ? "«" + page.emptyMessage() + "»" : shown)
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
