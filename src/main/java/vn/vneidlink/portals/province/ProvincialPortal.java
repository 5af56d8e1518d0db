package vn.vneidlink.portals.province;

import java.util.List;
import org.openqa.selenium.By;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.data.PlatformProfile;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.portals.DossierListPage;
import vn.vneidlink.portals.Expected;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.Wording;
import vn.vneidlink.target.PortalTarget;

/**
 * A provincial administrative-procedure system (e.g. dichvucong.quangtri.gov.vn), read through the profile of its
 * platform ({@code environments/platforms.json}): home path, login link, the person's menu, the dossier list.
 */
public final class ProvincialPortal {

    private final Browser browser;
    private final PortalTarget target;
    private final ProvincialSystem system;
    private final PlatformProfile platform;

    public ProvincialPortal(Browser browser, PortalTarget target, ProvincialSystem system) {
        this.browser = browser;
        this.target = target;
        this.system = system;
        this.platform = target.platform(system);
    }

    public ProvincialSystem system() {
        return system;
    }

    public PlatformProfile platform() {
        return platform;
    }

    public SiteHeader openHome() {
        browser.driver().get(target.provincialUrl(system, platform.homePath()));
        return home();
    }

    /** The home page of the province, waited for by its address and header. */
    public SiteHeader home() {
        new HomePage(browser, system, platform);
        return header();
    }

    /** The header of whatever page of the province is shown. */
    public SiteHeader header() {
        return new SiteHeader(browser, system.title(), system.host(), locators(platform));
    }

    /** Where the platform puts "Đăng nhập", the person's name and menu. */
    public static SiteHeader.Locators locators(PlatformProfile platform) {
        return new SiteHeader.Locators(By.cssSelector(platform.loginLink()), By.cssSelector(platform.userName()),
                By.cssSelector(platform.userMenu()));
    }

    /** What a visitor without an account must find on the home page of a system of this platform: its login and label. */
    public static List<Expected> expectedWithoutAccount(PlatformProfile platform) {
        List<Expected> header = SiteHeader.expectedWithoutAccount(locators(platform), wording(platform.loginLabels()));
        String profile = "environments/platforms.json «" + platform.id() + "» ";
        return List.of(header.get(0).from(profile + "loginLink"), header.get(1).from(profile + "loginLabels"));
    }

    /** The menu entry of the citizen's dossiers, in the wording the scenario names (one of the platform's), then the list. */
    public DossierListPage chooseDossiersFromUserMenu(String label) {
        Wording entry = wording(platform.dossiersLabels());
        if (!entry.names(label)) {
            throw new IllegalArgumentException("Kịch bản chọn «" + label + "» nhưng nền tảng «" + platform.id() + "» của " + system.province()
                    + " gọi danh sách hồ sơ là " + entry.describe() + " (environments/platforms.json)");
        }
        header().chooseFromUserMenu(Wording.of(label));
        return dossierList();
    }

    /** The dossier list of this system, waited for at its path. */
    public DossierListPage dossierList() {
        return new DossierListPage(browser, platform.dossiersLabel() + " - " + system.province(), system.host(), platform.dossiersPath(),
                new DossierListPage.Locators(By.cssSelector(platform.dossierTable()),
                        By.cssSelector(platform.dossierTable() + " " + platform.dossierCode()), By.cssSelector(platform.dossierEmpty())));
    }

    /** Types the dossier list's address straight into the browser, as a citizen with a bookmark would. */
    public void openDossierListDirectly() {
        browser.driver().get(target.provincialUrl(system, platform.dossiersPath()));
    }

    public SiteHeader logout() {
        header().chooseFromUserMenu(wording(platform.logoutLabels()));
        return home();
    }

    private static Wording wording(List<String> labels) {
        return Wording.of(labels.get(0), labels.subList(1, labels.size()).toArray(String[]::new));
    }

    private static final class HomePage extends PortalPage {
        HomePage(Browser browser, ProvincialSystem system, PlatformProfile platform) {
            super(browser, system.title(), at(system.host(), platform.homePath()));
        }
    }
}
