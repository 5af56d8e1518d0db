package vn.vneidlink.portals.national;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

    /**
     * As {@link #update}, for any value a tester tries (empty, 11 or 13 digits, letters, spaces, someone else's
     * number): the field's {@code maxlength} is lifted first, so that the portal gets the value whole.
     */
    public void updateAsTyped(String typed) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('maxlength');", visible(CCCD, "ô «Số định danh cá nhân/CCCD»"));
        update(typed);
    }

    /** Whether the browser shows the prompt now (no waiting: for a page that has just loaded). */
    public static boolean isOnScreen(Browser browser) {
        return atWith(browser.hosts().national(), NationalPortal.CCCD_PROMPT_PATH, CCCD).apply(browser.driver()) != null;
    }

    /** What the number field holds now. */
    public String enteredNumber() {
        return visible(CCCD, "ô «Số định danh cá nhân/CCCD»").getAttribute("value");
    }

    public void skip() {
        clickAndWaitForNewPage(SKIP, SKIP_LABEL);
    }

    public String errorMessage() {
        return isDisplayed(ERROR) ? driver.findElement(ERROR).getText().trim() : "";
    }
}
