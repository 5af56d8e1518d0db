package vn.vneidlink.steps.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.ParameterType;
import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.vneidlink.config.Redactor;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.portals.DossierListPage;
import vn.vneidlink.portals.ShownTable;
import vn.vneidlink.portals.national.PersonalInfoPage;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.national.OnlineSubmissionPage;
import vn.vneidlink.portals.vneid.VneidFirewall;
import vn.vneidlink.portals.vneid.VneidLoginPage;
import vn.vneidlink.portals.vneid.VneidMessagePage;
import vn.vneidlink.steps.CitizenRecords;
import vn.vneidlink.steps.ExactRows;
import vn.vneidlink.steps.HeaderName;
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

    /**
     * The list holds exactly the citizen's old VNconnect account, once, with its whole row (kind, date of the link):
     * a list without it means not linked; a duplicate, another person's account or a wrong value is said as such.
     */
    @Thì("DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân")
    public void linkedListIsTheOldAccount() {
        PersonalInfoPage page = new PersonalInfoPage(portals.browser());
        Redactor redactor = portals.target().redactor();
        Citizen.VnconnectAccount old = journey.vnconnect();
        LocalDate today = portals.target().portalToday();
        // linked during this scenario (the data says not yet): dated today; linked before: a date not after today
        ExactRows.Expected linkedOn = old.linked() ? CitizenRecords.linkedBefore(today) : CitizenRecords.linkedToday(today);
        ShownTable table = page.linkedAccounts();
        ExactRows diff = ExactRows.compare(PersonalInfoPage.LINKED_ACCOUNT, List.of(CitizenRecords.linkedAccount(old, linkedOn)),
                table.rowsByHeading(), redactor::mask).withColumns(PersonalInfoPage.LINKED_COLUMNS, table.headings());
        String account = redactor.masked(old.username());
        assertThat(diff.exact())
                .as(() -> (diff.missing().isEmpty()
                        ? String.format("«%s» phải liệt kê đúng một lần tài khoản VNconnect %s của công dân, đúng từng cột, và không "
                                + "tài khoản nào khác; trang hiện %d dòng:", PersonalInfoPage.LINKED_ACCOUNTS_HEADING, account, table.rows().size())
                        : String.format("«%s» thiếu tài khoản VNconnect %s của công dân: tài khoản VNeID và tài khoản VNconnect CHƯA được "
                                + "liên kết (hoặc danh sách không liệt kê tài khoản cũ); trang hiện %s:", PersonalInfoPage.LINKED_ACCOUNTS_HEADING,
                                account, shownLinked(page, table)))
                        + diff.report())
                .isTrue();
        assertThat(page.linkedAccountsHeading()).isEqualTo(PersonalInfoPage.LINKED_ACCOUNTS_HEADING);
    }

    /** What the linked-accounts section shows, in words, for a message. */
    private static String shownLinked(PersonalInfoPage page, ShownTable table) {
        if (!table.rows().isEmpty()) {
            return table.rows().size() + " dòng khác";
        }
        return page.showsLinkedAccounts() ? "danh sách trống «" + page.linkedAccountsEmptyMessage() + "»" : "không có mục này";
    }

    @Thì("tài khoản VNeID KHÔNG được liên kết với tài khoản VNconnect của công dân")
    public void notLinked() {
        PersonalInfoPage page = new PersonalInfoPage(portals.browser());
        Redactor redactor = portals.target().redactor();
        String oldAccount = journey.vnconnect().username();
        List<Map<String, String>> rows = page.linkedAccounts().rowsByHeading();
        assertThat(rows.stream().map(row -> row.get(PersonalInfoPage.LINKED_ACCOUNT)).toList())
                .as("Chưa đồng bộ thì đăng nhập VNeID phải mở tài khoản riêng, KHÔNG liên kết với tài khoản VNconnect %s",
                        redactor.masked(oldAccount))
                .doesNotContain(oldAccount);
        // the separate account has no linked account at all: any row is someone else's
        ExactRows others = ExactRows.compare(PersonalInfoPage.LINKED_ACCOUNT, List.of(), rows, redactor::mask);
        assertThat(others.exact())
                .as(() -> String.format("Tài khoản VNeID riêng (chưa liên kết) không có tài khoản liên kết nào, nhưng «%s» hiện:%s",
                        PersonalInfoPage.LINKED_ACCOUNTS_HEADING, others.report()))
                .isTrue();
    }

    @Thì("không hồ sơ nào đã nộp bằng tài khoản VNconnect hiện ra")
    public void oldDossiersAbsent() {
        List<String> old = journey.citizen().dossiers().stream().map(Citizen.Dossier::code).toList();
        DossierListPage page = portals.dossierList();
        List<Map<String, String>> rows = page.table().rowsByHeading();
        assertThat(rows.stream().map(row -> row.get(DossierListPage.CODE)).toList())
                .as("Tài khoản VNeID riêng (chưa liên kết) không được thấy hồ sơ của tài khoản VNconnect")
                .doesNotContainAnyElementsOf(old);
        // a separate account opened just now has no dossier at all: any row is someone else's
        ExactRows others = ExactRows.compare(DossierListPage.CODE, List.of(), rows, portals.target().redactor()::mask);
        assertThat(others.exact())
                .as(() -> String.format("Tài khoản VNeID riêng vừa mở chưa có hồ sơ nào, nhưng «%s» (%s) hiện:%s", page.pageName(),
                        page.currentHost(), others.report()))
                .isTrue();
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

    /**
     * The list shows exactly the citizen's dossiers (citizens.json, or the live account's codes): each once, every column
     * as the data holds it, and no dossier of anyone else, then his name at the top right of that page. A dossier
     * missing is said as missing; another person's dossier as someone else's data shown, never as "not linked".
     */
    @Thì("mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra")
    public void oldDossiersShown() {
        Citizen citizen = journey.citizen();
        Redactor redactor = portals.target().redactor();
        DossierListPage page = portals.dossierList();
        ShownTable table = page.table();
        ExactRows diff = ExactRows.compare(DossierListPage.CODE, CitizenRecords.dossiers(citizen), table.rowsByHeading(), redactor::mask)
                .withColumns(DossierListPage.COLUMNS, table.headings());
        assertThat(diff.exact())
                .as(() -> dossierHeadline(page, table, diff, citizen.dossiers().size()) + diff.report())
                .isTrue();
        HeaderName.assertShows(portals.headerOfPageShown(), citizen.fullName());
    }

    private static String dossierHeadline(DossierListPage page, ShownTable table, ExactRows diff, int expected) {
        String where = String.format("«%s» (%s)", page.pageName(), page.currentHost());
        if (table.rows().isEmpty() && expected > 0) {
            return String.format("Thiếu hồ sơ cũ của tài khoản VNconnect trên %s: không hồ sơ nào hiện ra (trang hiện «%s»); "
                    + "tài khoản chưa được liên kết ở đây:", where, page.emptyMessage());
        }
        String headline = diff.missing().isEmpty()
                ? String.format("%s phải hiện đúng %d hồ sơ của công dân, mỗi hồ sơ một lần, đúng từng cột, không hồ sơ của ai khác", where, expected)
                : String.format("Thiếu hồ sơ cũ của tài khoản VNconnect trên %s", where);
        return headline + (diff.extra().isEmpty() ? "" : "; trang hiện hồ sơ KHÔNG phải của công dân (dữ liệu của người khác)") + ":";
    }
}
