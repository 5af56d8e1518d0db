package vn.vneidlink.portals;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;

/**
 * The top right corner of a portal page: the "Đăng nhập" button of a visitor, or the person's
 * full name with its menu once signed in. The national portal and the provincial systems share
 * this shape; each passes its own page name.
 */
public final class SiteHeader extends PortalPage {

    public static final String LOGIN_LABEL = "Đăng nhập";
    public static final String LOGOUT_LABEL = "Đăng xuất";

    /**
     * "Đăng nhập", wherever each portal puts it: today's national portal {@code a#dang-nhap}; the national portal of the
     * guide's era {@code .header-account .buttons a.btn-register} (its class names are swapped: "Đăng ký" is
     * {@code a.btn-login}); the provincial systems {@code .header-actions a.login-btn}. Always by its text too.
     */
    private static final By LOGIN_BUTTON = By.xpath("//a[@id='dang-nhap'"
            + " or (contains(concat(' ', @class, ' '), ' btn-register ') and ancestor::*[contains(concat(' ', @class, ' '), ' header-account ')])"
            + " or (contains(concat(' ', @class, ' '), ' login-btn ') and ancestor::*[contains(concat(' ', @class, ' '), ' header-actions ')])]"
            + "[normalize-space()='" + LOGIN_LABEL + "']");
    private static final By USER_NAME = By.id("user-name");
    private static final By USER_DROPDOWN = By.id("user-dropdown");

    /** The header of a page of {@code host}: waits until that portal shows either the login button or a name. */
    public SiteHeader(Browser browser, String pageName, String host) {
        super(browser, pageName, ExpectedConditions.and(onHost(host), ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(LOGIN_BUTTON),
                ExpectedConditions.visibilityOfElementLocated(USER_NAME))));
    }

    public boolean showsLoginButton() {
        return isDisplayed(LOGIN_BUTTON);
    }

    public String loginButtonLabel() {
        return textOf(LOGIN_BUTTON, "nút «" + LOGIN_LABEL + "»");
    }

    public boolean showsUserName() {
        return isDisplayed(USER_NAME);
    }

    /** The full name at the top right, or an empty string when nobody is signed in. */
    public String displayedName() {
        return showsUserName() ? driver.findElement(USER_NAME).getText().trim() : "";
    }

    public void clickLogin() {
        clickAndWaitForNewPage(LOGIN_BUTTON, LOGIN_LABEL);
    }

    /** Clicks the person's name at the top right, then the menu entry with this label. */
    public void chooseFromUserMenu(String entryLabel) {
        chooseFromUserMenu(Wording.of(entryLabel));
    }

    /** Clicks the person's name at the top right, then the menu entry with one of these wordings. */
    public void chooseFromUserMenu(Wording entry) {
        click(USER_NAME, "Họ và tên ở góc trên bên phải");
        visible(USER_DROPDOWN, "menu tài khoản");
        clickAndWaitForNewPage(By.xpath("//ul[@id='user-dropdown']//a[" + entry.xpathTextCondition() + "]"), entry.describe());
    }

    /** The href of "Đăng nhập" (where it leads, before it is clicked). */
    public String loginTarget() {
        return visible(LOGIN_BUTTON, "nút «" + LOGIN_LABEL + "»").getAttribute("href");
    }

}
