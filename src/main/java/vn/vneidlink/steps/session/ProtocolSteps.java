package vn.vneidlink.steps.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vneidlink.browser.NetworkLog;
import vn.vneidlink.browser.NetworkLog.Hop;
import vn.vneidlink.browser.SetCookie;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.portals.PortalErrorPage;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.national.NationalPortal;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.vneid.VneidSso;
import vn.vneidlink.steps.Journey;
import vn.vneidlink.steps.PortalsInUse;
import vn.vneidlink.tasks.LoginTraces;
import vn.vneidlink.tasks.RedirectUriTampering;
import vn.vneidlink.tasks.TransportSecurity;

/**
 * The sign-in protocol's security, as an auditor tries it: a callback (its code) used twice, in the same browser, in
 * one without cookies, and injected into an attacker's own login; {@code redirect_uri} altered at both SSOs; the
 * session id renewed at login and ended at logout; the scheme of every request and the attributes of every cookie.
 * Everything is read from what the browser itself did (its network log), so that the same steps judge the live portals.
 */
public class ProtocolSteps {

    private final Journey journey;
    private final PortalsInUse portals;

    /** The callback of the citizen's login that the scenario replays. */
    private Hop callback;
    /** Where the network log stood when the browser was last sent somewhere by a step of this class. */
    private long mark;
    private List<RedirectUriTampering.Attempt> attempts = List.of();
    private List<String> restoredCookies = List.of();

    public ProtocolSteps(Journey journey, PortalsInUse portals) {
        this.journey = journey;
        this.portals = portals;
    }

    // ------------------------------------------------------------------ a callback used twice

    @Khi("trình duyệt mở lại địa chỉ trả về của lần đăng nhập đó")
    public void replayCallback() {
        callback = LoginTraces.lastCallback(portals.browser().network(), callbackHost()).orElseThrow(() -> new AssertionError(
                "Nhật ký mạng không có địa chỉ trả về (có code và state) nào trên " + callbackHost() + " sau khi công dân đăng nhập "
                        + portalName() + ": không biết lần đăng nhập trả về đâu. " + PortalPage.describeScreen(portals.browser())));
        openAgain(callback.url());
    }

    @Khi("trình duyệt xoá mọi cookie rồi mở lại địa chỉ trả về đó")
    public void replayCallbackWithoutCookies() {
        clearCookies();
        openAgain(replayed().url());
    }

    @Khi("kẻ gian tự bắt đầu một lần đăng nhập rồi gửi mã xác thực đã dùng kèm state của lần đăng nhập đó")
    public void injectUsedCode() {
        String usedCode = LoginTraces.query(replayed().url()).get("code");
        String redirectUri = LoginTraces.withoutQuery(replayed().url());
        clearCookies();
        long before = portals.browser().network().lastSeq();
        startLoginAtPortal();
        Hop request = LoginTraces.lastAuthorizationRequestFor(portals.browser().network(), redirectUri)
                .filter(h -> h.seq() > before)
                .orElseThrow(() -> new AssertionError("«Đăng nhập» của " + portalName() + " không gửi yêu cầu đăng nhập nào với redirect_uri="
                        + redirectUri + " và một state. " + PortalPage.describeScreen(portals.browser())));
        String ownState = LoginTraces.query(request.url()).get("state");
        openAgain(LoginTraces.withParameter(LoginTraces.withParameter(redirectUri, "code", usedCode), "state", ownState));
    }

    @Thì("cổng từ chối địa chỉ trả về đã dùng và không mở phiên mới")
    public void replayRefused() {
        assertCallbackRefused("Mở lại địa chỉ trả về của một lần đăng nhập đã xong, trên cùng trình duyệt");
    }

    @Thì("cổng từ chối địa chỉ trả về đó cả trên trình duyệt không có cookie nào")
    public void replayWithoutCookiesRefused() {
        assertCallbackRefused("Mở lại địa chỉ trả về đó trên một trình duyệt không có cookie nào (kẻ gian đọc được địa chỉ)");
    }

    @Thì("cổng từ chối mã xác thực đã dùng dù state hợp lệ")
    public void usedCodeRefused() {
        assertCallbackRefused("Gửi mã xác thực đã dùng kèm state hợp lệ của lần đăng nhập do kẻ gian tự bắt đầu");
    }

    @Thì("trình duyệt không được đăng nhập vào cổng")
    public void browserNotSignedIn() {
        SiteHeader header = openPortalHome();
        assertThat(header.showsUserName())
                .as(() -> String.format("Sau khi %s từ chối địa chỉ trả về dùng lại, trình duyệt không được đăng nhập; nhưng góc trên bên phải hiện «%s»",
                        portalName(), header.displayedName()))
                .isFalse();
    }

    /**
     * The portal refused the callback just opened: an error page of its own, on the callback's host, and no cookie set
     * by its answer (no session opened).
     */
    private void assertCallbackRefused(String what) {
        NetworkLog log = portals.browser().network();
        List<String> opened = LoginTraces.cookiesSetBy(log, mark, LoginTraces.withoutQuery(replayed().url()));
        boolean errorPage = PortalErrorPage.isOnScreen(portals.browser(), List.of(callbackHost(), portalHost()));
        List<String> problems = new ArrayList<>();
        if (!errorPage) {
            problems.add("không hiện trang báo lỗi: " + PortalPage.describeScreen(portals.browser()));
        }
        if (!opened.isEmpty()) {
            problems.add("câu trả lời đặt cookie " + opened + ", tức là mở phiên mới");
        }
        assertThat(problems)
                .as(() -> String.format("%s: %s phải từ chối %s (mã xác thực chỉ dùng được một lần), nhưng %s", what, portalName(),
                        LoginTraces.withoutQueryValues(replayed().url()), String.join("; ", problems)))
                .isEmpty();
    }

    // ------------------------------------------------------------------ redirect_uri altered

    @Khi("yêu cầu đăng nhập mà hệ thống của tỉnh gửi tới hệ thống xác thực quốc gia được gửi lại với redirect_uri bị sửa:")
    public void alteredAtNationalSso(DataTable tamperings) {
        String sso = portals.target().hosts().nationalSso();
        Hop request = LoginTraces.lastAuthorizationRequestTo(portals.browser().network(), sso, "/oauth2/authorize", callbackHost())
                .orElseThrow(() -> new AssertionError("Nhật ký mạng không có yêu cầu đăng nhập nào của " + portalName() + " tới " + sso
                        + "/oauth2/authorize (redirect_uri về " + callbackHost() + ")"));
        attempts = RedirectUriTampering.tryEach(portals.browser(), "hệ thống xác thực quốc gia", sso, request.url(), named(tamperings));
    }

    @Khi("yêu cầu đăng nhập mà hệ thống xác thực quốc gia gửi tới SSO VNeID được gửi lại với redirect_uri bị sửa:")
    public void alteredAtVneidSso(DataTable tamperings) {
        String sso = portals.target().hosts().vneidSso();
        String nationalSso = portals.target().hosts().nationalSso();
        Hop request = LoginTraces.lastAuthorizationRequestTo(portals.browser().network(), sso, VneidSso.LOGIN_PATH, nationalSso)
                .orElseThrow(() -> new AssertionError("Nhật ký mạng không có yêu cầu đăng nhập nào của hệ thống xác thực quốc gia tới " + sso
                        + VneidSso.LOGIN_PATH + " (redirect_uri về " + nationalSso + ")"));
        attempts = RedirectUriTampering.tryEach(portals.browser(), "SSO VNeID", sso, request.url(), named(tamperings));
    }

    @Thì("hệ thống xác thực quốc gia từ chối từng yêu cầu đó bằng trang báo lỗi và không gửi mã đăng nhập đi đâu")
    public void nationalSsoRefusedEach() {
        assertEachRefused("Hệ thống xác thực quốc gia (" + portals.target().hosts().nationalSso() + ")");
    }

    @Thì("SSO VNeID từ chối từng yêu cầu đó bằng trang báo lỗi và không gửi mã đăng nhập đi đâu")
    public void vneidSsoRefusedEach() {
        assertEachRefused("SSO VNeID (" + portals.target().hosts().vneidSso() + ")");
    }

    private void assertEachRefused(String sso) {
        assertThat(attempts).as("bước trước phải gửi lại yêu cầu đăng nhập với redirect_uri bị sửa").isNotEmpty();
        List<String> accepted = attempts.stream().filter(RedirectUriTampering.Attempt::accepted).map(RedirectUriTampering.Attempt::describe).toList();
        assertThat(accepted)
                .as(() -> String.format("%s phải so redirect_uri trọn vẹn với địa chỉ đã đăng ký và từ chối mọi địa chỉ khác bằng trang báo lỗi;"
                        + " %d trong %d yêu cầu bị sửa không bị từ chối:%n- %s", sso, accepted.size(), attempts.size(), String.join("\n- ", accepted)))
                .isEmpty();
    }

    private static List<RedirectUriTampering> named(DataTable table) {
        return table.asList().stream().map(RedirectUriTampering::named).toList();
    }

    // ------------------------------------------------------------------ the session before and after

    @Thì("cookie phiên mà Cổng DVC quốc gia cấp khi đăng nhập là mã mới, khác mọi cookie trình duyệt đã có trước đó")
    public void sessionRenewedAtLogin() {
        String host = portals.target().hosts().national();
        NetworkLog log = portals.browser().network();
        Hop login = nationalLoginCallback(log);
        Map<String, SetCookie> session = LoginTraces.cookiesSetByLogin(log, login, host);
        assertThat(session)
                .as("Sau khi đăng nhập (%s), Cổng DVC quốc gia phải cấp một cookie phiên mới, nhưng không đặt cookie nào", LoginTraces.withoutQueryValues(login.url()))
                .isNotEmpty();
        List<String> fixed = LoginTraces.valuesHeldBeforeLogin(log, login, session);
        assertThat(fixed)
                .as(() -> "Cổng DVC quốc gia phải cấp mã phiên mới khi đăng nhập (chống chiếm phiên: session fixation), nhưng: " + String.join("; ", fixed))
                .isEmpty();
    }

    @Khi("trình duyệt gửi lại cookie phiên cũ của Cổng DVC quốc gia")
    public void restoreOldSessionCookies() {
        String host = portals.target().hosts().national();
        NetworkLog log = portals.browser().network();
        Map<String, SetCookie> session = LoginTraces.cookiesSetByLogin(log, nationalLoginCallback(log), host);
        assertThat(session).as("Nhật ký mạng không có cookie nào mà lần đăng nhập Cổng DVC quốc gia đã đặt").isNotEmpty();
        journey.useNationalPortal();
        portals.national().openHome();
        session.values().forEach(cookie -> portals.browser().restoreCookie(cookie.name(), cookie.value()));
        restoredCookies = List.copyOf(session.keySet());
    }

    @Thì("cookie phiên cũ không mở lại phiên nào trên Cổng DVC quốc gia")
    public void oldSessionCookiesOpenNothing() {
        SiteHeader header = portals.national().openHome().header();
        assertThat(header.showsUserName())
                .as(() -> String.format("Sau khi Đăng xuất, cookie phiên cũ %s gửi lại vẫn mở phiên: góc trên bên phải hiện «%s» (Đăng xuất chỉ xoá cookie"
                        + " trong trình duyệt, phiên ở phía cổng chưa kết thúc)", restoredCookies, header.displayedName()))
                .isFalse();
        boolean straightToVneid = portals.target().hosts().vneidSso().equals(URI.create(header.loginTarget()).getHost());
        if (!straightToVneid) {
            // the guide's portal: its personal page has a known address, which must ask for a login again
            portals.national().openPersonalInfoDirectly();
            assertThat(SsoLoginPage.isOnScreen(portals.browser()) || portals.signIn().wentStraightToVneid())
                    .as(() -> String.format("Sau khi Đăng xuất, cookie phiên cũ %s gửi lại vẫn mở trang Thông tin cá nhân (%s): phiên ở phía cổng chưa kết thúc. %s",
                            restoredCookies, NationalPortal.PERSONAL_INFO_PATH, PortalPage.describeScreen(portals.browser())))
                    .isTrue();
        }
    }

    private Hop nationalLoginCallback(NetworkLog log) {
        String host = portals.target().hosts().national();
        return LoginTraces.lastCallback(log, host).orElseThrow(() -> new AssertionError(
                "Nhật ký mạng không có địa chỉ trả về (có code và state) nào trên " + host + ": công dân chưa đăng nhập Cổng DVC quốc gia?"));
    }

    // ------------------------------------------------------------------ scheme and cookies of every request

    @Thì("mọi trang và tài nguyên mà trình duyệt đã tải đều qua HTTPS")
    public void everythingOverHttps() {
        NetworkLog log = readableLog();
        List<String> plain = TransportSecurity.unencryptedRequests(log, portals.browser().consoleMessages());
        assertThat(plain)
                .as(() -> String.format("Mọi trang, chuyển hướng và tài nguyên (script, stylesheet, ảnh, XHR) phải qua HTTPS, kể cả khi trình duyệt tự chặn"
                        + " hay tự nâng lên https; %d yêu cầu qua http:// trong %d yêu cầu của kịch bản:%n- %s", plain.size(), log.hops().size(),
                        String.join("\n- ", plain)))
                .isEmpty();
    }

    @Thì("mọi cookie mà các cổng và hệ thống xác thực đặt đều có Secure, HttpOnly, SameSite và Path")
    public void everyCookieProtected() {
        NetworkLog log = readableLog();
        assertThat(log.cookiesSet()).as("Nhật ký mạng không có Set-Cookie nào: không kiểm tra được cookie của các lần đăng nhập").isNotEmpty();
        List<String> unprotected = TransportSecurity.unprotectedCookies(log, portals.browser().cookieStore());
        assertThat(unprotected)
                .as(() -> String.format("Mọi cookie phiên phải có Secure, HttpOnly, SameSite (Lax hoặc Strict; None chỉ kèm Secure) và Path;"
                        + " %d cookie thiếu:%n- %s", unprotected.size(), String.join("\n- ", unprotected)))
                .isEmpty();
    }

    private NetworkLog readableLog() {
        NetworkLog log = portals.browser().network();
        assertThat(log.unreadable()).as("Nhật ký mạng của trình duyệt không đọc được trọn vẹn, không kết luận được").isEmpty();
        assertThat(log.hops()).as("Nhật ký mạng của trình duyệt trống: không kết luận được").isNotEmpty();
        return log;
    }

    // ------------------------------------------------------------------ the portal in use

    private Hop replayed() {
        if (callback == null) {
            throw new IllegalStateException("Kịch bản phải có bước «trình duyệt mở lại địa chỉ trả về của lần đăng nhập đó» trước bước này");
        }
        return callback;
    }

    private void openAgain(String url) {
        mark = portals.browser().network().lastSeq();
        portals.browser().driver().get(url);
    }

    private String portalName() {
        return journey.province().map(s -> "hệ thống của tỉnh " + s.province() + " (" + s.host() + ")")
                .orElse("Cổng DVC quốc gia (" + portals.target().hosts().national() + ")");
    }

    private String portalHost() {
        return journey.province().map(ProvincialSystem::host).orElse(portals.target().hosts().national());
    }

    /** Where the SSO sends the browser back with the code: the portal, or the API host its platform signs in through. */
    private String callbackHost() {
        return journey.province().map(s -> portals.target().platform(s).loginHostFor(s.host())).orElse(portals.target().hosts().national());
    }

    private SiteHeader openPortalHome() {
        Optional<ProvincialSystem> province = journey.province();
        return province.isPresent() ? portals.province(province.get()).openHome() : portals.national().openHome().header();
    }

    private void startLoginAtPortal() {
        Optional<ProvincialSystem> province = journey.province();
        if (province.isPresent()) {
            portals.province(province.get()).openHome();
            portals.signIn().clickProvincialLogin(province.get());
        } else {
            portals.national().openHome();
            portals.signIn().clickNationalLogin();
        }
    }

    /** Every cookie of every host gone, as on another computer; without DevTools, host by host on a page of each. */
    private void clearCookies() {
        var target = portals.target();
        List<String> pages = new ArrayList<>();
        pages.add(target.nationalPortalUrl("/"));
        journey.province().ifPresent(s -> pages.add(target.provincialUrl(s, target.platform(s).homePath())));
        pages.add(target.baseUrl(target.hosts().nationalSso()) + SsoLoginPage.PATH);
        pages.add(target.baseUrl(target.hosts().vneidSso()) + VneidSso.LOGIN_PATH);
        portals.browser().clearAllCookies(pages);
    }
}
