package vn.vneidlink.portals.sso;

import java.util.List;
import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.portals.PortalPage;

/** The national SSO's choice page (xacthuc.dichvucong.gov.vn): the two account kinds, and the system notice. */
public final class SsoLoginPage extends PortalPage {

    public static final String PATH = "/authenticationendpoint/login.do";
    public static final String VNCONNECT_KIND = "Tài khoản cấp bởi Cổng dịch vụ công quốc gia";
    public static final String VNEID_KIND = "Tài khoản định danh điện tử cấp bởi Bộ Công an";
    public static final String NOTICE_TITLE = "Thông báo hệ thống";
    public static final String NOTICE_VNEID_LABEL = "Đăng nhập bằng VNeID";

    private static final By OPTION_TITLES = By.cssSelector(".login-options .login-option .option-title");
    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By LOGIN = By.id("btn-login");
    private static final By VNEID_BUTTON = By.cssSelector("a.login-IDP");
    private static final By ERROR = By.cssSelector(".alert-danger");
    private static final By NOTICE = By.id("system-notice");
    private static final By NOTICE_HEADER = By.cssSelector("#system-notice .modal-header");
    private static final By NOTICE_BODY = By.cssSelector("#system-notice .modal-body");
    private static final By NOTICE_VNEID = By.id("btn-notice-vneid");
    private static final By NOTICE_CLOSE = By.id("btn-notice-close");
    private static final By CUTOVER_NOTICE = By.id("cutover-notice");
    private static final By CUTOVER_VNEID = By.id("btn-cutover-vneid");

    public SsoLoginPage(Browser browser) {
        super(browser, "Đăng nhập - Hệ thống xác thực Cổng DVC quốc gia", atWith(browser.hosts().nationalSso(), PATH, VNEID_BUTTON));
    }

    /** Whether the browser shows this page now (no waiting: for a page that has just finished loading). */
    public static boolean isOnScreen(Browser browser) {
        return atWith(browser.hosts().nationalSso(), PATH, VNEID_BUTTON).apply(browser.driver());
    }

    /** The account kinds the page offers, by their titles. */
    public List<String> accountKinds() {
        return texts(OPTION_TITLES);
    }

    /**
     * Enters the VNconnect user name and password and submits; the OTP page or an error follows.
     * On an SSO that no longer offers VNconnect accounts (after the cutover) the scenario does not apply.
     */
    public void submitVnconnectCredentials(String username, String password) {
        if (isDisplayed(NOTICE)) {
            closeNotice();
        }
        if (driver.findElements(USERNAME).isEmpty()) {
            throw NotApplicable.because("không áp dụng: hệ thống xác thực " + currentHost()
                    + " chỉ còn đăng nhập bằng VNeID (đã qua ngày chuyển đổi), không còn tài khoản VNconnect");
        }
        type(USERNAME, "Tên đăng nhập", username);
        type(PASSWORD, "Mật khẩu", password);
        clickAndWaitForNewPage(LOGIN, "Đăng nhập");
    }

    public String errorMessage() {
        return isDisplayed(ERROR) ? driver.findElement(ERROR).getText().trim() : "";
    }

    /** The notice that refuses a VNconnect login after the cutover date, or an empty string. */
    public String cutoverNoticeText() {
        return isDisplayed(CUTOVER_NOTICE) ? driver.findElement(CUTOVER_NOTICE).getText().trim() : "";
    }

    /** The label of the VNeID button inside the cutover notice, or an empty string. */
    public String cutoverNoticeVneidLabel() {
        return isDisplayed(CUTOVER_VNEID) ? driver.findElement(CUTOVER_VNEID).getText().trim() : "";
    }

    /** "Đăng nhập bằng VNeID" in the cutover notice. */
    public void chooseVneidFromCutoverNotice() {
        clickAndWaitForNewPage(CUTOVER_VNEID, NOTICE_VNEID_LABEL);
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

    /** The VNeID option of the choice page (button class {@code login-IDP}). */
    public void chooseVneid() {
        if (isDisplayed(NOTICE)) {
            closeNotice();
        }
        clickAndWaitForNewPage(VNEID_BUTTON, VNEID_KIND);
    }
}
