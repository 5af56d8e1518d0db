package vn.vneidlink.drift;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.browser.NoAnswer;
import vn.vneidlink.browser.ParallelBrowsers;
import vn.vneidlink.config.Hosts;
import vn.vneidlink.config.Settings;
import vn.vneidlink.data.PlatformProfile;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.portals.Expected;
import vn.vneidlink.portals.PageSnapshot;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.national.NationalHomePage;
import vn.vneidlink.portals.national.NationalPortal;
import vn.vneidlink.portals.province.ProvincialPortal;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.portals.vneid.VneidFirewall;
import vn.vneidlink.portals.vneid.VneidLoginPage;
import vn.vneidlink.readiness.tls.CertificateProbe;
import vn.vneidlink.target.PortalTarget;

/**
 * The drift check's way through the pages anyone can open: the national home, where its "Đăng nhập" leads (the national
 * SSO's choice page, or today straight the VNeID SSO's login page), from the choice page its VNeID option (the VNeID
 * login page); every provincial system's home and where its "Đăng nhập" leads. Each page is reached through its page
 * object, whose constructor waits for the page's own load condition; then one snapshot ({@link PageSnapshot}) of every
 * locator and label the page object expects for a visitor. A link is followed only when the snapshot found it: the
 * check never tries another locator to go on. Hosts are probed first, all at once, by a TLS connection each (as the
 * readiness checks do): a host that does not answer gets "không truy cập được", and no browser waits on it.
 */
public final class DriftTour {

    public static final String NATIONAL_HOME = "Trang chủ Cổng DVC quốc gia";
    public static final String SSO_CHOICE = "Hệ thống xác thực: trang chọn loại tài khoản";
    public static final String VNEID_LOGIN = "SSO VNeID: trang đăng nhập";
    private static final String NATIONAL = "Cổng DVC quốc gia";
    /** Sockets are cheap: up to this many hosts probed at once. */
    private static final int PROBES_AT_ONCE = 64;

    private final PortalTarget target;
    private final Settings settings;
    private final Browser own;
    private final DriftFindings findings;

    public DriftTour(PortalTarget target, Settings settings, Browser own, DriftFindings findings) {
        this.target = target;
        this.settings = settings;
        this.own = own;
        this.findings = findings;
    }

    /** The national home, where its "Đăng nhập" leads, and from the national SSO's choice page the VNeID login page. */
    public void national() {
        Hosts hosts = target.hosts();
        List<String> names = List.of(hosts.national(), hosts.nationalSso(), hosts.vneidSso());
        List<Optional<String>> silent = ParallelBrowsers.atOnce(names, PROBES_AT_ONCE, "drift-tls",
                host -> unreachable(host, target.tlsEndpoint(host)));
        Map<String, String> unreachable = new HashMap<>();
        Visit visit = new Visit(own);
        List<String> pages = List.of(NATIONAL_HOME, SSO_CHOICE, VNEID_LOGIN);
        for (int i = 0; i < names.size(); i++) {
            if (silent.get(i).isPresent()) {
                unreachable.put(names.get(i), silent.get(i).get());
                visit.pages.add(DriftPage.unreachable(pages.get(i) + " — " + names.get(i), target.baseUrl(names.get(i)) + "/",
                        silent.get(i).get()));
            }
        }
        if (!unreachable.containsKey(hosts.national())) {
            NationalPortal portal = new NationalPortal(own, target);
            Optional<List<PageSnapshot.Seen>> home = visit.look(NATIONAL_HOME + " — " + hosts.national(), hosts.national(), portal::openHome,
                    NationalHomePage.expectedWithoutAccount());
            if (home.isPresent()) {
                visit.followLogin(NATIONAL, shown(home.get(), SiteHeader.NATIONAL.loginButton()), unreachable,
                        () -> portal.header().clickLogin(), true);
            }
        }
        findings.addAll(visit.pages);
    }

    /** Every system of the list: its home and where its "Đăng nhập" leads, {@code vneidlink.readiness.parallel} at a time. */
    public void provinces(List<ProvincialSystem> systems) {
        List<Optional<String>> silent = ParallelBrowsers.atOnce(systems, PROBES_AT_ONCE, "drift-tls",
                system -> unreachable(system.host(), target.tlsEndpoint(system)));
        List<ProvincialSystem> answered = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            if (silent.get(i).isEmpty()) {
                answered.add(systems.get(i));
            }
        }
        List<List<DriftPage>> looked = ParallelBrowsers.each(answered, settings.readinessParallel(), own, () -> new Browser(settings, target),
                this::province);
        for (int i = 0, next = 0; i < systems.size(); i++) {
            ProvincialSystem system = systems.get(i);
            if (silent.get(i).isPresent()) {
                findings.add(DriftPage.unreachable(provinceHome(system), target.provincialUrl(system, target.platform(system).homePath()),
                        silent.get(i).get()));
            } else {
                findings.addAll(looked.get(next++));
            }
        }
    }

    private List<DriftPage> province(Browser browser, ProvincialSystem system) {
        ProvincialPortal portal = new ProvincialPortal(browser, target, system);
        PlatformProfile platform = portal.platform();
        Visit visit = new Visit(browser);
        Optional<List<PageSnapshot.Seen>> home = visit.look(provinceHome(system), system.host(), portal::openHome,
                ProvincialPortal.expectedWithoutAccount(platform));
        if (home.isPresent()) {
            visit.followLogin(system.province(), shown(home.get(), ProvincialPortal.locators(platform).loginButton()), Map.of(),
                    () -> portal.header().clickLogin(), false);
        }
        return visit.pages;
    }

    private String provinceHome(ProvincialSystem system) {
        return "Trang chủ " + system.province() + " — " + system.host() + " (nền tảng " + target.platform(system).id() + ")";
    }

    /** Whether the snapshot found the element of this locator shown. */
    private static boolean shown(List<PageSnapshot.Seen> seen, By locator) {
        return seen.stream().anyMatch(s -> s.expected().locator().equals(locator) && s.shown() > 0);
    }

    /** Why the host does not answer TLS at all; empty when it answers (with whatever certificate). */
    private Optional<String> unreachable(String host, PortalTarget.TlsEndpoint endpoint) {
        return CertificateProbe.probe(host, endpoint.connectTo(), endpoint.trustStore().orElse(null), settings.waitTimeout()).unreachable();
    }

    /** The pages one browser looked at, in order. */
    private final class Visit {
        private final Browser browser;
        private final List<DriftPage> pages = new ArrayList<>();

        Visit(Browser browser) {
            this.browser = browser;
        }

        /** The browser starts on first use: a tour of unreachable hosts starts none. */
        private WebDriver driver() {
            return browser.driver();
        }

        /**
         * Opens a page through its page object (which waits for the page's load condition), then takes one snapshot of
         * what it expects. A page that did not come (network error, the browser's error page, a firewall's page, another
         * host) is recorded as such. A load check that did not hold on the right host is noted, and the snapshot taken
         * all the same: it says which element is missing.
         *
         * @return the snapshot; empty when the page was not there to look at
         */
        Optional<List<PageSnapshot.Seen>> look(String name, String host, Runnable open, List<Expected> expected) {
            String note = "";
            try {
                open.run();
            } catch (WebDriverException | AssertionError e) {
                Optional<String> gone = noAnswer(e, host);
                if (gone.isPresent()) {
                    pages.add(DriftPage.unreachable(name, address(), gone.get()));
                    return Optional.empty();
                }
                note = firstLine(e.getMessage());
            }
            Optional<String> gone = shownInsteadOfAPage();
            if (gone.isPresent()) {
                pages.add(DriftPage.unreachable(name, address(), gone.get()));
                return Optional.empty();
            }
            if (!host.equals(currentHost())) {
                pages.add(DriftPage.notReached(name, "trình duyệt ở " + address() + (note.isEmpty() ? "" : " (" + note + ")")));
                return Optional.empty();
            }
            List<PageSnapshot.Seen> seen = PageSnapshot.take(driver(), expected);
            Optional<byte[]> screenshot = settings.pageEvidence() ? Optional.of(browser.quickScreenshot()) : Optional.empty();
            pages.add(DriftPage.seen(name, address(), seen, note, screenshot, target.redactor()));
            return Optional.of(seen);
        }

        /**
         * Follows "Đăng nhập" of {@code from} when the snapshot found it, and looks at the page it leads to: the national
         * SSO's choice page (then, when {@code thenVneid}, its VNeID option and the VNeID login page) or the VNeID SSO's
         * login page.
         */
        void followLogin(String from, boolean found, Map<String, String> unreachable, Runnable click, boolean thenVneid) {
            String leadsTo = "Nơi «Đăng nhập» của " + from + " dẫn tới";
            if (!found) {
                pages.add(DriftPage.notReached(leadsTo, "trang chủ không có nút «Đăng nhập» mà bộ kiểm thử tìm (xem dòng «nút «Đăng nhập»» ở trên)"));
                return;
            }
            if (!clicked(leadsTo, click)) {
                return;
            }
            Hosts hosts = target.hosts();
            String host = currentHost();
            String source = " (từ «Đăng nhập» của " + from + ")";
            if (host.equals(hosts.vneidSso())) {
                lookAtVneid(VNEID_LOGIN + " — " + host + source, unreachable);
            } else if (host.equals(hosts.nationalSso())) {
                if (unreachable.containsKey(host)) {
                    return;
                }
                Optional<List<PageSnapshot.Seen>> choice = look(SSO_CHOICE + " — " + host + source, host, () -> new SsoLoginPage(browser),
                        SsoLoginPage.expectedWithoutAccount(target.citizenVnconnectExpected().orElse(false)));
                if (choice.isPresent() && thenVneid) {
                    chooseVneid(unreachable);
                }
            } else {
                pages.add(DriftPage.notReached(leadsTo, "«Đăng nhập» dẫn tới " + address() + ", không phải " + hosts.nationalSso()
                        + " hay " + hosts.vneidSso()));
            }
        }

        private void chooseVneid(Map<String, String> unreachable) {
            String leadsTo = "Nơi lựa chọn VNeID của hệ thống xác thực dẫn tới";
            SsoLoginPage page = new SsoLoginPage(browser);
            if (!page.offersVneid()) {
                pages.add(DriftPage.notReached(leadsTo, "trang chọn loại tài khoản không có lựa chọn VNeID mà bộ kiểm thử tìm (xem ở trên)"));
                return;
            }
            if (clicked(leadsTo, page::chooseVneid)) {
                lookAtVneid(VNEID_LOGIN + " — " + currentHost() + " (từ lựa chọn VNeID của hệ thống xác thực)", unreachable);
            }
        }

        private void lookAtVneid(String name, Map<String, String> unreachable) {
            if (!unreachable.containsKey(target.hosts().vneidSso())) {
                look(name, target.hosts().vneidSso(), () -> new VneidLoginPage(browser), VneidLoginPage.expectedWithoutAccount());
            }
        }

        /** Clicks through a page object; a click that does not lead to a page is recorded under {@code leadsTo}. */
        private boolean clicked(String leadsTo, Runnable click) {
            try {
                click.run();
                return true;
            } catch (WebDriverException | AssertionError e) {
                Optional<String> gone = noAnswer(e, null).or(this::shownInsteadOfAPage);
                pages.add(gone.map(reason -> DriftPage.unreachable(leadsTo, address(), reason))
                        .orElseGet(() -> DriftPage.notReached(leadsTo, firstLine(e.getMessage()))));
                return false;
            }
        }

        /**
         * A page that did not come: the browser's network error, or a load that ran out of time with no answer from
         * {@code host} (null: any host).
         */
        private Optional<String> noAnswer(Throwable e, String host) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof WebDriverException w && NoAnswer.isNetworkError(w)) {
                    return Optional.of(NoAnswer.of(w));
                }
            }
            boolean timedOut = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                timedOut |= t instanceof TimeoutException;
            }
            if (timedOut && !NoAnswer.answered(driver(), host)) {
                return Optional.of("không trả lời trong " + browser.waitTimeout().toSeconds() + " giây");
            }
            return Optional.empty();
        }

        /** What the browser shows instead of a portal's page: its own error page, or a firewall's "Request Rejected". */
        private Optional<String> shownInsteadOfAPage() {
            Optional<String> error = safely(() -> NoAnswer.errorPage(browser));
            if (error.isPresent()) {
                return error;
            }
            return VneidFirewall.supportId(driver()).map(id -> "bị tường lửa chặn: " + currentHost()
                    + " trả trang «Request Rejected» của tường lửa ứng dụng web (mã hỗ trợ " + id + "), không phải trang của cổng");
        }

        private String currentHost() {
            return safely(() -> Optional.ofNullable(URI.create(driver().getCurrentUrl()).getHost())).orElse("");
        }

        /** The page's address without its query (states and session keys stay out of reports). */
        private String address() {
            return safely(() -> Optional.of(driver().getCurrentUrl().replaceFirst("[?#].*", ""))).orElse("");
        }
    }

    private static <T> Optional<T> safely(Supplier<Optional<T>> look) {
        try {
            return look.get();
        } catch (WebDriverException | IllegalArgumentException betweenDocuments) {
            return Optional.empty();
        }
    }

    /** The first line of a failure, without Selenium's "Expected condition failed: " (the suite's own message follows). */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").trim().replaceFirst("^Expected condition failed: ", "");
    }
}
