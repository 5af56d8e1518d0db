package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vneidlink.mock.TestBrowser.Response;

/**
 * What the tests expect of each provincial platform's pages: paths, the markup of the login link, the user menu and
 * the dossier list. Written out here, not read from {@link ProvincialPlatform}, so that a change of the mock's
 * markup or paths fails a test: the suite's own profile of the platforms must find exactly this.
 */
enum PlatformPages {

    DVC_TINH("dvc-tinh", "/", "/dang-nhap", "/sso", "/sso", "/ho-so-cua-toi", "Hồ sơ của tôi", "/dang-xuat",
            "<div class=\"header-actions\">\\s*<a class=\"login-btn\" href=\"([^\"]+)\">Đăng nhập</a>",
            "<div class=\"header-actions\">\\s*<div class=\"user-menu\">\\s*"
                    + "<a id=\"user-name\" class=\"user-name\" href=\"#\" role=\"button\" aria-haspopup=\"true\">([^<]+)</a>\\s*"
                    + "<ul id=\"user-dropdown\" class=\"user-dropdown\">\\s*"
                    + "<li><a href=\"/ho-so-cua-toi\">Hồ sơ của tôi</a></li>\\s*<li><a href=\"/dang-xuat\">Đăng xuất</a></li>\\s*</ul>",
            "document.querySelector('#user-name')",
            "<table id=\"dossier-table\" class=\"data-table\">", "<tr class=\"dossier\">", "dossier-code"),
    CONG_VI("cong-vi", "/vi/", "/vi/dang-nhap", "/vi/sso/callback", "/vi/sso/callback", "/vi/dich-vu-cong-cua-toi",
            "Dịch vụ công của tôi", "/vi/dang-xuat",
            "<div class=\"user-area\">\\s*<a id=\"btnLogin\" class=\"btn-login\" href=\"([^\"]+)\">Đăng nhập</a>",
            "<div class=\"user-area\">\\s*"
                    + "<a class=\"user-fullname\" href=\"#\" role=\"button\" aria-haspopup=\"true\">([^<]+)</a>\\s*"
                    + "<ul class=\"user-menu\">\\s*<li><a href=\"/vi/dich-vu-cong-cua-toi\">Dịch vụ công của tôi</a></li>\\s*"
                    + "<li><a href=\"/vi/dang-xuat\">Đăng xuất</a></li>\\s*</ul>",
            "document.querySelector('div.user-area a.user-fullname')",
            "<table id=\"dossier-table\" class=\"data-table\">", "<tr class=\"dossier\">", "dossier-code"),
    PORTALDVC("portaldvc", "/portaldvc/home", null, "/vneidsso/callback", "/sso/callback", "/portaldvc/dich-vu-cong-cua-toi",
            "Dịch vụ công của tôi", "/portaldvc/dang-xuat",
            "<nav class=\"navbar main-nav\">.*?<a class=\"nav-link dang-nhap\" href=\"([^\"]+)\">Đăng nhập</a>",
            "<div id=\"dvc-user\" class=\"dropdown\">\\s*"
                    + "<a class=\"ho-ten\" href=\"#\" role=\"button\" aria-haspopup=\"true\">([^<]+)</a>\\s*"
                    + "<ul class=\"dropdown-menu\">\\s*"
                    + "<li><a href=\"https://HOST/portaldvc/dich-vu-cong-cua-toi\">Dịch vụ công của tôi</a></li>\\s*"
                    + "<li><a href=\"https://HOST/portaldvc/dang-xuat\">Đăng xuất</a></li>\\s*</ul>",
            "document.querySelector('#dvc-user a.ho-ten')",
            "<table class=\"table table-hoso\">", "<tr class=\"ho-so\">", "ma-ho-so"),
    LIFERAY("liferay", "/web/guest/trang-chu", "/c/portal/login", "/web/guest/vneidsso", "/web/guest/vneidsso",
            "/web/guest/ho-so-cua-toi", "Hồ sơ của tôi", "/c/portal/logout",
            "<a id=\"sign-in\" class=\"sign-in\" href=\"([^\"]+)\">Đăng nhập</a>",
            "<div class=\"personal-menu\">\\s*"
                    + "<a class=\"user-full-name\" href=\"#\" role=\"button\" aria-haspopup=\"true\">([^<]+)</a>\\s*"
                    + "<ul class=\"dropdown-menu\">\\s*<li><a href=\"/web/guest/ho-so-cua-toi\">Hồ sơ của tôi</a></li>\\s*"
                    + "<li><a href=\"/c/portal/logout\">Đăng xuất</a></li>\\s*</ul>",
            "document.querySelector('div.personal-menu a.user-full-name')",
            "<table id=\"dossier-table\" class=\"data-table\">", "<tr class=\"dossier\">", "dossier-code");

    final String id;
    final String home;
    /** The login link's href on the portal's own host (null: portaldvc's is on the API host). */
    final String loginHref;
    final String vneidCallback;
    final String ssoCallback;
    final String dossiers;
    final String dossiersLabel;
    final String logout;
    private final Pattern loginLink;
    private final String userMenu;
    /** The user menu's script, opened by a click on the name. */
    final String menuScript;
    final String table;
    final String row;
    final String codeClass;

    PlatformPages(String id, String home, String loginHref, String vneidCallback, String ssoCallback, String dossiers,
            String dossiersLabel, String logout, String loginLink, String userMenu, String menuScript, String table,
            String row, String codeClass) {
        this.id = id;
        this.home = home;
        this.loginHref = loginHref;
        this.vneidCallback = vneidCallback;
        this.ssoCallback = ssoCallback;
        this.dossiers = dossiers;
        this.dossiersLabel = dossiersLabel;
        this.logout = logout;
        this.loginLink = Pattern.compile(loginLink, Pattern.DOTALL);
        this.userMenu = userMenu;
        this.menuScript = menuScript;
        this.table = table;
        this.row = row;
        this.codeClass = codeClass;
    }

    static PlatformPages of(String id) {
        for (PlatformPages p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no platform " + id);
    }

    /** The href of the visitor's "Đăng nhập" (asserted present). */
    String loginLinkOf(Response page) {
        Matcher m = loginLink.matcher(page.body());
        assertThat(m.find()).as("login link of %s in %s:%n%s", id, page.url(), page.body()).isTrue();
        return TestBrowser.unescape(m.group(1));
    }

    boolean showsLoginLink(Response page) {
        return loginLink.matcher(page.body()).find();
    }

    /** The full name of the signed-in user, with the whole user menu as expected; empty if there is none. */
    Optional<String> userNameOf(Response page, String host) {
        Matcher m = Pattern.compile(userMenu.replace("HOST", Pattern.quote(host))).matcher(page.body());
        return m.find() ? Optional.of(TestBrowser.unescape(m.group(1))) : Optional.empty();
    }

    /** The dossier codes of the dossier list (asserted to be this platform's table, or its empty text). */
    List<String> dossierCodesOf(Response page) {
        List<String> codes = new ArrayList<>();
        if (page.body().contains("<p class=\"empty\">Không có hồ sơ nào</p>")) {
            assertThat(page.body()).doesNotContain(table);
            return codes;
        }
        assertThat(page.body()).as(page.url()).contains(table, row);
        return page.textsOfClass(codeClass);
    }

    /** The absolute URL of a path on a host. */
    static String url(String host, String path) {
        return "https://" + host + path;
    }

    static String resolve(String base, String href) {
        return URI.create(base).resolve(href).toString();
    }
}
