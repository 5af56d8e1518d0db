package vn.vneidlink.readiness;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.Hosts;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.readiness.Finding.Verdict;
import vn.vneidlink.readiness.tls.CertificateProbe;
import vn.vneidlink.readiness.tls.CertificateReport;
import vn.vneidlink.target.PortalTarget;

/**
 * The readiness checks of one portal, without any account: its certificate (checked by a TLS
 * connection of its own, not by the browser), its home page and response time, where its
 * "Đăng nhập" leads, and whether the VNeID option there reaches the VNeID SSO. Every outcome is a
 * finding, recorded in the scenario's {@link ReadinessFindings}; nothing here throws for a broken
 * portal.
 */
public final class ReadinessProbe {

    public static final String NATIONAL = "Cổng DVC quốc gia";
    public static final String NATIONAL_SSO = "Hệ thống xác thực Cổng DVC quốc gia";
    public static final String VNEID_SSO = "SSO VNeID (Bộ Công an)";

    // Found by their labels, so that the same probe reads portals whose markup it does not know.
    private static final By LOGIN_LINK = By.xpath("//a[normalize-space()='Đăng nhập' or normalize-space()='ĐĂNG NHẬP']");
    private static final By VNEID_OPTION = By.cssSelector("a.login-IDP, button.login-IDP");
    private static final By VNCONNECT_FORM = By.cssSelector("form input#username");
    private static final By VNEID_LOGIN_FIELDS = By.cssSelector("input#username, input[type=password]");

    /** What the era column says, read from where the national portal's "Đăng nhập" leads and what that page offers. */
    static final String ERA_GUIDE = "thời kỳ hướng dẫn (trước 01/07/2024): hệ thống xác thực còn cho công dân đăng nhập bằng tài khoản VNconnect";
    static final String ERA_AFTER_CUTOVER = "sau ngày chuyển đổi: hệ thống xác thực chỉ còn tài khoản định danh điện tử cho công dân";
    static final String ERA_TODAY = "hiện nay: «Đăng nhập» dẫn thẳng tới SSO VNeID, không qua hệ thống xác thực";
    private static final By LOCAL_PASSWORD = By.cssSelector("input[type=password]");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Browser browser;
    private final PortalTarget target;
    private final ReadinessFindings findings;

    public ReadinessProbe(Browser browser, PortalTarget target, ReadinessFindings findings) {
        this.browser = browser;
        this.target = target;
        this.findings = findings;
    }

    /** The national portal, its SSO and the VNeID SSO. */
    public void checkNationalPortals() {
        Hosts hosts = target.hosts();
        certificate(NATIONAL, hosts.national());
        certificate(NATIONAL_SSO, hosts.nationalSso());
        certificate(VNEID_SSO, hosts.vneidSso());
        if (!openHome(NATIONAL, hosts.national(), target.nationalPortalUrl("/"))) {
            return;
        }
        Optional<String> landed = clickLogin(NATIONAL, hosts.national());
        if (landed.isEmpty()) {
            return;
        }
        if (landed.get().equals(hosts.vneidSso())) {
            add(NATIONAL, hosts.national(), Check.LOGIN, Verdict.PASS, "thẳng tới " + hosts.vneidSso(), -1);
            add(NATIONAL, hosts.national(), Check.ERA, Verdict.INFO, ERA_TODAY, -1);
            vneidLoginPage(NATIONAL, hosts.national());
            return;
        }
        if (!landed.get().equals(hosts.nationalSso())) {
            add(NATIONAL, hosts.national(), Check.LOGIN, Verdict.FAIL, "«Đăng nhập» dẫn tới " + landed.get() + ", không phải "
                    + hosts.nationalSso() + " hay " + hosts.vneidSso(), -1);
            return;
        }
        add(NATIONAL, hosts.national(), Check.LOGIN, Verdict.PASS, "tới " + hosts.nationalSso(), -1);
        add(NATIONAL, hosts.national(), Check.ERA, Verdict.INFO, present(VNCONNECT_FORM) ? ERA_GUIDE : ERA_AFTER_CUTOVER, -1);
        vneidOption(NATIONAL, hosts.national());
    }

    /** One provincial system: certificate, home page, where its login leads, the VNeID option. */
    public void checkProvincialSystem(ProvincialSystem system) {
        String portal = system.province();
        certificate(portal, system.host());
        if (!openHome(portal, system.host(), target.provincialUrl(system, "/"))) {
            return;
        }
        Optional<String> landed = clickLogin(portal, system.host());
        if (landed.isEmpty()) {
            return;
        }
        Hosts hosts = target.hosts();
        String host = landed.get();
        if (host.equals(hosts.nationalSso())) {
            add(portal, system.host(), Check.LOGIN, Verdict.PASS, "qua hệ thống xác thực quốc gia", -1);
            vneidOption(portal, system.host());
        } else if (host.equals(hosts.vneidSso())) {
            add(portal, system.host(), Check.LOGIN, Verdict.PASS, "thẳng tới SSO VNeID (ứng dụng riêng của tỉnh)", -1);
            vneidLoginPage(portal, system.host());
        } else if (host.equals(system.host())) {
            add(portal, system.host(), Check.LOGIN, Verdict.FAIL, present(LOCAL_PASSWORD)
                    ? "đăng nhập riêng bằng mật khẩu trên " + host + ", không qua hệ thống xác thực quốc gia"
                    : "«Đăng nhập» ở lại " + host + ", không tới hệ thống xác thực", -1);
            add(portal, system.host(), Check.VNEID, Verdict.FAIL, "không có lựa chọn VNeID", -1);
        } else {
            add(portal, system.host(), Check.LOGIN, Verdict.FAIL, "«Đăng nhập» dẫn tới " + host + ", không phải hệ thống xác thực", -1);
        }
    }

    private void certificate(String portal, String host) {
        PortalTarget.TlsEndpoint endpoint = target.tlsEndpoint(host);
        CertificateReport report = CertificateProbe.probe(host, endpoint.connectTo(), endpoint.trustStore().orElse(null),
                browser.waitTimeout());
        String expiry = report.notAfter() == null ? "" : "hết hạn " + DATE.format(report.notAfter());
        long millis = report.handshakeTime() == null ? -1 : report.handshakeTime().toMillis();
        if (report.valid()) {
            add(portal, host, Check.HTTPS, Verdict.PASS, "hợp lệ, " + expiry, millis);
        } else {
            add(portal, host, Check.HTTPS, Verdict.FAIL, report.reason() + (expiry.isEmpty() ? "" : " (" + expiry + ")"), millis);
        }
    }

    private boolean openHome(String portal, String host, String url) {
        WebDriver driver = browser.driver();
        try {
            driver.get(url);
        } catch (WebDriverException e) {
            add(portal, host, Check.HOME, Verdict.FAIL, "không trả lời: " + firstLine(e.getMessage()), -1);
            return false;
        }
        Optional<String> error = browserError(driver);
        if (error.isPresent() || !host.equals(URI.create(driver.getCurrentUrl()).getHost())) {
            add(portal, host, Check.HOME, Verdict.FAIL, error.orElse("chuyển tới " + driver.getCurrentUrl()), -1);
            return false;
        }
        add(portal, host, Check.HOME, Verdict.PASS, "trang chủ mở được", navigationMillis(driver));
        return true;
    }

    /** Clicks "Đăng nhập" and returns the host the browser lands on; records a failure and returns empty otherwise. */
    private Optional<String> clickLogin(String portal, String host) {
        WebDriver driver = browser.driver();
        List<WebElement> links;
        try { // a client-rendered page builds its links after its scripts ran
            links = new WebDriverWait(driver, browser.waitTimeout()).until(d -> {
                List<WebElement> found = d.findElements(LOGIN_LINK);
                return found.isEmpty() ? null : found;
            });
        } catch (WebDriverException e) {
            add(portal, host, Check.LOGIN, Verdict.FAIL, "không thấy liên kết «Đăng nhập» trên trang chủ", -1);
            return Optional.empty();
        }
        String before = driver.getCurrentUrl();
        try {
            links.get(0).click();
            new WebDriverWait(driver, browser.waitTimeout()).until(d -> !d.getCurrentUrl().equals(before)
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (WebDriverException e) {
            add(portal, host, Check.LOGIN, Verdict.FAIL, "bấm «Đăng nhập» không dẫn tới đâu: " + firstLine(e.getMessage()), -1);
            return Optional.empty();
        }
        Optional<String> error = browserError(driver);
        if (error.isPresent()) {
            add(portal, host, Check.LOGIN, Verdict.FAIL, error.get(), -1);
            return Optional.empty();
        }
        return Optional.of(URI.create(driver.getCurrentUrl()).getHost());
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
                    ExpectedConditions.presenceOfElementLocated(VNEID_LOGIN_FIELDS)));
            add(portal, host, Check.VNEID, Verdict.PASS, "tới trang đăng nhập VNeID", navigationMillis(driver));
        } catch (WebDriverException e) {
            add(portal, host, Check.VNEID, Verdict.FAIL, "lựa chọn VNeID không tới trang đăng nhập của " + target.hosts().vneidSso()
                    + " (đang ở " + driver.getCurrentUrl() + ")", -1);
        }
    }

    /** Where "Đăng nhập" went straight to the VNeID SSO: its login page shows (not an error page of the SSO). */
    private void vneidLoginPage(String portal, String host) {
        try {
            new WebDriverWait(browser.driver(), browser.waitTimeout()).until(ExpectedConditions.presenceOfElementLocated(VNEID_LOGIN_FIELDS));
            add(portal, host, Check.VNEID, Verdict.PASS, "trang đăng nhập VNeID", navigationMillis(browser.driver()));
        } catch (WebDriverException e) {
            add(portal, host, Check.VNEID, Verdict.FAIL, "SSO VNeID không hiện trang đăng nhập (đang ở " + browser.driver().getCurrentUrl() + ")", -1);
        }
    }

    /** Chromium's own error page (no answer, refused, certificate...): its error code. */
    private static Optional<String> browserError(WebDriver driver) {
        Object code = ((JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector('#main-frame-error .error-code'); return e ? e.textContent : null;");
        return Optional.ofNullable(code).map(c -> "không trả lời (" + c.toString().trim() + ")");
    }

    private static long navigationMillis(WebDriver driver) {
        Object duration = ((JavascriptExecutor) driver).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? Math.round(n.duration) : -1;");
        return duration instanceof Number n ? n.longValue() : -1;
    }

    private void add(String portal, String host, Check check, Verdict verdict, String detail, long millis) {
        findings.add(new Finding(portal, host, check, verdict, target.redactor().mask(detail), millis));
    }

    private static boolean presentIn(WebDriver driver, By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    private boolean present(By locator) {
        return presentIn(browser.driver(), locator);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** How long the probe waited for the last page, for reports. */
    public Duration timeout() {
        return browser.waitTimeout();
    }
}
