package vn.vneidlink.portals.national;

import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.PortalTarget;
import vn.vneidlink.portals.DossierListPage;
import vn.vneidlink.portals.SiteHeader;

/** The National Public Service Portal (Cổng DVC quốc gia): its paths and menu labels, in one place. */
public final class NationalPortal {

    public static final String HOST = PortalTarget.NATIONAL_HOST;
    public static final String HOME_PATH = "/p/home/dvc-trang-chu.html";
    public static final String PERSONAL_INFO_PATH = "/p/home/dvc-thong-tin-ca-nhan.html";
    public static final String DOSSIERS_PATH = "/p/home/dvc-quan-ly-ho-so.html";
    public static final String CCCD_PROMPT_PATH = "/p/home/dvc-cap-nhat-cccd.html";

    public static final String MENU_PERSONAL_INFO = "Thông tin cá nhân";
    public static final String MENU_DOSSIERS = "Quản lý hồ sơ đã nộp";

    private final Browser browser;
    private final PortalTarget target;

    public NationalPortal(Browser browser, PortalTarget target) {
        this.browser = browser;
        this.target = target;
    }

    public NationalHomePage openHome() {
        browser.driver().get(target.nationalPortalUrl(HOME_PATH));
        return new NationalHomePage(browser);
    }

    /** Types the personal page's address straight into the browser, as a citizen with a bookmark would. */
    public void openPersonalInfoDirectly() {
        browser.driver().get(target.nationalPortalUrl(PERSONAL_INFO_PATH));
    }

    public SiteHeader header() {
        return new SiteHeader(browser, "Cổng DVC quốc gia", HOST);
    }

    public PersonalInfoPage choosePersonalInfoFromUserMenu() {
        header().chooseFromUserMenu(MENU_PERSONAL_INFO);
        return new PersonalInfoPage(browser);
    }

    public DossierListPage chooseDossiersFromUserMenu() {
        header().chooseFromUserMenu(MENU_DOSSIERS);
        return new DossierListPage(browser, MENU_DOSSIERS, HOST, DOSSIERS_PATH);
    }

    public NationalHomePage logout() {
        header().chooseFromUserMenu(SiteHeader.LOGOUT_LABEL);
        return new NationalHomePage(browser);
    }
}
