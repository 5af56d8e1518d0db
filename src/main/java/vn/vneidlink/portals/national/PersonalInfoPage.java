package vn.vneidlink.portals.national;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PageCondition;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.ShownTable;
import vn.vneidlink.portals.Wording;

/** "Thông tin cá nhân": the account tab and the identity tab ("Thông tin định danh") with the sync and the linked accounts. */
public final class PersonalInfoPage extends PortalPage {

    public static final String IDENTITY_TAB_LABEL = "Thông tin định danh";
    /** The fetch button: the seed's wording, then that of the provinces' published guides of 2024 (REAL-PORTALS.md). */
    public static final Wording FETCH_LABEL = Wording.of("Cập nhật CSDL Quốc gia về Dân cư", "Cập nhật từ CSDL Quốc gia về Dân cư");
    public static final String SAVE_LABEL = "Cập nhật";
    public static final String LINKED_ACCOUNTS_HEADING = "DANH SÁCH TÀI KHOẢN LIÊN KẾT";
    public static final String ACCOUNT_TAB_LABEL = "Thông tin tài khoản";
    /** The identity status of a synced account. */
    public static final String SYNCED_STATUS = "Đã đồng bộ với CSDL Quốc gia về Dân cư";

    /** The rows of "Thông tin định danh", in page order. */
    public static final String FULL_NAME = "Họ và tên";
    public static final String BIRTH_DATE = "Ngày sinh";
    public static final String GENDER = "Giới tính";
    public static final String CCCD_LABEL = "Số định danh cá nhân/CCCD";
    public static final String PLACE_OF_ORIGIN = "Quê quán";
    public static final List<String> IDENTITY_FIELDS = List.of(FULL_NAME, BIRTH_DATE, GENDER, CCCD_LABEL, PLACE_OF_ORIGIN);

    /** The rows of "Thông tin tài khoản", in page order ("Họ và tên" is {@link #FULL_NAME}). */
    public static final String USERNAME = "Tên đăng nhập";
    public static final String PHONE = "Số điện thoại";
    public static final String ACCOUNT_KIND = "Loại tài khoản";
    public static final List<String> ACCOUNT_FIELDS = List.of(USERNAME, FULL_NAME, PHONE, ACCOUNT_KIND);
    /** The kinds of account "Loại tài khoản" names (the national SSO's wording of the guide's era). */
    public static final String KIND_VNCONNECT = "Tài khoản cấp bởi Cổng dịch vụ công quốc gia";
    public static final String KIND_VNEID = "Tài khoản định danh điện tử cấp bởi Bộ Công an";

    /** The columns of "DANH SÁCH TÀI KHOẢN LIÊN KẾT", in page order. */
    public static final String LINKED_ACCOUNT = "Tài khoản";
    public static final String LINKED_KIND = "Loại tài khoản";
    public static final String LINKED_ON = "Ngày liên kết";
    public static final List<String> LINKED_COLUMNS = List.of(LINKED_ACCOUNT, LINKED_KIND, LINKED_ON);

    /** One row of "Thông tin định danh" as shown: its label, its value, whether the population database's green check shows. */
    public record IdentityRow(String label, String value, boolean verified) {}

    /** One row of "Thông tin tài khoản" as shown. */
    public record AccountRow(String label, String value) {}

    private static final By TITLE = By.xpath("//h2[normalize-space()='Thông tin cá nhân']");
    // The controls the guide names are found by their label: a renamed control is a defect for citizens following it.
    private static final By IDENTITY_TAB = By.xpath("//a[@id='tab-identity' and normalize-space()='" + IDENTITY_TAB_LABEL + "']");
    private static final By ACTIVE_IDENTITY_TAB = By.cssSelector("#tab-identity.active");
    private static final By ACCOUNT_TAB = By.xpath("//a[@id='tab-account' and normalize-space()='" + ACCOUNT_TAB_LABEL + "']");
    private static final By ACTIVE_ACCOUNT_TAB = By.cssSelector("#tab-account.active");
    private static final By ACCOUNT_INFO = By.id("account-info");
    private static final By IDENTITY_TABLE = By.id("identity-fields");
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
    private static final By LINKED_TABLE = By.cssSelector("#linked-accounts table");

    public PersonalInfoPage(Browser browser) {
        // by its own markup: the page's real path of today's portal was never found (the guide's: PERSONAL_INFO_PATH)
        super(browser, "Thông tin cá nhân", PageCondition.and(onHost(browser.hosts().national()), PageCondition.shown(TITLE)));
    }

    public PersonalInfoPage openIdentityTab() {
        clickAndWaitForNewPage(IDENTITY_TAB, IDENTITY_TAB_LABEL);
        return identityTab();
    }

    /** Clicks "Thông tin tài khoản" and waits for that tab. */
    public PersonalInfoPage openAccountTab() {
        clickAndWaitForNewPage(ACCOUNT_TAB, ACCOUNT_TAB_LABEL);
        return accountTab();
    }

    /** The account tab, waited for (the tab the page opens on). */
    public PersonalInfoPage accountTab() {
        PersonalInfoPage page = new PersonalInfoPage(browser);
        page.visible(ACTIVE_ACCOUNT_TAB, "thẻ «" + ACCOUNT_TAB_LABEL + "» đang mở");
        return page;
    }

    /**
     * Loads the page again, as the browser's reload button does, and waits for the new document: what it shows then
     * comes from what the portal stored, not from what the last answer carried.
     */
    public PersonalInfoPage reload() {
        ((JavascriptExecutor) driver).executeScript("window.__vneidlinkOldPage = true;");
        driver.navigate().refresh();
        waitUntil(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__vneidlinkOldPage === undefined && document.readyState === 'complete';"));
            } catch (org.openqa.selenium.WebDriverException betweenDocuments) {
                return false;
            }
        }, "trang «Thông tin cá nhân» tải lại");
        return new PersonalInfoPage(browser);
    }

    /** The identity tab, waited for. */
    public PersonalInfoPage identityTab() {
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

    /** Keys of the identity fields shown (fullName, birthDate, gender, cccd, placeOfOrigin), read in one script. */
    public List<String> fields() {
        return rows(0, false);
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
        return rows(column, true);
    }

    /** One column of the identity rows, of every row or only of those whose green check is visible. */
    private List<String> rows(int column, boolean verifiedOnly) {
        Object rows = ((JavascriptExecutor) driver).executeScript(ROWS, FIELD_ROWS_CSS, VERIFIED_CHECK_CSS, verifiedOnly);
        List<String> values = new ArrayList<>();
        if (rows instanceof List<?> list) {
            for (Object row : list) {
                values.add(String.valueOf(((List<?>) row).get(column)));
            }
        }
        return values;
    }

    private static final String ROWS = """
            return Array.from(document.querySelectorAll(arguments[0]))
              .filter(row => !arguments[2] || Array.from(row.querySelectorAll(arguments[1]))
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

    /** Whether the page has the section "DANH SÁCH TÀI KHOẢN LIÊN KẾT" at all. */
    public boolean showsLinkedAccounts() {
        return isDisplayed(LINKED_SECTION);
    }

    /** The whole table under "DANH SÁCH TÀI KHOẢN LIÊN KẾT" (headings, every row); no table when none or no list. */
    public ShownTable linkedAccounts() {
        if (driver.findElements(LINKED_SECTION).isEmpty()) {
            return ShownTable.none();
        }
        scrollIntoView(LINKED_SECTION);
        waitUntil(PageCondition.shown(LINKED_SECTION), "mục «" + LINKED_ACCOUNTS_HEADING + "»");
        return driver.findElements(LINKED_TABLE).stream().filter(WebElement::isDisplayed).findFirst()
                .map(table -> ShownTable.read(driver, table)).orElseGet(ShownTable::none);
    }

    /** The message the section shows instead of a table ("Chưa có tài khoản liên kết"), or an empty string. */
    public String linkedAccountsEmptyMessage() {
        By empty = By.cssSelector("#linked-accounts p.empty");
        return isDisplayed(empty) ? driver.findElement(empty).getText().trim() : "";
    }

    /** Every visible row of "Thông tin định danh" (whatever its markup names it), in page order, read in one script. */
    public List<IdentityRow> identityRows() {
        scrollIntoView(IDENTITY_TABLE);
        Object rows = ((JavascriptExecutor) driver).executeScript(IDENTITY_ROWS, VERIFIED_CHECK_CSS);
        List<IdentityRow> shown = new ArrayList<>();
        if (rows instanceof List<?> list) {
            for (Object row : list) {
                List<?> cells = (List<?>) row;
                shown.add(new IdentityRow(String.valueOf(cells.get(0)), String.valueOf(cells.get(1)), Boolean.TRUE.equals(cells.get(2))));
            }
        }
        return shown;
    }

    /** Every row of "Thông tin tài khoản" (label, value), in page order, read in one script. */
    public List<AccountRow> accountRows() {
        scrollIntoView(ACCOUNT_INFO);
        Object rows = ((JavascriptExecutor) driver).executeScript(ACCOUNT_ROWS);
        List<AccountRow> shown = new ArrayList<>();
        if (rows instanceof List<?> list) {
            for (Object row : list) {
                List<?> cells = (List<?>) row;
                shown.add(new AccountRow(String.valueOf(cells.get(0)), String.valueOf(cells.get(1))));
            }
        }
        return shown;
    }

    private static final String IDENTITY_ROWS = """
            const visible = el => el.checkVisibility({opacityProperty: true, visibilityProperty: true});
            const table = document.getElementById('identity-fields');
            if (!table) { return []; }
            return Array.from(table.querySelectorAll('tr')).filter(visible).map(row => {
              const th = row.querySelector('th');
              const value = row.querySelector('td.value') || row.querySelector('td');
              return [th ? th.innerText.trim() : '', value ? value.innerText.trim() : '',
                      Array.from(row.querySelectorAll(arguments[0])).some(visible)];
            });
            """;

    private static final String ACCOUNT_ROWS = """
            const list = document.getElementById('account-info');
            if (!list) { return []; }
            const rows = [];
            let label = null;
            for (const el of Array.from(list.children)) {
              if (el.tagName === 'DT') { if (label !== null) { rows.push([label, '']); } label = el.innerText.trim(); }
              else if (el.tagName === 'DD') { rows.push([label === null ? '' : label, el.innerText.trim()]); label = null; }
            }
            if (label !== null) { rows.push([label, '']); }
            return rows;
            """;
}
