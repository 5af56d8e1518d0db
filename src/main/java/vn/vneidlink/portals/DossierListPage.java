package vn.vneidlink.portals;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.vneidlink.browser.Browser;

/** A list of the signed-in person's dossiers: "Quản lý hồ sơ đã nộp" nationally, "Hồ sơ của tôi" in a province. */
public final class DossierListPage extends PortalPage {

    /** The national portal's list (every era). */
    public static final Locators NATIONAL = new Locators(By.id("dossier-table"),
            By.cssSelector("#dossier-table tr.dossier td.dossier-code"), By.cssSelector("p.empty"));

    /** The table, each dossier's code cell, and the "no dossier" message. */
    public record Locators(By table, By codes, By empty) {}

    /** The column headings of a dossier list, on the national portal and every provincial platform. */
    public static final String CODE = "Mã hồ sơ";
    public static final String PROCEDURE = "Thủ tục hành chính";
    public static final String AGENCY = "Cơ quan giải quyết";
    public static final String SUBMITTED_ON = "Ngày nộp";
    public static final String STATUS = "Trạng thái";
    /** Every column of the list, in page order. */
    public static final List<String> COLUMNS = List.of(CODE, PROCEDURE, AGENCY, SUBMITTED_ON, STATUS);

    private final Locators locators;

    /** A list at this address, found with these locators (a provincial platform's, from its profile). */
    public DossierListPage(Browser browser, String pageName, String host, String path, Locators locators) {
        super(browser, pageName, PageCondition.and(at(host, path), listShown(locators)));
        this.locators = locators;
    }

    /** The national portal's list on a page of this host whose path is not known (today's portal: found through its menu). */
    public DossierListPage(Browser browser, String pageName, String host) {
        super(browser, pageName, PageCondition.and(onHost(host), listShown(NATIONAL)));
        this.locators = NATIONAL;
    }

    private static PageCondition listShown(Locators locators) {
        return PageCondition.or(PageCondition.shown(locators.table()), PageCondition.shown(locators.empty()));
    }

    /** The dossier codes listed, in page order; empty when the page says there are none. */
    public List<String> dossierCodes() {
        scrollIntoView(locators.table());
        return texts(locators.codes());
    }

    /** The whole list as shown: headings and every visible row (no table: the page says there are none). */
    public ShownTable table() {
        scrollIntoView(locators.table());
        return driver.findElements(locators.table()).stream().filter(WebElement::isDisplayed).findFirst()
                .map(table -> ShownTable.read(driver, table)).orElseGet(ShownTable::none);
    }

    public String emptyMessage() {
        return isDisplayed(locators.empty()) ? driver.findElement(locators.empty()).getText().trim() : "";
    }
}
