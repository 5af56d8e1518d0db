package vn.vneidlink.portals;

import java.util.List;
import org.openqa.selenium.By;
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
     * {@code a.btn-login}). Always by its text too. The provincial systems' own come from their platform profiles.
     */
    private static final By LOGIN_BUTTON = By.xpath("//a[@id='dang-nhap'"
            + " or (contains(concat(' ', @class, ' '), ' btn-register ') and ancestor::*[contains(concat(' ', @class, ' '), ' header-account ')])]"
            + "[normalize-space()='" + LOGIN_LABEL + "']");
    /** Where the national portal (every era) puts its login button, the person's name and the menu it opens. */
    public static final Locators NATIONAL = new Locators(LOGIN_BUTTON, By.id("user-name"), By.id("user-dropdown"));

    /**
     * Where a portal puts the visitor's "Đăng nhập", the signed-in person's full name, and the menu the name opens: the
     * national portal's own ({@link #NATIONAL}), or a provincial platform's, from its profile.
     */
    public record Locators(By loginButton, By userName, By userMenu) {}

    /**
     * What a visitor without an account must find in the header (for the drift check): the login button, found with
     * these locators, and its label in one of these wordings. The person's name and menu need an account.
     */
    public static List<Expected> expectedWithoutAccount(Locators locators, Wording loginLabel) {
        return List.of(Expected.one("nút «" + LOGIN_LABEL + "»", locators.loginButton()),
                Expected.label("nhãn của nút «" + LOGIN_LABEL + "»", loginLabel));
    }

    private final Locators locators;

    /** The header of a page of the national portal on {@code host}: waits until it shows either the login button or a name. */
    public SiteHeader(Browser browser, String pageName, String host) {
        this(browser, pageName, host, NATIONAL);
    }

    /** The header of a page of {@code host}, found with these locators: waits until it shows the login button or a name. */
    public SiteHeader(Browser browser, String pageName, String host, Locators locators) {
        super(browser, pageName, PageCondition.and(onHost(host), PageCondition.or(
                PageCondition.shown(locators.loginButton()), PageCondition.shown(locators.userName()))));
        this.locators = locators;
    }

    public boolean showsLoginButton() {
        return isDisplayed(locators.loginButton());
    }

    public String loginButtonLabel() {
        return textOf(locators.loginButton(), "nút «" + LOGIN_LABEL + "»");
    }

    public boolean showsUserName() {
        return isDisplayed(locators.userName());
    }

    /** The full name at the top right, or an empty string when nobody is signed in. */
    public String displayedName() {
        return showsUserName() ? driver.findElement(locators.userName()).getText().trim() : "";
    }

    public void clickLogin() {
        clickAndWaitForNewPage(locators.loginButton(), LOGIN_LABEL);
    }

    /** Clicks the person's name at the top right, then the menu entry with this label. */
    public void chooseFromUserMenu(String entryLabel) {
        chooseFromUserMenu(Wording.of(entryLabel));
    }

    /** Clicks the person's name at the top right, then the menu entry with one of these wordings. */
    public void chooseFromUserMenu(Wording entry) {
        click(locators.userName(), "Họ và tên ở góc trên bên phải");
        visible(locators.userMenu(), "menu tài khoản");
        clickAndWaitForNewPage(new Within(locators.userMenu(), By.xpath(".//a[" + entry.xpathTextCondition() + "]")), entry.describe());
    }

    /** The href of "Đăng nhập" (where it leads, before it is clicked). */
    public String loginTarget() {
        return visible(locators.loginButton(), "nút «" + LOGIN_LABEL + "»").getAttribute("href");
    }

}
