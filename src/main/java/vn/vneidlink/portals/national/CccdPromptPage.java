package vn.vneidlink.portals.national;

import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;

/** The prompt for a citizen-ID (CCCD) number that follows the login of an account without one. */
public final class CccdPromptPage extends PortalPage {

    public static final String UPDATE_LABEL = "Cập nhật";
    public static final String SKIP_LABEL = "Bỏ qua";

    private static final By CCCD = By.id("cccd");
    private static final By UPDATE = By.id("btn-update-cccd");
    private static final By SKIP = By.id("btn-skip-cccd");
    private static final By ERROR = By.cssSelector(".alert-danger");

    public CccdPromptPage(Browser browser) {
        super(browser, "Cập nhật số định danh cá nhân", atWith(browser.hosts().national(), NationalPortal.CCCD_PROMPT_PATH, CCCD));
    }

    public void update(String cccd) {
        type(CCCD, "Số định danh cá nhân/CCCD", cccd);
        clickAndWaitForNewPage(UPDATE, UPDATE_LABEL);
    }

    public void skip() {
        clickAndWaitForNewPage(SKIP, SKIP_LABEL);
    }

    public String errorMessage() {
        return isDisplayed(ERROR) ? driver.findElement(ERROR).getText().trim() : "";
    }
}
