package vn.vneidlink.portals.vneid;

import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;

/** VNeID login: the 12-digit personal identification number and the password. */
public final class VneidLoginPage extends PortalPage {

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By LOGIN = By.id("kc-login");
    private static final By ERROR = By.cssSelector(".alert-danger");

    public VneidLoginPage(Browser browser) {
        super(browser, "Đăng nhập tài khoản định danh điện tử (VNeID)", atWith(browser.hosts().vneidSso(), VneidSso.LOGIN_PATH, USERNAME));
    }

    public void login(String personalIdNumber, String password) {
        type(USERNAME, "Số định danh cá nhân", personalIdNumber);
        type(PASSWORD, "Mật khẩu", password);
        clickAndWaitForNewPage(LOGIN, "Đăng nhập");
    }

    public String errorMessage() {
        return isDisplayed(ERROR) ? driver.findElement(ERROR).getText().trim() : "";
    }
}
