package vn.vneidlink.portals.national;

import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.DossierListPage;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.Wording;
import vn.vneidlink.target.PortalTarget;

/** The National Public Service Portal (Cổng DVC quốc gia): its paths and menu labels, in one place. */
public final class NationalPortal {

    public static final String HOME_PATH = "/p/home/dvc-trang-chu.html";
    public static final String PERSONAL_INFO_PATH = "/p/home/dvc-thong-tin-ca-nhan.html";
    public static final String DOSSIERS_PATH = "/p/home/dvc-quan-ly-ho-so.html";
    public static final String CCCD_PROMPT_PATH = "/p/home/dvc-cap-nhat-cccd.html";

    public static final String ONLINE_SUBMISSION_PATH = "/p/home/dvc-nop-ho-so-truc-tuyen.html";
    /** The national portal's client at its SSO: public, it stands in every login URL. */
    public static final String SSO_CLIENT_ID = "dvcqg";
    public static final String SSO_CALLBACK_PATH = "/sso";

    public static final String MENU_PERSONAL_INFO = "Thông tin cá nhân";
    /** The citizen's dossiers in the user menu: the guide's wording, then today's ("Thông tin cá nhân → Dịch vụ công của tôi"). */
    public static final Wording MENU_DOSSIERS = Wording.of("Quản lý hồ sơ đã nộp", "Dịch vụ công của tôi");
    /** Today's portal: "Đăng nhập" goes straight to the VNeID SSO with this client, back to {@link #SSO_CALLBACK_PATH}. */
    public static final String TODAY_VNEID_CLIENT_ID = "sso-c12-dvc-web";

    private final Browser browser;
    private final PortalTarget target;

    public NationalPortal(Browser browser, PortalTarget target) {
        this.browser = browser;
        this.target = target;
    }

    /** The portal's address as a citizen types it ({@code https://dichvucong.gov.vn/}): every era answers there. */
    public NationalHomePage openHome() {
        browser.driver().get(target.nationalPortalUrl("/"));
        return new NationalHomePage(browser);
    }

    /** Types the personal page's address straight into the browser, as a citizen with a bookmark would. */
    public void openPersonalInfoDirectly() {
        browser.driver().get(target.nationalPortalUrl(PERSONAL_INFO_PATH));
    }

    /** Types the CCCD prompt's address straight into the browser (it shows only while the account has no CCCD). */
    public void openCccdPromptDirectly() {
        browser.driver().get(target.nationalPortalUrl(CCCD_PROMPT_PATH));
    }

    /**
     * Opens, at the national SSO, an authorization request for the national portal that the portal
     * never made, with a {@code state} chosen by an attacker (a login-CSRF link).
     */
    public void openForgedLoginResponse(String forgedState) {
        browser.driver().get(target.baseUrl(target.hosts().nationalSso()) + "/oauth2/authorize?response_type=code"
                + "&client_id=" + SSO_CLIENT_ID
                + "&redirect_uri=" + java.net.URLEncoder.encode(target.nationalPortalUrl(SSO_CALLBACK_PATH), java.nio.charset.StandardCharsets.UTF_8)
                + "&scope=openid&acr_values=LoA1&state=" + forgedState);
    }

    /** The home page, waited for (the browser is expected to be on it). */
    public NationalHomePage home() {
        return new NationalHomePage(browser);
    }

    public void goBack() {
        browser.driver().navigate().back();
    }

    public SiteHeader header() {
        return new SiteHeader(browser, "Cổng DVC quốc gia", target.hosts().national());
    }

    public PersonalInfoPage choosePersonalInfoFromUserMenu() {
        header().chooseFromUserMenu(MENU_PERSONAL_INFO);
        return new PersonalInfoPage(browser);
    }

    public DossierListPage chooseDossiersFromUserMenu() {
        header().chooseFromUserMenu(MENU_DOSSIERS);
        return new DossierListPage(browser, MENU_DOSSIERS.guides(), target.hosts().national());
    }

    public NationalHomePage logout() {
        header().chooseFromUserMenu(SiteHeader.LOGOUT_LABEL);
        return new NationalHomePage(browser);
    }
}
