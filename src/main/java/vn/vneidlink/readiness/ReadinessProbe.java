package vn.vneidlink.readiness;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.browser.NoAnswer;
import vn.vneidlink.config.Hosts;
import vn.vneidlink.data.PlatformProfile;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.portals.vneid.VneidFirewall;
import vn.vneidlink.readiness.Finding.Verdict;
import vn.vneidlink.readiness.tls.CertificateProbe;
import vn.vneidlink.readiness.tls.CertificateReport;
import vn.vneidlink.target.PortalTarget;

/**
 * The readiness checks of one portal, without any account: its certificate (checked by a TLS connection of its own, not
 * by the browser), its home page and response time, where its "Đăng nhập" leads, whether the VNeID option there reaches
 * the VNeID SSO, and the era the portal shows. A provincial system is read through its platform's profile. Every
 * outcome is a finding, recorded in the scenario's {@link ReadinessFindings}; nothing here throws for a broken portal.
 * One probe, one browser: {@link ReadinessRun} runs probes of different portals at once.
 */
public final class ReadinessProbe {

    public static final String NATIONAL = "Cổng DVC quốc gia";
    public static final String NATIONAL_SSO = "Hệ thống xác thực Cổng DVC quốc gia";
    public static final String VNEID_SSO = "SSO VNeID (Bộ Công an)";

    // The national portal's login, found by its label, so that the probe reads every era's markup.
    private static final By LOGIN_LINK = By.xpath("//a[normalize-space()='Đăng nhập' or normalize-space()='ĐĂNG NHẬP']");
    private static final By VNEID_OPTION = By.cssSelector("a.login-IDP, button.login-IDP");
    private static final By VNCONNECT_FORM = By.cssSelector("form input#username");
    private static final By VNEID_LOGIN_FIELDS = By.cssSelector("input#username, input[type=password]");
    private static final By LOCAL_PASSWORD = By.cssSelector("input[type=password]");
    /** {@link #slowestAnswer}: in the page, over its navigation and resource timing entries. */
    private static final String SLOWEST_ANSWER = "var n = performance.getEntriesByType('navigation')[0]; if (!n) { return -1; }"
            + " var end = n.loadEventEnd > 0 ? n.loadEventEnd : Infinity,"
            + " slowest = n.responseEnd - n.fetchStart + (n.redirectEnd - n.redirectStart);"
            + " performance.getEntriesByType('resource').forEach(function (r) {"
            + " if (r.responseEnd > 0 && r.startTime <= end) { slowest = Math.max(slowest, r.responseEnd - r.startTime); } });"
            + " return Math.round(slowest);";

    /** What the era column says, read from where "Đăng nhập" leads and what that page offers. */
    static final String ERA_GUIDE = "thời kỳ hướng dẫn (trước 01/07/2024): hệ thống xác thực còn cho công dân đăng nhập bằng tài khoản VNconnect";
    static final String ERA_GUIDE_AFTER_CUTOVER = "đã qua ngày chuyển đổi 01/07/2024 mà hệ thống xác thực vẫn cho công dân đăng nhập"
            + " bằng tài khoản VNconnect";
    static final String ERA_AFTER_CUTOVER = "sau ngày chuyển đổi: hệ thống xác thực chỉ còn tài khoản định danh điện tử cho công dân";
    static final String ERA_TODAY = "hiện nay: «Đăng nhập» dẫn thẳng tới SSO VNeID, không qua hệ thống xác thực";
    static final String ERA_VNEID_DIRECT = "sau ngày chuyển đổi: «Đăng nhập» dẫn thẳng tới SSO VNeID (ứng dụng riêng của tỉnh)";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Browser browser;
    private final PortalTarget target;
    private final ReadinessFindings findings;
    private final Duration slow;

    public ReadinessProbe(Browser browser, PortalTarget target, ReadinessFindings findings, Duration slow) {
        this.browser = browser;
        this.target = target;
        this.findings = findings;
        this.slow = slow;
    }

    /** The national portal, its SSO and the VNeID SSO. */
    public void checkNationalPortals() {
        Hosts hosts = target.hosts();
        certificate(NATIONAL, hosts.national(), target.tlsEndpoint(hosts.national()));
        certificate(NATIONAL_SSO, hosts.nationalSso(), target.tlsEndpoint(hosts.nationalSso()));
        certificate(VNEID_SSO, hosts.vneidSso(), target.tlsEndpoint(hosts.vneidSso()));
        if (!openHome(NATIONAL, hosts.national(), target.nationalPortalUrl("/"), null)) {
            return;
        }
        List<WebElement> links;
        try { // a client-rendered page builds its links after its scripts ran
            links = waitForElements(LOGIN_LINK);
        } catch (WebDriverException e) {
            add(NATIONAL, hosts.national(), Check.LOGIN, Verdict.FAIL, "không thấy liên kết «Đăng nhập» trên trang chủ", -1);
            return;
        }
        Optional<String> landed = clickLogin(NATIONAL, hosts.national(), links.get(0));
        if (landed.isEmpty()) {
            return;
        }
        if (landed.get().equals(hosts.vneidSso())) {
            add(NATIONAL, hosts.national(), Check.LOGIN, Verdict.PASS, "thẳng tới " + hosts.vneidSso(), -1);
            add(NATIONAL, hosts.national(), Check.ERA, Verdict.PASS, ERA_TODAY, -1);
            vneidLoginPage(NATIONAL, hosts.national());
            return;
        }
        if (!landed.get().equals(hosts.nationalSso())) {
            add(NATIONAL, hosts.national(), Check.LOGIN, Verdict.FAIL, "«Đăng nhập» dẫn tới " + landed.get() + ", không phải "
                    + hosts.nationalSso() + " hay " + hosts.vneidSso(), -1);
            return;
        }
        add(NATIONAL, hosts.national(), Check.LOGIN, Verdict.PASS, "tới " + hosts.nationalSso(), -1);
        eraAtNationalSso(NATIONAL, hosts.national());
        vneidOption(NATIONAL, hosts.national());
    }

    /**
     * The certificate of a provincial system, by a TLS connection of its own.
     *
     * @return whether the host answered at all (a browser is worth opening)
     */
    public boolean checkCertificate(ProvincialSystem system) {
        return certificate(system.province(), system.host(), target.tlsEndpoint(system));
    }

    /** One provincial system in the browser, through its platform's profile: home page, where its login leads, the VNeID option, the era. */
    public void checkProvincialSystem(ProvincialSystem system) {
        String portal = system.province();
        PlatformProfile platform = target.platform(system);
        if (!openHome(portal, system.host(), target.provincialUrl(system, platform.homePath()), platform)) {
            return;
        }
        By loginLink = By.cssSelector(platform.loginLink());
        String where = "liên kết «Đăng nhập» của nền tảng «" + platform.id() + "» (" + platform.loginLink() + ")";
        List<WebElement> links;
        try {
            links = waitForElements(loginLink);
        } catch (WebDriverException e) {
            add(portal, system.host(), Check.LOGIN, Verdict.FAIL, "không thấy " + where + " trên trang chủ" + otherLoginLinks(), -1);
            return;
        }
        String label = links.get(0).getText().trim();
        if (!platform.loginLabels().contains(label)) {
            add(portal, system.host(), Check.LOGIN, Verdict.FAIL, where + " ghi «" + label + "», không phải " + platform.loginLabels(), -1);
            return;
        }
        String expectedHost = platform.loginHostFor(system.host());
        String href = String.valueOf(links.get(0).getAttribute("href"));
        String linkHost = URI.create(href).getHost();
        if (!expectedHost.equals(linkHost)) {
            add(portal, system.host(), Check.LOGIN, Verdict.FAIL, "«Đăng nhập» trỏ tới " + href.replaceFirst("\\?.*", "") + ", nhưng nền tảng «"
                    + platform.id() + "» đăng nhập qua " + expectedHost, -1);
            return;
        }
        Optional<String> landed = clickLogin(portal, system.host(), links.get(0));
        if (landed.isEmpty()) {
            return;
        }
        Hosts hosts = target.hosts();
        String host = landed.get();
        String hop = expectedHost.equals(system.host()) ? "" : " (qua " + expectedHost + ")";
        if (host.equals(hosts.nationalSso())) {
            add(portal, system.host(), Check.LOGIN, Verdict.PASS, "qua hệ thống xác thực quốc gia" + hop, -1);
            eraAtNationalSso(portal, system.host());
            vneidOption(portal, system.host());
        } else if (host.equals(hosts.vneidSso())) {
            add(portal, system.host(), Check.LOGIN, Verdict.PASS, "thẳng tới SSO VNeID" + hop, -1);
            add(portal, system.host(), Check.ERA, Verdict.PASS, ERA_VNEID_DIRECT, -1);
            vneidLoginPage(portal, system.host());
        } else if (host.equals(system.host()) || host.equals(expectedHost)) {
            add(portal, system.host(), Check.LOGIN, Verdict.FAIL, present(LOCAL_PASSWORD)
                    ? "đăng nhập riêng bằng mật khẩu trên " + host + ", không qua hệ thống xác thực quốc gia hay SSO VNeID"
                    : "«Đăng nhập» ở lại " + host + ", không tới hệ thống xác thực", -1);
            add(portal, system.host(), Check.VNEID, Verdict.FAIL, "không có lựa chọn VNeID", -1);
        } else {
            add(portal, system.host(), Check.LOGIN, Verdict.FAIL, "«Đăng nhập» dẫn tới " + host + ", không phải hệ thống xác thực quốc gia"
                    + " hay SSO VNeID", -1);
        }
    }

    /** @return whether the host answered (valid certificate or not) */
    private boolean certificate(String portal, String host, PortalTarget.TlsEndpoint endpoint) {
        CertificateReport report = CertificateProbe.probe(host, endpoint.connectTo(), endpoint.trustStore().orElse(null),
                browser.waitTimeout());
        String expiry = report.notAfter() == null ? "" : "hết hạn " + DATE.format(report.notAfter());
        long millis = report.handshakeTime() == null ? -1 : report.handshakeTime().toMillis();
        if (report.valid()) {
            add(portal, host, Check.HTTPS, Verdict.PASS, "hợp lệ, " + expiry, millis);
            return true;
        }
        Optional<String> unreachable = report.unreachable();
        if (unreachable.isPresent()) {
            add(portal, host, Check.HTTPS, Verdict.UNREACHABLE, unreachable.get(), -1);
            return false;
        }
        add(portal, host, Check.HTTPS, Verdict.FAIL, report.reason() + (expiry.isEmpty() ? "" : " (" + expiry + ")"), millis);
        return true;
    }

    /** Opens the home page; records UNREACHABLE, BLOCKED, FAIL, SLOW or PASS, and returns whether the page is there to go on. */
    private boolean openHome(String portal, String host, String url, PlatformProfile platform) {
        WebDriver driver = browser.driver();
        try {
            driver.get(url);
        } catch (TimeoutException e) {
            add(portal, host, Check.HOME, Verdict.UNREACHABLE, "trang chủ không tải xong trong " + browser.waitTimeout().toSeconds() + " giây", -1);
            return false;
        } catch (WebDriverException e) {
            add(portal, host, Check.HOME, Verdict.UNREACHABLE, NoAnswer.of(e), -1);
            return false;
        }
        Optional<String> error = NoAnswer.errorPage(browser);
        if (error.isPresent()) {
            add(portal, host, Check.HOME, Verdict.UNREACHABLE, error.get(), -1);
            return false;
        }
        Optional<String> firewall = VneidFirewall.supportId(driver);
        if (firewall.isPresent()) {
            add(portal, host, Check.HOME, Verdict.BLOCKED, blocked(URI.create(driver.getCurrentUrl()).getHost(), firewall.get()), -1);
            return false;
        }
        URI at = URI.create(driver.getCurrentUrl());
        if (!host.equals(at.getHost())) {
            add(portal, host, Check.HOME, Verdict.FAIL, "trang chủ chuyển tới " + driver.getCurrentUrl(), -1);
            return false;
        }
        long status = navigationNumber(driver, "responseStatus");
        if (status >= 400) {
            add(portal, host, Check.HOME, Verdict.FAIL, "trang chủ trả mã HTTP " + status, -1);
            return false;
        }
        if (platform != null && !platform.homePath().equals(at.getPath())) {
            add(portal, host, Check.HOME, Verdict.FAIL, "trang chủ ở " + at.getPath() + ", không phải " + platform.homePath() + " của nền tảng «"
                    + platform.id() + "»", -1);
            return false;
        }
        long millis = slowestAnswer(driver);
        if (millis > slow.toMillis()) {
            add(portal, host, Check.HOME, Verdict.SLOW, "trang chủ mở được nhưng chậm: quá " + slow.toMillis() + " ms", millis);
        } else {
            add(portal, host, Check.HOME, Verdict.PASS, "trang chủ mở được", millis);
        }
        return true;
    }

    /** Clicks "Đăng nhập" and returns the host the browser lands on; records what stopped it and returns empty otherwise. */
    private Optional<String> clickLogin(String portal, String host, WebElement link) {
        WebDriver driver = browser.driver();
        String before = driver.getCurrentUrl();
        try {
            link.click();
            new WebDriverWait(driver, browser.waitTimeout()).until(d -> !d.getCurrentUrl().equals(before)
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (TimeoutException e) {
            add(portal, host, Check.LOGIN, Verdict.UNREACHABLE, "bấm «Đăng nhập»: trang sau không tải xong trong "
                    + browser.waitTimeout().toSeconds() + " giây (đang ở " + driver.getCurrentUrl().replaceFirst("\\?.*", "") + ")", -1);
            return Optional.empty();
        } catch (WebDriverException e) {
            add(portal, host, Check.LOGIN, Verdict.FAIL, "bấm «Đăng nhập» không dẫn tới đâu: " + firstLine(e.getMessage()), -1);
            return Optional.empty();
        }
        String landed = URI.create(driver.getCurrentUrl()).getHost();
        Optional<String> error = NoAnswer.errorPage(browser);
        if (error.isPresent()) {
            add(portal, host, Check.LOGIN, Verdict.UNREACHABLE, landed + " " + error.get(), -1);
            return Optional.empty();
        }
        Optional<String> firewall = VneidFirewall.supportId(driver);
        if (firewall.isPresent()) {
            add(portal, host, Check.LOGIN, Verdict.BLOCKED, blocked(landed, firewall.get()), -1);
            return Optional.empty();
        }
        return Optional.of(landed);
    }

    /** On the national SSO's page: which era its citizen options show; VNconnect still offered after the cutover is a finding. */
    private void eraAtNationalSso(String portal, String host) {
        if (!present(VNCONNECT_FORM)) {
            add(portal, host, Check.ERA, Verdict.PASS, ERA_AFTER_CUTOVER, -1);
        } else if (target.citizenVnconnectExpected().orElse(false)) {
            add(portal, host, Check.ERA, Verdict.INFO, ERA_GUIDE, -1);
        } else {
            add(portal, host, Check.ERA, Verdict.FAIL, ERA_GUIDE_AFTER_CUTOVER, -1);
        }
    }

    /** On the national SSO's page: the VNeID option exists and leads to the VNeID SSO's login page. */
    private void vneidOption(String portal, String host) {
        WebDriver driver = browser.driver();
        List<WebElement> options = driver.findElements(VNEID_OPTION);
        if (options.isEmpty()) {
            add(portal, host, Check.VNEID, Verdict.FAIL, "trang đăng nhập không có lựa chọn «Tài khoản định danh điện tử cấp bởi Bộ Công an»", -1);
            return;
        }
        try {
            options.get(0).click();
            new WebDriverWait(driver, browser.waitTimeout()).until(ExpectedConditions.and(
                    d -> target.hosts().vneidSso().equals(URI.create(d.getCurrentUrl()).getHost()),
                    ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(VNEID_LOGIN_FIELDS),
                            d -> VneidFirewall.supportId(d).isPresent())));
            vneidLoginPage(portal, host);
        } catch (WebDriverException e) {
            add(portal, host, Check.VNEID, Verdict.FAIL, "lựa chọn VNeID không tới trang đăng nhập của " + target.hosts().vneidSso()
                    + " (đang ở " + driver.getCurrentUrl().replaceFirst("\\?.*", "") + ")", -1);
        }
    }

    /** At the VNeID SSO: its login page shows (not an error page, not its firewall's). */
    private void vneidLoginPage(String portal, String host) {
        WebDriver driver = browser.driver();
        try {
            new WebDriverWait(driver, browser.waitTimeout()).until(ExpectedConditions.or(
                    ExpectedConditions.presenceOfElementLocated(VNEID_LOGIN_FIELDS), d -> VneidFirewall.supportId(d).isPresent()));
        } catch (WebDriverException e) {
            add(portal, host, Check.VNEID, Verdict.FAIL, "SSO VNeID không hiện trang đăng nhập (đang ở "
                    + driver.getCurrentUrl().replaceFirst("\\?.*", "") + ")", -1);
            return;
        }
        Optional<String> firewall = VneidFirewall.supportId(driver);
        if (firewall.isPresent()) {
            add(portal, host, Check.VNEID, Verdict.BLOCKED, blocked(target.hosts().vneidSso(), firewall.get()), -1);
        } else {
            add(portal, host, Check.VNEID, Verdict.PASS, "tới trang đăng nhập VNeID", navigationNumber(driver, "duration"));
        }
    }

    private List<WebElement> waitForElements(By locator) {
        return new WebDriverWait(browser.driver(), browser.waitTimeout()).until(d -> {
            List<WebElement> found = d.findElements(locator);
            return found.isEmpty() ? null : found;
        });
    }

    /** Any other link that says "Đăng nhập", for a message: the platform's markup may have moved. */
    private String otherLoginLinks() {
        List<WebElement> others = browser.driver().findElements(LOGIN_LINK);
        if (others.isEmpty()) {
            return "";
        }
        Object html = ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].outerHTML;", others.get(0));
        String excerpt = String.valueOf(html);
        return "; trang có một liên kết «Đăng nhập» khác: " + (excerpt.length() > 160 ? excerpt.substring(0, 160) + "…" : excerpt);
    }

    private static String blocked(String host, String supportId) {
        return host + " trả trang «Request Rejected» của tường lửa ứng dụng web (mã hỗ trợ " + supportId
                + "): tường lửa từ chối trình duyệt tự động, không phải lỗi của cổng";
    }

    /**
     * How long the portal took to answer its home page: the slowest answer, from the fetch to the last byte, of the
     * document (its redirects included) and of every resource requested before the page's load event; -1 without a
     * navigation entry. Not the page's load time: that also counts the browser's own work (unloading the page before,
     * parsing, scripts, rendering), which a loaded test machine stretches: two scenarios with two browsers each on two
     * cores took a healthy mock home past 5 s, the slow limit against the mocks. A readiness table judges the portal,
     * not the machine it is checked from.
     */
    private static long slowestAnswer(WebDriver driver) {
        return number(driver, SLOWEST_ANSWER);
    }

    /** A number of the page's navigation entry (duration in ms, responseStatus), or -1. */
    private static long navigationNumber(WebDriver driver, String field) {
        return number(driver, "var n = performance.getEntriesByType('navigation')[0];"
                + " return n && n[arguments[0]] !== undefined ? Math.round(n[arguments[0]]) : -1;", field);
    }

    /** What a script of the page returns, as a number; -1 when it is none. */
    private static long number(WebDriver driver, String script, Object... arguments) {
        Object value = ((JavascriptExecutor) driver).executeScript(script, arguments);
        return value instanceof Number n ? n.longValue() : -1;
    }

    private void add(String portal, String host, Check check, Verdict verdict, String detail, long millis) {
        findings.add(new Finding(portal, host, check, verdict, target.redactor().mask(detail), millis));
    }

    private boolean present(By locator) {
        return !browser.driver().findElements(locator).isEmpty();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
