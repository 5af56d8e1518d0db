package vn.vneidlink.portals.province;

import vn.vneidlink.browser.Browser;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.portals.DossierListPage;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.target.PortalTarget;

/** A provincial administrative-procedure system (e.g. dichvucong.quangtri.gov.vn): paths and labels in one place. */
public final class ProvincialPortal {

    public static final String HOME_PATH = "/";
    public static final String DOSSIERS_PATH = "/ho-so-cua-toi";
    public static final String MENU_DOSSIERS = "Hồ sơ của tôi";

    private final Browser browser;
    private final PortalTarget target;
    private final ProvincialSystem system;

    public ProvincialPortal(Browser browser, PortalTarget target, ProvincialSystem system) {
        this.browser = browser;
        this.target = target;
        this.system = system;
    }

    public ProvincialSystem system() {
        return system;
    }

    public SiteHeader openHome() {
        browser.driver().get(target.provincialUrl(system, HOME_PATH));
        return home();
    }

    /** The home page of the province, waited for by its address and header. */
    public SiteHeader home() {
        new HomePage(browser, system);
        return new SiteHeader(browser, system.title(), system.host());
    }

    public DossierListPage chooseDossiersFromUserMenu() {
        home().chooseFromUserMenu(MENU_DOSSIERS);
        return new DossierListPage(browser, MENU_DOSSIERS + " - " + system.province(), system.host(), DOSSIERS_PATH);
    }

    public SiteHeader logout() {
        home().chooseFromUserMenu(SiteHeader.LOGOUT_LABEL);
        return home();
    }

    private static final class HomePage extends PortalPage {
        HomePage(Browser browser, ProvincialSystem system) {
            super(browser, system.title(), at(system.host(), HOME_PATH));
        }
    }
}
