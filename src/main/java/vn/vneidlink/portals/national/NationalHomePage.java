package vn.vneidlink.portals.national;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.Expected;
import vn.vneidlink.portals.PageCondition;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.Wording;

/** Trang chủ of the national portal. */
public final class NationalHomePage extends PortalPage {

    private static final By BANNER = By.cssSelector(".banner");
    private static final By SUCCESS = By.cssSelector(".alert-success");

    public NationalHomePage(Browser browser) {
        // The guide's home (/p/home/dvc-trang-chu.html) or today's (/, built by script after load): its banner shows.
        super(browser, "Trang chủ Cổng DVC quốc gia", PageCondition.and(onHost(browser.hosts().national()), PageCondition.shown(BANNER)));
    }

    /** What a visitor without an account must find on the home page: its banner (the load check) and the header's login. */
    public static List<Expected> expectedWithoutAccount() {
        List<Expected> expected = new ArrayList<>(List.of(Expected.one("biểu ngữ trang chủ", BANNER).from(NationalHomePage.class)));
        SiteHeader.expectedWithoutAccount(SiteHeader.NATIONAL, Wording.of(SiteHeader.LOGIN_LABEL)).forEach(e -> expected.add(e.from(SiteHeader.class)));
        return expected;
    }

    public SiteHeader header() {
        return new SiteHeader(browser, pageName(), browser.hosts().national());
    }

    /** Clicks the tile of a public service, by its label. */
    public void openService(String label) {
        clickAndWaitForNewPage(By.xpath("//*[contains(@class,'tiles')]//a[.//*[contains(@class,'tile-label') and normalize-space()='" + label + "']]"), label);
    }

    public String successMessage() {
        return isDisplayed(SUCCESS) ? driver.findElement(SUCCESS).getText().trim() : "";
    }
}
