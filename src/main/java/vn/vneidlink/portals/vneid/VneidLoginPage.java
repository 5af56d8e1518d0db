package vn.vneidlink.portals.vneid;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.Expected;
import vn.vneidlink.portals.PageCondition;

/**
 * The VNeID SSO's login page, a single-page app: the 12-digit personal identification number and the password
 * ({@code button.custom-btn-resolve} "Đăng nhập"), whose answer comes by XHR: the code modal
 * ({@link VneidCodeModal}) or an error on the page; or the "Quét mã QR" tab ({@link VneidQrPanel}).
 */
public final class VneidLoginPage extends VneidPage {

    public static final String LOGIN_LABEL = "Đăng nhập";
    public static final String QR_TAB_LABEL = "Quét mã QR";

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By SUBMIT = By.cssSelector("#login-form button.custom-btn-resolve");
    private static final By ERROR = By.id("login-error");
    private static final By QR_TAB = By.id("tab-qr");
    /** What the page shows once it has answered the credentials: the modal, an error, or a server page's error. */
    private static final By ANSWER = By.cssSelector("#otp-modal, #login-error");

    /** What a visitor must find on the login page: the ID number and password fields, "Đăng nhập" and the QR tab. */
    public static List<Expected> expectedWithoutAccount() {
        return List.of(Expected.one("ô «Số định danh cá nhân»", USERNAME), Expected.one("ô «Mật khẩu»", PASSWORD),
                Expected.one("nút «" + LOGIN_LABEL + "»", SUBMIT), Expected.one("thẻ «" + QR_TAB_LABEL + "»", QR_TAB))
                .stream().map(e -> e.from(VneidLoginPage.class)).toList();
    }

    public VneidLoginPage(Browser browser) {
        super(browser, "Đăng nhập tài khoản định danh điện tử (VNeID)",
                PageCondition.and(at(browser.hosts().vneidSso(), VneidSso.LOGIN_PATH), PageCondition.shown(USERNAME)));
    }

    /** Types the ID number and password, presses "Đăng nhập", and waits for the answer: the code modal, or an error. */
    public void submit(String personalIdNumber, String password) {
        type(USERNAME, "Số định danh cá nhân", personalIdNumber);
        type(PASSWORD, "Mật khẩu", password);
        click(SUBMIT, LOGIN_LABEL);
        waitOnVneid(PageCondition.or(shows(ANSWER), shows(SERVER_ERROR), leftVneid(browser)),
                "câu trả lời của SSO VNeID sau khi bấm «" + LOGIN_LABEL + "» (hộp nhập mã xác nhận hoặc thông báo lỗi)");
    }

    /**
     * As {@link #submit}, for any value a tester tries (empty, cut short, too long, letters, spaces): the ID-number
     * field's {@code maxlength} is lifted first, so that the server gets the value whole. Its refusal is what protects
     * the account; the field's limit is a hint that a script, a paste into an old browser or a changed page ignores.
     */
    public void submitAsTyped(String personalIdNumber, String password) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('maxlength');", visible(USERNAME, "ô «Số định danh cá nhân»"));
        submit(personalIdNumber, password);
    }

    /** Whether the login form shows now (no waiting: for a page that has just answered). */
    public static boolean isOnScreen(Browser browser) {
        return holdsNow(browser, onVneidShowing(browser, USERNAME));
    }

    /** The error the page shows under the form (wrong ID number or password, web login not allowed); empty if none. */
    public String errorMessage() {
        return shownText(ERROR);
    }

    /** The "Quét mã QR" tab: the page asks its server for a QR code and shows it. */
    public VneidQrPanel chooseQr() {
        click(QR_TAB, QR_TAB_LABEL);
        return new VneidQrPanel(browser);
    }
}
