package vn.vneidlink.steps.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.portals.Alerts;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.national.CccdPromptPage;
import vn.vneidlink.portals.national.PersonalInfoPage;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.sso.SsoOtpPage;
import vn.vneidlink.steps.CitizenRecords;
import vn.vneidlink.steps.ExactRows;
import vn.vneidlink.steps.HeaderName;
import vn.vneidlink.steps.Journey;
import vn.vneidlink.steps.PortalsInUse;

/** Bước 1 - Đồng bộ tài khoản: VNconnect login, Thông tin cá nhân, Thông tin định danh, the sync, Đăng xuất. */
public class SyncSteps {

    private final Journey journey;
    private final PortalsInUse portals;

    public SyncSteps(Journey journey, PortalsInUse portals) {
        this.journey = journey;
        this.portals = portals;
    }

    @Khi("công dân (đã )đăng nhập Cổng DVC quốc gia bằng tài khoản VNconnect")
    public void loginWithVnconnect() {
        journey.useNationalPortal();
        portals.national().openHome();
        portals.signIn().clickNationalLogin();
        portals.signIn().submitVnconnectCredentials(journey.vnconnect());
        portals.signIn().confirmVnconnectOtp(journey.citizen());
    }

    @Thì("trang đăng nhập cho chọn {string} hoặc {string}")
    public void loginPageOffers(String vnconnectKind, String vneidKind) {
        SsoLoginPage page = portals.signIn().vnconnectLoginPage();
        List<String> kinds = page.accountKinds();
        assertThat(kinds.stream().filter(SsoLoginPage.VNCONNECT_KIND::matches).toList())
                .as("Loại tài khoản «%s» trên trang đăng nhập của %s (trang có: %s)", vnconnectKind, page.currentHost(), kinds)
                .containsExactly(vnconnectKind);
        assertThat(kinds.stream().filter(SsoLoginPage.VNEID_KIND::matches).toList())
                .as("Loại tài khoản «%s» trên trang đăng nhập của %s (trang có: %s)", vneidKind, page.currentHost(), kinds)
                .containsExactly(vneidKind);
    }

    @Thì("trang đăng nhập có lựa chọn {string} cho công dân")
    public void loginPageOffersVneid(String vneidKind) {
        SsoLoginPage page = new SsoLoginPage(portals.browser());
        assertThat(SsoLoginPage.VNEID_KIND.names(vneidKind)).as("dữ liệu của kịch bản: «%s» là một cách gọi của %s", vneidKind,
                SsoLoginPage.VNEID_KIND.describe()).isTrue();
        assertThat(page.accountKinds().stream().filter(SsoLoginPage.VNEID_KIND::matches).toList())
                .as("Lựa chọn tài khoản định danh điện tử cho công dân (%s) trên trang đăng nhập của %s (trang có: %s)",
                        SsoLoginPage.VNEID_KIND.describe(), page.currentHost(), page.accountKinds())
                .hasSize(1);
    }

    @Thì("trang đăng nhập chỉ cho chọn các loại tài khoản:")
    public void loginPageOffersExactly(List<String> kinds) {
        SsoLoginPage page = new SsoLoginPage(portals.browser());
        assertThat(page.accountKinds()).as("Các loại tài khoản trên trang đăng nhập của %s, đúng thứ tự", page.currentHost())
                .containsExactlyElementsOf(kinds);
    }

    @Thì("công dân không còn cách đăng nhập bằng tài khoản VNconnect")
    public void noVnconnectLogin() {
        if (portals.signIn().wentStraightToVneid()) {
            return; // today's portal: "Đăng nhập" leads straight to the VNeID SSO, with no choice of account at all
        }
        SsoLoginPage page = new SsoLoginPage(portals.browser());
        assertThat(page.offersVnconnectLogin())
                .as(() -> String.format("Sau ngày chuyển đổi, trang đăng nhập của %s vẫn cho công dân đăng nhập bằng tài khoản VNconnect "
                        + "(%s, ô tên đăng nhập và mật khẩu); trang có: %s", page.currentHost(), SsoLoginPage.VNCONNECT_KIND.describe(),
                        page.accountKinds()))
                .isFalse();
        assertThat(page.accountKinds()).as("Các loại tài khoản trên trang đăng nhập của %s sau ngày chuyển đổi", page.currentHost())
                .noneMatch(SsoLoginPage.VNCONNECT_KIND::matches);
    }

    @Khi("công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect")
    public void enterVnconnectCredentials() {
        portals.signIn().submitVnconnectCredentials(journey.vnconnect());
    }

    @Thì("hệ thống báo mã OTP đã được gửi đến số điện thoại đã đăng ký")
    public void otpSentToRegisteredPhone() {
        String phone = journey.citizen().phone();
        assertThat(portals.signIn().otpPage().sentToMessage())
                .as(() -> String.format("Trang OTP phải báo mã đã gửi tới số điện thoại đã đăng ký (đuôi %s)", phone.substring(phone.length() - 4)))
                .contains("Mã OTP đã được gửi")
                .endsWith(phone.substring(phone.length() - 4));
        assertThat(new SsoOtpPage(portals.browser()).sentToMessage().contains(phone))
                .as(() -> String.format("Trang OTP không được hiện đầy đủ số điện thoại %s", portals.target().redactor().masked(phone)))
                .isFalse();
    }

    @Khi("công dân nhập mã OTP nhận được qua tin nhắn và bấm \"Xác nhận\"")
    public void confirmOtp() {
        portals.signIn().confirmVnconnectOtp(journey.citizen());
    }

    @Khi("công dân nhập tên đăng nhập và một mật khẩu sai")
    public void enterWrongPassword() {
        portals.signIn().vnconnectLoginPage().submitVnconnectCredentials(journey.vnconnect().username(), wrongPassword());
    }

    @Khi("công dân nhập sai mật khẩu {int} lần liên tiếp")
    public void enterWrongPasswordTimes(int times) {
        for (int attempt = 1; attempt <= times; attempt++) {
            enterWrongPassword();
        }
    }

    private String wrongPassword() {
        return journey.vnconnect().password() + "-sai";
    }

    @Thì("trang đăng nhập báo {string}")
    public void loginPageSays(String message) {
        SsoLoginPage page = new SsoLoginPage(portals.browser());
        assertThat(page.errorMessage())
                .as(() -> String.format("Thông báo lỗi trên trang đăng nhập %s", portals.target().hosts().nationalSso()))
                .startsWith(message);
    }

    @Thì("không có mã OTP nào được gửi tới điện thoại của công dân")
    public void noOtpSent() {
        assertThat(portals.target().secondFactor().anyOtpSentTo(journey.citizen().phone()))
                .as(() -> String.format("Không được gửi mã OTP tới số %s khi đăng nhập bị từ chối", journey.citizen().phone()))
                .isFalse();
    }

    @Khi("công dân nhập một mã OTP sai và bấm \"Xác nhận\"")
    public void enterWrongOtp() {
        String right = portals.target().secondFactor().latestOtpSentTo(journey.citizen().phone());
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        new SsoOtpPage(portals.browser()).confirm(wrong);
    }

    @Thì("trang OTP báo {string}")
    public void otpPageSays(String message) {
        assertThat(SsoOtpPage.isOnScreen(portals.browser()))
                .as(() -> String.format("Mã OTP sai hoặc hết hạn phải bị từ chối trên trang OTP, nhưng cổng đã chấp nhận mã: %s",
                        PortalPage.describeScreen(portals.browser())))
                .isTrue();
        assertThat(new SsoOtpPage(portals.browser()).errorMessage())
                .as("Thông báo trên trang nhập mã OTP (mã sai hoặc hết hạn phải bị từ chối)")
                .isEqualTo(message);
    }

    @Khi("công dân bấm \"Bỏ qua\"")
    public void skipCccd() {
        new CccdPromptPage(portals.browser()).skip();
    }

    @Thì("Thông tin định danh báo {string}")
    public void identityTabWarns(String message) {
        assertThat(new PersonalInfoPage(portals.browser()).warningMessage()).as("Cảnh báo trong Thông tin định danh").isEqualTo(message);
    }

    @Khi("công dân nhập số định danh cá nhân của mình trong Thông tin định danh và bấm \"Cập nhật\"")
    public void enterOwnCccdInIdentityTab() {
        new PersonalInfoPage(portals.browser()).updateCccd(journey.citizen().cccd());
    }

    @Thì("đồng bộ bị từ chối với thông báo {string}")
    public void syncRefused(String message) {
        PersonalInfoPage page = new PersonalInfoPage(portals.browser());
        assertThat(page.errorMessage())
                .as(() -> String.format("Thông tin tài khoản khác CSDL Quốc gia về Dân cư: đồng bộ phải bị từ chối với thông báo lỗi; "
                        + "trang đang hiện dấu tích xanh ở %s", page.verifiedFieldLabels()))
                .contains(message);
    }

    @Thì("trường {string} không có dấu tích xanh")
    public void fieldNotVerified(String label) {
        PersonalInfoPage page = new PersonalInfoPage(portals.browser());
        assertThat(page.fieldLabels()).as("Các trường của Thông tin định danh").contains(label);
        assertThat(page.verifiedFieldLabels())
                .as("Trường «%s» khác CSDL Quốc gia về Dân cư nên không được có dấu tích xanh", label)
                .doesNotContain(label);
    }

    @Thì("không có nút \"Cập nhật\" để lưu")
    public void noSaveButton() {
        assertThat(new PersonalInfoPage(portals.browser()).offersSave())
                .as("Không được cho lưu («%s») dữ liệu không khớp CSDL Quốc gia về Dân cư", PersonalInfoPage.SAVE_LABEL)
                .isFalse();
    }

    @Khi("công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân")
    public void openPersonalInfo() {
        portals.national().choosePersonalInfoFromUserMenu();
    }

    @Thì("trang Thông tin cá nhân hiện ra")
    public void personalInfoShown() {
        // The page object's load check is the assertion: the national portal's address and the page title.
        new PersonalInfoPage(portals.browser());
    }

    @Khi("công dân bấm chọn Thông tin định danh")
    public void openIdentityTab() {
        new PersonalInfoPage(portals.browser()).openIdentityTab();
    }

    @Thì("trạng thái định danh là {string}")
    public void syncStatusIs(String status) {
        assertThat(new PersonalInfoPage(portals.browser()).syncStatus())
                .as("Trạng thái đồng bộ trong Thông tin định danh")
                .isEqualTo(status);
    }

    @Khi("công dân chọn Cập nhật CSDL Quốc gia về Dân cư")
    public void fetchFromPopulationDatabase() {
        new PersonalInfoPage(portals.browser()).fetchFromPopulationDatabase();
    }

    @Thì("mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư")
    public void everyFieldVerified() {
        PersonalInfoPage page = new PersonalInfoPage(portals.browser());
        Citizen citizen = journey.citizen();
        assertThat(page.fields()).as("Các trường của Thông tin định danh").isNotEmpty();
        assertThat(page.verifiedFields())
                .as(() -> String.format("Sau khi bấm «%s», mọi trường định danh phải có dấu tích xanh của CSDL Quốc gia về Dân cư%s",
                        PersonalInfoPage.FETCH_LABEL.describe(), page.errorMessage().isEmpty() ? "" : "; trang báo lỗi «" + page.errorMessage() + "»"))
                .containsExactlyInAnyOrderElementsOf(page.fields());
        String cccd = page.fieldValue("cccd");
        assertThat(cccd.equals(citizen.cccd()))
                .as(() -> String.format("Số định danh cá nhân lấy từ CSDL Quốc gia về Dân cư: trang hiện %s, mong đợi %s",
                        portals.target().redactor().masked(cccd), portals.target().redactor().masked(citizen.cccd())))
                .isTrue();
        assertThat(page.fieldValue("fullName")).as("Họ và tên lấy từ CSDL Quốc gia về Dân cư").isEqualTo(citizen.population().fullName());
        assertThat(page.offersSave()).as("Nút «%s» để lưu dữ liệu đã đồng bộ", PersonalInfoPage.SAVE_LABEL).isTrue();
    }

    @Thì("Thông tin định danh hiện đúng thông tin của tài khoản VNconnect của công dân")
    public void identityIsTheRegisteredAccount() {
        assertIdentity(CitizenRecords.registeredIdentity(journey.citizen()), "thông tin đã đăng ký của tài khoản VNconnect (chưa đồng bộ)",
                false);
    }

    @Thì("Thông tin định danh hiện đúng thông tin của công dân trong CSDL Quốc gia về Dân cư")
    public void identityIsThePopulationRecord() {
        assertIdentity(CitizenRecords.populationIdentity(journey.citizen()), "thông tin của công dân trong CSDL Quốc gia về Dân cư", false);
    }

    /**
     * Read back after "Cập nhật" said it saved (after a reload, or at the next login): synced, every field with the green
     * check, every value the population database's, the name at the top right the citizen's.
     */
    @Thì("Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư")
    @Thì("ở lần đăng nhập này, Thông tin định danh vẫn là thông tin đã lưu từ CSDL Quốc gia về Dân cư")
    public void identitySavedFromThePopulationRecord() {
        assertIdentity(CitizenRecords.populationIdentity(journey.citizen()),
                "thông tin đã lưu từ CSDL Quốc gia về Dân cư (sau khi «" + PersonalInfoPage.SAVE_LABEL + "» báo thành công)", true);
    }

    /**
     * Every row of "Thông tin định danh" against the citizen's data, whole (a row missing, extra or twice, a value that
     * differs), the name at the top right of the same page; {@code saved}: also synced, with every green check.
     */
    private void assertIdentity(List<ExactRows.Row> expected, String what, boolean saved) {
        PersonalInfoPage page = new PersonalInfoPage(portals.browser()).identityTab();
        List<PersonalInfoPage.IdentityRow> shown = page.identityRows();
        ExactRows diff = ExactRows.compare(CitizenRecords.FIELD, expected,
                shown.stream().map(row -> CitizenRecords.shownField(row.label(), row.value())).toList(), portals.target().redactor()::mask);
        List<String> problems = new ArrayList<>(diff.problems());
        if (saved) {
            String status = page.syncStatus();
            if (!status.equals(PersonalInfoPage.SYNCED_STATUS)) {
                problems.add("trạng thái định danh: cần «" + PersonalInfoPage.SYNCED_STATUS + "», trang hiện «" + status + "»");
            }
            List<String> unchecked = shown.stream().filter(row -> !row.verified()).map(PersonalInfoPage.IdentityRow::label).toList();
            if (!unchecked.isEmpty()) {
                problems.add("không có dấu tích xanh của CSDL Quốc gia về Dân cư: " + unchecked);
            }
        }
        assertThat(problems)
                .as(() -> String.format("«%s» trên %s phải hiện đúng %s; khác:%s", PersonalInfoPage.IDENTITY_TAB_LABEL, page.currentHost(), what,
                        problems.stream().map(line -> "\n  - " + line).collect(Collectors.joining())))
                .isEmpty();
        HeaderName.assertShows(portals.national().header(), journey.citizen().fullName());
    }

    @Khi("công dân bấm chọn Thông tin tài khoản")
    public void openAccountTab() {
        new PersonalInfoPage(portals.browser()).openAccountTab();
    }

    @Thì("Thông tin tài khoản hiện tài khoản VNconnect của công dân")
    public void accountTabIsTheVnconnectLogin() {
        assertAccountTab(CitizenRecords.Login.VNCONNECT, "tài khoản VNconnect mà công dân đã đăng nhập");
    }

    @Thì("Thông tin tài khoản hiện tài khoản định danh điện tử của công dân")
    public void accountTabIsTheVneidLogin() {
        assertAccountTab(CitizenRecords.Login.VNEID, "tài khoản định danh điện tử (VNeID) mà công dân đã đăng nhập");
    }

    private void assertAccountTab(CitizenRecords.Login login, String what) {
        PersonalInfoPage page = new PersonalInfoPage(portals.browser()).accountTab();
        ExactRows diff = ExactRows.compare(CitizenRecords.FIELD, CitizenRecords.accountTab(journey.citizen(), login),
                page.accountRows().stream().map(row -> CitizenRecords.shownField(row.label(), row.value())).toList(),
                portals.target().redactor()::mask);
        assertThat(diff.exact())
                .as(() -> String.format("«%s» trên %s phải hiện đúng %s; khác:%s", PersonalInfoPage.ACCOUNT_TAB_LABEL, page.currentHost(), what,
                        diff.report()))
                .isTrue();
        HeaderName.assertShows(portals.national().header(), journey.citizen().fullName());
    }

    @Khi("công dân tải lại trang Thông tin cá nhân")
    public void reloadPersonalInfo() {
        new PersonalInfoPage(portals.browser()).reload();
    }

    @Khi("công dân bấm \"Cập nhật\" để lưu")
    public void save() {
        new PersonalInfoPage(portals.browser()).save();
    }

    @Thì("thông báo {string} hiện ra")
    public void successMessageShown(String message) {
        assertThat(new Alerts(portals.browser()).successMessages())
                .as("Thông báo thành công trên trang")
                .contains(message);
    }

    @Khi("công dân (đã )Đăng xuất")
    public void logout() {
        journey.province().ifPresentOrElse(
                system -> portals.province(system).logout(),
                () -> portals.national().logout());
    }

    @Khi("công dân mở thẳng địa chỉ trang Thông tin cá nhân")
    public void openPersonalInfoDirectly() {
        portals.national().openPersonalInfoDirectly();
    }

    @Thì("Cổng DVC quốc gia yêu cầu đăng nhập lại")
    public void asksToLoginAgain() {
        assertThat(SsoLoginPage.isOnScreen(portals.browser()) || portals.signIn().wentStraightToVneid())
                .as(() -> String.format("Sau khi Đăng xuất, mở trang Thông tin cá nhân phải dẫn tới trang đăng nhập %s (hoặc SSO VNeID); "
                        + "nếu trang vẫn mở thì phiên đăng nhập chưa kết thúc. %s",
                        portals.target().hosts().nationalSso(), PortalPage.describeScreen(portals.browser())))
                .isTrue();
    }

    @Thì("Cổng DVC quốc gia yêu cầu cập nhật số định danh cá nhân")
    public void asksForCccd() {
        new CccdPromptPage(portals.browser());
    }

    @Khi("công dân nhập số định danh cá nhân của mình và bấm \"Cập nhật\"")
    public void enterOwnCccd() {
        new CccdPromptPage(portals.browser()).update(journey.citizen().cccd());
    }
}
