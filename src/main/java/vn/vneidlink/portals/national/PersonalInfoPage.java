package vn.vneidlink.portals.national;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.Wording;

/** "Thông tin cá nhân": the account tab and the identity tab ("Thông tin định danh") with the sync and the linked accounts. */
public final class PersonalInfoPage extends PortalPage {

    public static final String IDENTITY_TAB_LABEL = "Thông tin định danh";
    /** The fetch button: the seed's wording, then that of the provinces' published guides of 2024 (REAL-PORTALS.md). */
    public static final Wording FETCH_LABEL = Wording.of("Cập nhật CSDL Quốc gia về Dân cư", "Cập nhật từ CSDL Quốc gia về Dân cư");
    public static final String SAVE_LABEL = "Cập nhật";
    public static final String LINKED_ACCOUNTS_HEADING = "DANH SÁCH TÀI KHOẢN LIÊN KẾT";

    private static final By TITLE = By.xpath("//h2[normalize-space()='Thông tin cá nhân']");
    // The controls the guide names are found by their label: a renamed control is a defect for citizens following it.
    private static final By IDENTITY_TAB = By.xpath("//a[@id='tab-identity' and normalize-space()='" + IDENTITY_TAB_LABEL + "']");
    private static final By ACTIVE_IDENTITY_TAB = By.cssSelector("#tab-identity.active");
    private static final By SYNC_STATUS = By.id("sync-status");
    private static final String FIELD_ROWS_CSS = "#identity-fields tr[data-field]";
    private static final By FIELD_ROWS = By.cssSelector(FIELD_ROWS_CSS);
    private static final String VERIFIED_CHECK_CSS = "td.status .verified-check";
    private static final By FETCH = By.xpath("//button[@id='btn-fetch-population'][" + FETCH_LABEL.xpathTextCondition() + "]");
    private static final By SAVE = By.xpath("//button[@id='btn-save' and normalize-space()='" + SAVE_LABEL + "']");
    private static final By WARNING = By.cssSelector(".alert-warning");
    private static final By CCCD = By.id("cccd");
    private static final By UPDATE_CCCD = By.id("btn-update-cccd");
    private static final By SUCCESS = By.cssSelector(".alert-success");
    private static final By ERROR = By.cssSelector(".alert-danger");
    private static final By LINKED_SECTION = By.id("linked-accounts");
    private static final By LINKED_HEADING = By.cssSelector("#linked-accounts h3");
    private static final By LINKED_NAMES = By.cssSelector("#linked-accounts tr.linked-account td.account-name");

    public PersonalInfoPage(Browser browser) {
        // by its own markup: the page's real path of today's portal was never found (the guide's: PERSONAL_INFO_PATH)
        super(browser, "Thông tin cá nhân", ExpectedConditions.and(onHost(browser.hosts().national()),
                ExpectedConditions.visibilityOfElementLocated(TITLE)));
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
        clickAndWaitForNewPage(FETCH, FETCH_LABEL.describe());
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

    /** Labels (Họ và tên, Ngày sinh...) of the identity fields that carry the green check. */
    public List<String> verifiedFieldLabels() {
        return verifiedRows(1);
    }

    /** Labels of every identity field shown. */
    public List<String> fieldLabels() {
        return driver.findElements(FIELD_ROWS).stream()
                .map(row -> row.findElement(By.tagName("th")).getText().trim())
                .collect(Collectors.toList());
    }

    public String warningMessage() {
        return isDisplayed(WARNING) ? driver.findElement(WARNING).getText().trim() : "";
    }

    /** For an account without one: types the CCCD number in the identity tab's own form and clicks "Cập nhật". */
    public PersonalInfoPage updateCccd(String cccd) {
        type(CCCD, "Số định danh cá nhân/CCCD", cccd);
        clickAndWaitForNewPage(UPDATE_CCCD, SAVE_LABEL);
        return identityTab();
    }

    /** Keys of the identity fields that carry the green check of the population database. */
    public List<String> verifiedFields() {
        return verifiedRows(0);
    }

    /**
     * One column ({@code 0}: data-field, {@code 1}: label) of the identity rows whose green check is
     * visible, read in one script: a row at a time through WebDriver costs three round trips a row.
     */
    private List<String> verifiedRows(int column) {
        scrollIntoView(FIELD_ROWS);
        Object rows = ((JavascriptExecutor) driver).executeScript(VERIFIED_ROWS, FIELD_ROWS_CSS, VERIFIED_CHECK_CSS);
        List<String> values = new ArrayList<>();
        if (rows instanceof List<?> list) {
            for (Object row : list) {
                values.add(String.valueOf(((List<?>) row).get(column)));
            }
        }
        return values;
    }

    private static final String VERIFIED_ROWS = """
            return Array.from(document.querySelectorAll(arguments[0]))
              .filter(row => Array.from(row.querySelectorAll(arguments[1]))
                .some(check => check.checkVisibility({opacityProperty: true, visibilityProperty: true})))
              .map(row => [row.getAttribute('data-field') || '', (row.querySelector('th') ? row.querySelector('th').innerText : '').trim()]);
            """;

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
