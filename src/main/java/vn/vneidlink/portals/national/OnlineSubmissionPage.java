package vn.vneidlink.portals.national;

import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PageCondition;
import vn.vneidlink.portals.PortalPage;

/** "Nộp hồ sơ trực tuyến": a public service that asks for a VNeID account of level 2. */
public final class OnlineSubmissionPage extends PortalPage {

    public static final String SERVICE_LABEL = "Nộp hồ sơ trực tuyến";

    private static final By TITLE = By.xpath("//h2[normalize-space()='" + SERVICE_LABEL + "']");
    private static final By LEVEL_ERROR = By.id("level-error");
    private static final By FORM = By.id("submit-dossier-form");

    public OnlineSubmissionPage(Browser browser) {
        super(browser, SERVICE_LABEL, PageCondition.and(onHost(browser.hosts().national()), PageCondition.shown(TITLE)));
    }

    public String levelError() {
        return isDisplayed(LEVEL_ERROR) ? driver.findElement(LEVEL_ERROR).getText().trim() : "";
    }

    public boolean showsForm() {
        return isDisplayed(FORM);
    }
}
