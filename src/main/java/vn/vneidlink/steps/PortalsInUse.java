package vn.vneidlink.steps;

import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.Settings;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.portals.DossierListPage;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.national.NationalPortal;
import vn.vneidlink.portals.province.ProvincialPortal;
import vn.vneidlink.target.PortalTarget;
import vn.vneidlink.tasks.SignIn;

/** The portals of this scenario, handed to the step classes: the national one and the provincial system in use. */
public final class PortalsInUse {

    private final Browser browser;
    private final PortalTarget target;
    private final Journey journey;
    private final Settings settings;

    public PortalsInUse(Browser browser, PortalTarget target, Journey journey, Settings settings) {
        this.browser = browser;
        this.target = target;
        this.journey = journey;
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public Browser browser() {
        return browser;
    }

    public PortalTarget target() {
        return target;
    }

    public NationalPortal national() {
        return new NationalPortal(browser, target);
    }

    public ProvincialPortal province(ProvincialSystem system) {
        return new ProvincialPortal(browser, target, system);
    }

    public SignIn signIn() {
        return new SignIn(browser, target);
    }

    /** The header of the portal in use (national, or the provincial system the citizen went to). */
    public SiteHeader header() {
        return journey.province().map(system -> province(system).home()).orElseGet(() -> national().header());
    }

    /** The header of the page on screen, on the portal in use (any page: not only the home page). */
    public SiteHeader headerOfPageShown() {
        return journey.province().map(system -> province(system).header()).orElseGet(() -> national().header());
    }

    /** The dossier list of the portal in use, waited for. */
    public DossierListPage dossierList() {
        return journey.province()
                .map(system -> province(system).dossierList())
                .orElseGet(() -> new DossierListPage(browser, NationalPortal.MENU_DOSSIERS.guides(), target.hosts().national()));
    }
}
