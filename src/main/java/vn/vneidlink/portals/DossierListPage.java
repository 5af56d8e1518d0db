package vn.vneidlink.portals;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;

/** A list of the signed-in person's dossiers: "Quản lý hồ sơ đã nộp" nationally, "Hồ sơ của tôi" in a province. */
public final class DossierListPage extends PortalPage {

    private static final By TABLE = By.id("dossier-table");
    private static final By EMPTY = By.cssSelector("p.empty");
    private static final By CODES = By.cssSelector("#dossier-table tr.dossier td.dossier-code");

    public DossierListPage(Browser browser, String pageName, String host, String path) {
        super(browser, pageName, ExpectedConditions.and(at(host, path), listShown()));
    }

    /** A list on a page of this host whose path is not known (today's national portal: found through its menu). */
    public DossierListPage(Browser browser, String pageName, String host) {
        super(browser, pageName, ExpectedConditions.and(onHost(host), listShown()));
    }

    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> listShown() {
        return ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(TABLE),
                ExpectedConditions.visibilityOfElementLocated(EMPTY));
    }

    /** The dossier codes listed, in page order; empty when the page says there are none. */
    public List<String> dossierCodes() {
        scrollIntoView(TABLE);
        return texts(CODES);
    }

    public String emptyMessage() {
        return isDisplayed(EMPTY) ? driver.findElement(EMPTY).getText().trim() : "";
    }
}
