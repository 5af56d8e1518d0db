package vn.vneidlink.steps.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import java.util.List;
import vn.vneidlink.config.Redactor;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.portals.national.PersonalInfoPage;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.national.OnlineSubmissionPage;
import vn.vneidlink.portals.vneid.VneidFirewall;
import vn.vneidlink.portals.vneid.VneidLoginPage;
import vn.vneidlink.portals.vneid.VneidMessagePage;
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
        portals.signIn().chooseVneid();
    }

    /** The same choice, by the label the choice page shows after the cutover. */
    @Khi("công dân chọn \"Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân\"")
    public void chooseVneidAccountKindAfterCutover() {
        chooseVneidAccountKind();
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
        Redactor redactor = portals.target().redactor();
        String oldAccount = redactor.masked(journey.vnconnect().username());
        List<String> linked = page.linkedAccountNames().stream().map(redactor::mask).toList();
        assertThat(linked)
                .as(() -> String.format("Tài khoản VNeID và tài khoản VNconnect %s CHƯA được liên kết: «%s» phải liệt kê tài khoản cũ, "
                        + "nhưng trang hiện %s", oldAccount, PersonalInfoPage.LINKED_ACCOUNTS_HEADING,
                        linked.isEmpty() ? "danh sách trống hoặc không có mục này" : linked))
                .containsOnlyOnce(oldAccount);
        assertThat(page.linkedAccountsHeading()).isEqualTo(PersonalInfoPage.LINKED_ACCOUNTS_HEADING);
    }

    @Thì("tài khoản VNeID KHÔNG được liên kết với tài khoản VNconnect của công dân")
    public void notLinked() {
        PersonalInfoPage page = new PersonalInfoPage(portals.browser());
        Redactor redactor = portals.target().redactor();
        String oldAccount = redactor.masked(journey.vnconnect().username());
        assertThat(page.linkedAccountNames().stream().map(redactor::mask).toList())
                .as("Chưa đồng bộ thì đăng nhập VNeID phải mở tài khoản riêng, KHÔNG liên kết với tài khoản VNconnect %s", oldAccount)
                .doesNotContain(oldAccount);
    }

    @Thì("không hồ sơ nào đã nộp bằng tài khoản VNconnect hiện ra")
    public void oldDossiersAbsent() {
        List<String> old = journey.citizen().dossiers().stream().map(Citizen.Dossier::code).toList();
        assertThat(portals.dossierList().dossierCodes())
                .as("Tài khoản VNeID riêng (chưa liên kết) không được thấy hồ sơ của tài khoản VNconnect")
                .doesNotContainAnyElementsOf(old);
    }

    @Khi("công dân từ chối đăng nhập trên ứng dụng VNeID")
    public void declineInApp() {
        portals.signIn().codeModal().waitUntilAnswered(portals.target().secondFactor().declineInVneidApp(journey.citizen().cccd()));
    }

    @Thì("trang VNeID báo {string}")
    public void vneidSays(String message) {
        VneidFirewall.failIfShown(portals.browser());
        assertThat(VneidMessagePage.isOnScreen(portals.browser()))
                .as(() -> String.format("SSO VNeID phải báo lỗi «%s» và dừng ở đó, nhưng: %s", message, PortalPage.describeScreen(portals.browser())))
                .isTrue();
        assertThat(new VneidMessagePage(portals.browser()).message())
                .as(() -> String.format("Thông báo lỗi của SSO VNeID (%s)", portals.target().hosts().vneidSso()))
                .isEqualTo(message);
    }

    @Khi("công dân mở dịch vụ {string}")
    public void openService(String service) {
        portals.national().home().openService(service);
    }

    @Thì("dịch vụ báo cần tài khoản định danh điện tử mức độ {int}")
    public void serviceNeedsLevel(int level) {
        OnlineSubmissionPage page = new OnlineSubmissionPage(portals.browser());
        assertThat(page.levelError())
                .as("Tài khoản định danh điện tử mức độ thấp hơn %d phải bị từ chối với thông báo nêu mức độ cần có", level)
                .contains("mức độ " + level);
        assertThat(page.showsForm()).as("Biểu mẫu nộp hồ sơ không được hiện cho tài khoản mức độ thấp").isFalse();
    }

    @Thì("biểu mẫu nộp hồ sơ trực tuyến hiện ra")
    public void submissionFormShown() {
        OnlineSubmissionPage page = new OnlineSubmissionPage(portals.browser());
        assertThat(page.showsForm()).as(() -> String.format("Biểu mẫu «%s» cho tài khoản mức độ 2 (trang báo: %s)",
                OnlineSubmissionPage.SERVICE_LABEL, page.levelError())).isTrue();
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
                .as(() -> String.format("Hồ sơ cũ của tài khoản VNconnect phải hiện trên «%s» (%s); trang hiện %s. "
                        + "Thiếu hồ sơ cũ nghĩa là tài khoản chưa được liên kết.",
                        page.pageName(), page.currentHost(), shown.isEmpty() ? "«" + page.emptyMessage() + "»" : shown))
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
