package vn.vneidlink.portals.sso;

import java.util.List;
import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.Expected;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.Wording;

/**
 * The national SSO's choice page (xacthuc.dichvucong.gov.vn), in either shape public evidence shows: the guide's (the
 * citizen VNconnect form, the VNeID option, the "Thông báo hệ thống" of a synced account) and the one after the cutover
 * ({@code #icon-1/2/3}, relabelled, no VNconnect login for citizens, a static "Thông báo từ hệ thống").
 */
public final class SsoLoginPage extends PortalPage {

    public static final String PATH = "/authenticationendpoint/login.do";
    /** The citizen's VNconnect account (the guide's era only). */
    public static final Wording VNCONNECT_KIND = Wording.of("Tài khoản cấp bởi Cổng dịch vụ công quốc gia");
    /** The citizen's VNeID account: the guide's wording, then the wording after the cutover (capital "Đ", "dành cho …"). */
    public static final Wording VNEID_KIND = Wording.of("Tài khoản định danh điện tử cấp bởi Bộ Công an",
            "Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân");
    public static final String NOTICE_TITLE = "Thông báo hệ thống";
    public static final String NOTICE_VNEID_LABEL = "Đăng nhập bằng VNeID";

    private static final By CARD = By.cssSelector(".login-card");
    /** Every account kind offered: the guide's option titles, or the options {@code #icon-N} after the cutover. */
    private static final By OPTION_TITLES = By.cssSelector(".login-options .login-option .option-title, .idp-options a[id^='icon-']");
    private static final By VNCONNECT_FORM = By.xpath("//div[contains(concat(' ', @class, ' '), ' login-option ')]"
            + "[.//*[contains(@class, 'option-title')][" + VNCONNECT_KIND.xpathTextCondition() + "]]//form[.//input[@id='username']]");
    /** The citizen's VNeID option: {@code a.login-IDP} under the guide's option title, or labelled itself after the cutover. */
    private static final By VNEID_OPTION = By.xpath("//div[contains(concat(' ', @class, ' '), ' login-option ')]"
            + "[.//*[contains(@class, 'option-title')][" + VNEID_KIND.xpathTextCondition() + "]]//a[contains(concat(' ', @class, ' '), ' login-IDP ')]"
            + " | //a[contains(concat(' ', @class, ' '), ' login-IDP ')][" + VNEID_KIND.xpathTextCondition() + "]");
    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By LOGIN = By.id("btn-login");
    private static final By ERROR = By.cssSelector(".alert-danger");
    private static final By NOTICE = By.id("system-notice");
    private static final By NOTICE_HEADER = By.cssSelector("#system-notice .modal-header");
    private static final By NOTICE_BODY = By.cssSelector("#system-notice .modal-body");
    private static final By NOTICE_VNEID = By.id("btn-notice-vneid");
    private static final By NOTICE_CLOSE = By.id("btn-notice-close");

    /**
     * What a visitor without an account must find on the choice page: its card (the load check), the account kinds, the
     * citizen's VNeID option and its label; the citizen's VNconnect login (form, fields, button, label) only where the
     * portal must still offer it ({@code vnconnectExpected}: before the cutover), else reported as not needed. The
     * system notice needs an account (it follows the logout of a synced one).
     */
    public static List<Expected> expectedWithoutAccount(boolean vnconnectExpected) {
        String onlyBefore = "chỉ có trước ngày chuyển đổi 01/07/2024";
        return List.of(
                Expected.one("khung đăng nhập", CARD),
                Expected.some("các loại tài khoản", OPTION_TITLES),
                Expected.one("mẫu đăng nhập VNconnect của công dân", VNCONNECT_FORM).requiredIf(vnconnectExpected, onlyBefore),
                Expected.one("ô «Tên đăng nhập»", USERNAME).requiredIf(vnconnectExpected, onlyBefore),
                Expected.one("ô «Mật khẩu»", PASSWORD).requiredIf(vnconnectExpected, onlyBefore),
                Expected.one("nút «Đăng nhập» của mẫu VNconnect", LOGIN).requiredIf(vnconnectExpected, onlyBefore),
                Expected.label("nhãn tài khoản VNconnect", VNCONNECT_KIND).requiredIf(vnconnectExpected, onlyBefore),
                Expected.one("lựa chọn VNeID của công dân", VNEID_OPTION),
                Expected.label("nhãn tài khoản VNeID", VNEID_KIND)).stream().map(e -> e.from(SsoLoginPage.class)).toList();
    }

    public SsoLoginPage(Browser browser) {
        super(browser, "Đăng nhập - Hệ thống xác thực Cổng DVC quốc gia", atWith(browser.hosts().nationalSso(), PATH, CARD));
    }

    /** Whether the browser shows this page now (no waiting: for a page that has just finished loading). */
    public static boolean isOnScreen(Browser browser) {
        return atWith(browser.hosts().nationalSso(), PATH, CARD).apply(browser.driver()) != null;
    }

    /** The account kinds the page offers, by their titles, in page order. */
    public List<String> accountKinds() {
        return texts(OPTION_TITLES);
    }

    /** Whether the page offers citizens the VNconnect login (the guide's form: user name and password). */
    public boolean offersVnconnectLogin() {
        return isDisplayed(VNCONNECT_FORM);
    }

    /** Whether the page offers citizens the VNeID option, in any accepted wording. */
    public boolean offersVneid() {
        return isDisplayed(VNEID_OPTION);
    }

    /** Enters the VNconnect user name and password and submits; the OTP page or an error follows. */
    public void submitVnconnectCredentials(String username, String password) {
        if (isDisplayed(NOTICE)) {
            closeNotice();
        }
        type(USERNAME, "Tên đăng nhập", username);
        type(PASSWORD, "Mật khẩu", password);
        clickAndWaitForNewPage(LOGIN, "Đăng nhập");
    }

    public String errorMessage() {
        return isDisplayed(ERROR) ? driver.findElement(ERROR).getText().trim() : "";
    }

    public boolean showsSystemNotice() {
        return isDisplayed(NOTICE);
    }

    public String systemNoticeTitle() {
        return textOf(NOTICE_HEADER, "tiêu đề «" + NOTICE_TITLE + "»");
    }

    public String systemNoticeText() {
        return textOf(NOTICE_BODY, "nội dung «" + NOTICE_TITLE + "»");
    }

    public String systemNoticeVneidLabel() {
        return textOf(NOTICE_VNEID, "nút «" + NOTICE_VNEID_LABEL + "»");
    }

    public void closeNotice() {
        click(NOTICE_CLOSE, "Đóng");
    }

    /** "Đăng nhập bằng VNeID" in the system notice. */
    public void chooseVneidFromNotice() {
        clickAndWaitForNewPage(NOTICE_VNEID, NOTICE_VNEID_LABEL);
    }

    /** The citizen's VNeID option of the choice page (class {@code login-IDP}, labelled {@link #VNEID_KIND}). */
    public void chooseVneid() {
        if (isDisplayed(NOTICE)) {
            closeNotice();
        }
        if (!offersVneid()) {
            throw new AssertionError(browser.redact("Trang đăng nhập của hệ thống xác thực không có lựa chọn " + VNEID_KIND.describe()
                    + " cho công dân; trang có: " + accountKinds() + ". " + describeScreen(browser)));
        }
        clickAndWaitForNewPage(VNEID_OPTION, VNEID_KIND.guides());
    }
}
