package vn.vneidlink.portals.national;

import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;

/** "Thông tin cá nhân": the account tab and the identity tab ("Thông tin định danh") with the sync and the linked accounts. */
public final class PersonalInfoPage extends PortalPage {

    public static final String IDENTITY_TAB_LABEL = "Thông tin định danh";
    public static final String FETCH_LABEL = "Cập nhật CSDL Quốc gia về Dân cư";
    public static final String SAVE_LABEL = "Cập nhật";
    public static final String LINKED_ACCOUNTS_HEADING = "DANH SÁCH TÀI KHOẢN LIÊN KẾT";

    private static final By TITLE = By.xpath("//h2[normalize-space()='Thông tin cá nhân']");
    private static final By IDENTITY_TAB = By.id("tab-identity");
    private static final By ACTIVE_IDENTITY_TAB = By.cssSelector("#tab-identity.active");
    private static final By SYNC_STATUS = By.id("sync-status");
    private static final By FIELD_ROWS = By.cssSelector("#identity-fields tr[data-field]");
    private static final By VERIFIED_CHECK = By.cssSelector("td.status .verified-check");
    private static final By FETCH = By.id("btn-fetch-population");
    private static final By SAVE = By.id("btn-save");
    private static final By SUCCESS = By.cssSelector(".alert-success");
    private static final By ERROR = By.cssSelector(".alert-danger");
    private static final By LINKED_SECTION = By.id("linked-accounts");
    private static final By LINKED_HEADING = By.cssSelector("#linked-accounts h3");
    private static final By LINKED_NAMES = By.cssSelector("#linked-accounts tr.linked-account td.account-name");

    public PersonalInfoPage(Browser browser) {
        super(browser, "Thông tin cá nhân", atWith(NationalPortal.HOST, NationalPortal.PERSONAL_INFO_PATH, TITLE));
    }

    public PersonalInfoPage openIdentityTab() {
        clickAndWaitForNewPage(IDENTITY_TAB, IDENTITY_TAB_LABEL);
        return identityTab();
    }

    private PersonalInfoPage identityTab() {
        PersonalInfoPage page = new PersonalInfoPage(browser);
        page.visible(ACTIVE_IDENTITY_TAB, "thẻ «" + IDENTITY_TAB_LABEL + "» đang mở");
        return page;
    }

    public String syncStatus() {
        return textOf(SYNC_STATUS, "trạng thái đồng bộ");
    }

    /** Clicks "Cập nhật CSDL Quốc gia về Dân cư" and waits for the page that answers it. */
    public PersonalInfoPage fetchFromPopulationDatabase() {
        clickAndWaitForNewPage(FETCH, FETCH_LABEL);
        return identityTab();
    }

    /** Clicks "Cập nhật" to save what the population database returned. */
    public PersonalInfoPage save() {
        clickAndWaitForNewPage(SAVE, SAVE_LABEL);
        return identityTab();
    }

    public boolean offersSave() {
        return isDisplayed(SAVE);
    }

    /** Keys of the identity fields shown (fullName, birthDate, gender, cccd, placeOfOrigin). */
    public List<String> fields() {
        return driver.findElements(FIELD_ROWS).stream().map(row -> row.getAttribute("data-field")).collect(Collectors.toList());
    }

    /** Keys of the identity fields that carry the green check of the population database. */
    public List<String> verifiedFields() {
        scrollIntoView(FIELD_ROWS);
        return driver.findElements(FIELD_ROWS).stream()
                .filter(row -> row.findElements(VERIFIED_CHECK).stream().anyMatch(WebElement::isDisplayed))
                .map(row -> row.getAttribute("data-field"))
                .collect(Collectors.toList());
    }

    public String fieldValue(String field) {
        return textOf(By.cssSelector("#identity-fields tr[data-field='" + field + "'] td.value"), "trường " + field);
    }

    public String successMessage() {
        return isDisplayed(SUCCESS) ? driver.findElement(SUCCESS).getText().trim() : "";
    }

    public String errorMessage() {
        return isDisplayed(ERROR) ? driver.findElement(ERROR).getText().trim() : "";
    }

    public String linkedAccountsHeading() {
        return isDisplayed(LINKED_HEADING) ? driver.findElement(LINKED_HEADING).getText().trim() : "";
    }

    /** User names of the accounts listed under "DANH SÁCH TÀI KHOẢN LIÊN KẾT"; empty when none or no list. */
    public List<String> linkedAccountNames() {
        if (driver.findElements(LINKED_SECTION).isEmpty()) {
            return List.of();
        }
        scrollIntoView(LINKED_SECTION);
        waitUntil(ExpectedConditions.visibilityOfElementLocated(LINKED_SECTION), "mục «" + LINKED_ACCOUNTS_HEADING + "»");
        return texts(LINKED_NAMES);
    }
}
