package vn.vneidlink.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vneidlink.config.Settings;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.CitizenDirectory;
import vn.vneidlink.mock.MockOptions;
import vn.vneidlink.mock.MockPortals;

/**
 * The benchmark's baseline: the navigations and clicks of the scenario «Công dân chưa đồng bộ đi
 * trọn Bước 1 và Bước 2 rồi dùng VNeID ở cổng tỉnh» (features/hanh-trinh-day-du.feature) as a
 * bare WebDriver program: no Cucumber, no report, no screenshots, no assertions beyond what the
 * navigation needs (each action waits for the next page's marker element). Same mock portals,
 * same Chromium flags as {@code vn.vneidlink.browser.Browser}.
 *
 * <p>Not a test (no Test/IT suffix: Surefire and Failsafe never run it). Run by
 * {@code scripts/benchmark.sh}, or by hand after {@code mvn -q test-compile}:
 * {@code java -cp target/test-classes:target/classes:<dependencies> vn.vneidlink.bench.BareJourney [runs=5]}.
 *
 * <p>Prints, per run, {@code mock-start-ms}, {@code browser-start-ms} and {@code bare-journey-ms}
 * (first navigation to the last page loaded, start-ups excluded), then the medians; then one
 * {@code step} line per Gherkin step of the scenario (median ms of the actions that step stands for;
 * the «Thì» steps are checks, which the bare program does not make: about 0 ms).
 */
public final class BareJourney {

    static final String CITIZEN = "Nguyễn Thị Hoà";
    static final String NATIONAL = "dichvucong.gov.vn";
    static final String NATIONAL_SSO = "xacthuc.dichvucong.gov.vn";
    static final String VNEID_SSO = "sso.dancuquocgia.gov.vn";
    static final String PROVINCE = "dichvucong.quangtri.gov.vn";

    static final String HOME_PATH = "/p/home/dvc-trang-chu.html";
    static final String PERSONAL_INFO_PATH = "/p/home/dvc-thong-tin-ca-nhan.html";
    static final String DOSSIERS_PATH = "/p/home/dvc-quan-ly-ho-so.html";
    static final String SSO_LOGIN_PATH = "/authenticationendpoint/login.do";
    static final String SSO_OTP_PATH = "/authenticationendpoint/otp.do";
    static final String VNEID_LOGIN_PATH = "/auth";
    static final String PROVINCE_HOME_PATH = "/";
    static final String PROVINCE_DOSSIERS_PATH = "/ho-so-cua-toi";

    // Locators: the ids and classes of docs/mock-portals.md, as the page objects use them.
    static final By BANNER = By.cssSelector(".banner");
    static final By LOGIN_BUTTON = By.cssSelector(".header-actions a.login-btn, .header-account a.btn-register");
    static final By USER_NAME = By.id("user-name");
    static final By USER_DROPDOWN = By.id("user-dropdown");
    static final By SSO_VNEID_OPTION = By.cssSelector("a.login-IDP");
    static final By SSO_USERNAME = By.id("username");
    static final By SSO_PASSWORD = By.id("password");
    static final By SSO_LOGIN = By.id("btn-login");
    static final By OTP = By.id("otp");
    static final By CONFIRM_OTP = By.id("btn-confirm-otp");
    static final By NOTICE = By.id("system-notice");
    static final By NOTICE_VNEID = By.id("btn-notice-vneid");
    static final By NOTICE_CLOSE = By.id("btn-notice-close");
    static final By PERSONAL_INFO_TITLE = By.xpath("//h2[normalize-space()='Thông tin cá nhân']");
    static final By IDENTITY_TAB = By.id("tab-identity");
    static final By ACTIVE_IDENTITY_TAB = By.cssSelector("#tab-identity.active");
    static final By FETCH = By.id("btn-fetch-population");
    static final By SAVE = By.id("btn-save");
    static final By SUCCESS = By.cssSelector(".alert-success");
    static final By DOSSIER_TABLE = By.id("dossier-table");
    static final By VNEID_USERNAME = By.id("username");
    static final By VNEID_PASSWORD = By.id("password");
    static final By VNEID_LOGIN = By.cssSelector("#login-form button.custom-btn-resolve");
    static final By CODE_BOXES = By.cssSelector(".ant-modal-body #otp-input input");
    static final By CONFIRM_CODE = By.cssSelector(".ant-modal-body button.custom-btn-resolve");
    static final By CODE_BY_SMS = By.id("btn-change-mode-sms");
    static final By CODE_SENT = By.id("otp-message");

    static final Duration WAIT = Duration.ofSeconds(10);

    private BareJourney() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1");
        }
        Path mocks = Path.of(System.getProperty("vneidlink.mocks.dir", "mocks"));
        // The suite's default browser (Settings): the headless shell when installed.
        Path browserBinary = Path.of(System.getProperty("vneidlink.browser.binary", Settings.defaultBrowser(true, false).toString()));
        Path driverBinary = Path.of(System.getProperty("vneidlink.driver.binary", "/usr/bin/chromedriver"));
        Citizen citizen = CitizenDirectory.load(mocks.resolve("data").resolve("citizens.json")).byName(CITIZEN);

        List<long[]> startups = new ArrayList<>();
        List<long[]> steps = new ArrayList<>();
        List<String> stepNames = List.of();
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            MockPortals portals = MockPortals.start(MockOptions.defaults(mocks));
            long mockStart = millisSince(t0);
            Path profile = Files.createTempDirectory("vneidlink-bench-chromium-");
            WebDriver driver = null;
            try {
                long t1 = System.nanoTime();
                driver = startBrowser(portals, profile, browserBinary, driverBinary);
                long browserStart = millisSince(t1);
                Journey journey = new Journey(driver, portals, citizen);
                journey.run();
                long total = journey.totalMillis();
                startups.add(new long[] {mockStart, browserStart, total});
                steps.add(journey.stepMillis());
                stepNames = journey.stepNames();
                System.out.printf("run %d/%d: mock-start-ms=%d browser-start-ms=%d bare-journey-ms=%d%n",
                        run, runs, mockStart, browserStart, total);
                System.out.println("bare-journey-ms=" + total);
            } finally {
                if (driver != null) {
                    driver.quit();
                }
                deleteTree(profile);
                portals.close();
            }
        }
        long mock = median(startups, 0);
        long browser = median(startups, 1);
        long journey = median(startups, 2);
        System.out.printf("median of %d: mock-start-ms=%d browser-start-ms=%d bare-journey-ms=%d bare-total-ms=%d%n",
                runs, mock, browser, journey, medianOfSums(startups));
        if (runs > 1) {
            List<long[]> warm = startups.subList(1, startups.size());
            System.out.printf("first run (cold JVM): mock-start-ms=%d browser-start-ms=%d bare-journey-ms=%d bare-total-ms=%d%n",
                    startups.get(0)[0], startups.get(0)[1], startups.get(0)[2], startups.get(0)[0] + startups.get(0)[1] + startups.get(0)[2]);
            System.out.printf("median of runs 2..%d (warm JVM): mock-start-ms=%d browser-start-ms=%d bare-journey-ms=%d bare-total-ms=%d%n",
                    runs, median(warm, 0), median(warm, 1), median(warm, 2), medianOfSums(warm));
        }
        for (int i = 0; i < stepNames.size(); i++) {
            System.out.printf("step\t%d\t%d\t%s%n", i + 1, median(steps, i), stepNames.get(i));
        }
    }

    static WebDriver startBrowser(MockPortals portals, Path profile, Path browserBinary, Path driverBinary) {
        // The flags of vn.vneidlink.browser.Browser, nothing more.
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(browserBinary)) {
            options.setBinary(browserBinary.toFile());
        }
        options.addArguments("--headless=new");
        options.addArguments("--host-resolver-rules=" + portals.hostResolverRules());
        options.addArguments(vn.vneidlink.browser.Browser.FLAGS);
        String spki = portals.browserTrustSpkiList();
        if (!spki.isEmpty()) {
            options.addArguments("--ignore-certificate-errors-spki-list=" + spki);
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // ChromeDriver's fresh profile in ours, as the suite's Chromium makes it
        ChromeDriverService.Builder service = new ChromeDriverService.Builder()
                .withEnvironment(Map.of("TMPDIR", profile.toString()));
        if (Files.isExecutable(driverBinary)) {
            service.usingDriverExecutable(driverBinary.toFile());
        }
        WebDriver driver = new ChromeDriver(service.build(), options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return driver;
    }

    /** The scenario's actions, one mark per Gherkin step (the step texts of the feature file). */
    static final class Journey {
        private final WebDriver driver;
        private final MockPortals portals;
        private final Citizen citizen;
        private final List<String> names = new ArrayList<>();
        private final List<Long> marks = new ArrayList<>();
        private long start;
        private long last;

        Journey(WebDriver driver, MockPortals portals, Citizen citizen) {
            this.driver = driver;
            this.portals = portals;
            this.citizen = citizen;
        }

        void run() {
            Citizen.VnconnectAccount vnconnect = citizen.vnconnectAccount().orElseThrow();
            start = System.nanoTime();
            last = start;
            step("Cho công dân \"Nguyễn Thị Hoà\" có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư");
            // Bước 1: Đồng bộ tài khoản
            driver.get(portals.baseUrl(NATIONAL) + HOME_PATH);
            waitFor(at(NATIONAL, HOME_PATH, BANNER));
            step("Khi công dân truy cập Cổng DVC quốc gia");
            clickAndWait(LOGIN_BUTTON, at(NATIONAL_SSO, SSO_LOGIN_PATH, SSO_VNEID_OPTION));
            step("Và công dân bấm \"Đăng nhập\"");
            type(SSO_USERNAME, vnconnect.username());
            type(SSO_PASSWORD, vnconnect.password());
            clickAndWait(SSO_LOGIN, at(NATIONAL_SSO, SSO_OTP_PATH, OTP));
            step("Và công dân nhập tên đăng nhập và mật khẩu tài khoản VNconnect");
            type(OTP, otpSentTo(citizen.phone()));
            clickAndWait(CONFIRM_OTP, at(NATIONAL, HOME_PATH, USER_NAME));
            step("Và công dân nhập mã OTP nhận được qua tin nhắn và bấm \"Xác nhận\"");
            step("Thì góc trên bên phải hiện họ và tên \"Nguyễn Thị Hoà\"");
            chooseFromUserMenu("Thông tin cá nhân", at(NATIONAL, PERSONAL_INFO_PATH, PERSONAL_INFO_TITLE));
            step("Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân");
            clickAndWait(IDENTITY_TAB, at(NATIONAL, PERSONAL_INFO_PATH, ACTIVE_IDENTITY_TAB));
            step("Và công dân bấm chọn Thông tin định danh");
            step("Thì trạng thái định danh là \"Chưa đồng bộ với CSDL Quốc gia về Dân cư\"");
            clickAndWait(FETCH, at(NATIONAL, PERSONAL_INFO_PATH, SAVE));
            step("Khi công dân chọn Cập nhật CSDL Quốc gia về Dân cư");
            step("Thì mọi trường định danh đều có dấu tích xanh của CSDL Quốc gia về Dân cư");
            clickAndWait(SAVE, at(NATIONAL, PERSONAL_INFO_PATH, SUCCESS));
            step("Khi công dân bấm \"Cập nhật\" để lưu");
            step("Thì thông báo \"Cập nhật thông tin thành công\" hiện ra");
            step("Và Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư");
            chooseFromUserMenu("Đăng xuất", at(NATIONAL, HOME_PATH, LOGIN_BUTTON));
            step("Khi công dân Đăng xuất");
            step("Thì góc trên bên phải hiện nút \"Đăng nhập\"");
            // Bước 2: Liên kết tài khoản
            clickAndWait(LOGIN_BUTTON, at(NATIONAL_SSO, SSO_LOGIN_PATH, NOTICE));
            step("Khi công dân bấm \"Đăng nhập\"");
            step("Thì \"Thông báo hệ thống\" mời \"Đăng nhập bằng VNeID\"");
            clickAndWait(NOTICE_VNEID, at(VNEID_SSO, VNEID_LOGIN_PATH, VNEID_USERNAME));
            step("Khi công dân chọn \"Đăng nhập bằng VNeID\"");
            enterVneidCredentials();
            step("Và công dân nhập số định danh cá nhân và mật khẩu VNeID");
            enterCode(codeShownInApp(citizen.cccd()));
            waitFor(at(NATIONAL, HOME_PATH, USER_NAME));
            step("Và công dân xác thực đăng nhập trên ứng dụng VNeID");
            step("Thì góc trên bên phải hiện họ và tên \"Nguyễn Thị Hoà\"");
            chooseFromUserMenu("Thông tin cá nhân", at(NATIONAL, PERSONAL_INFO_PATH, PERSONAL_INFO_TITLE));
            step("Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Thông tin cá nhân");
            step("Thì Thông tin tài khoản hiện tài khoản định danh điện tử của công dân");
            clickAndWait(IDENTITY_TAB, at(NATIONAL, PERSONAL_INFO_PATH, ACTIVE_IDENTITY_TAB));
            step("Khi công dân bấm chọn Thông tin định danh");
            step("Thì Thông tin định danh đã lưu đúng thông tin của công dân từ CSDL Quốc gia về Dân cư");
            step("Và DANH SÁCH TÀI KHOẢN LIÊN KẾT có tài khoản VNconnect của công dân");
            chooseFromUserMenu("Quản lý hồ sơ đã nộp", at(NATIONAL, DOSSIERS_PATH, DOSSIER_TABLE));
            step("Khi công dân kích vào Họ và tên cá nhân ở góc trên bên phải rồi chọn Quản lý hồ sơ đã nộp");
            step("Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra");
            // Từ nay: VNeID ở hệ thống của tỉnh
            chooseFromUserMenu("Đăng xuất", at(NATIONAL, HOME_PATH, LOGIN_BUTTON));
            step("Khi công dân Đăng xuất");
            driver.get(portals.baseUrl(PROVINCE) + PROVINCE_HOME_PATH);
            waitFor(at(PROVINCE, PROVINCE_HOME_PATH, LOGIN_BUTTON));
            step("Và công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh \"Quảng Trị\"");
            clickAndWait(LOGIN_BUTTON, at(NATIONAL_SSO, SSO_LOGIN_PATH, SSO_VNEID_OPTION));
            step("Và công dân bấm \"Đăng nhập\"");
            if (driver.findElements(NOTICE).stream().anyMatch(WebElement::isDisplayed)) {
                driver.findElement(NOTICE_CLOSE).click();
            }
            clickAndWait(SSO_VNEID_OPTION, at(VNEID_SSO, VNEID_LOGIN_PATH, VNEID_USERNAME));
            step("Và công dân chọn \"Tài khoản định danh điện tử cấp bởi Bộ Công an\"");
            enterVneidCredentials();
            step("Và công dân nhập số định danh cá nhân và mật khẩu VNeID");
            driver.findElement(CODE_BY_SMS).click();
            waitFor(ExpectedConditions.textToBePresentInElementLocated(CODE_SENT, "SMS"));
            enterCode(otpSentTo(citizen.phone()));
            waitFor(at(PROVINCE, PROVINCE_HOME_PATH, USER_NAME));
            step("Và công dân xác thực đăng nhập bằng mã OTP gửi qua SMS");
            step("Thì hệ thống của tỉnh hiện họ và tên \"Nguyễn Thị Hoà\" ở góc trên bên phải");
            chooseFromUserMenu("Hồ sơ của tôi", at(PROVINCE, PROVINCE_DOSSIERS_PATH, DOSSIER_TABLE));
            step("Khi công dân chọn \"Hồ sơ của tôi\" trên hệ thống của tỉnh");
            step("Thì mọi hồ sơ đã nộp bằng tài khoản VNconnect đều hiện ra");
            step("Và mọi trang và tài nguyên mà trình duyệt đã tải đều qua HTTPS");
            step("Và mọi cookie mà các cổng và hệ thống xác thực đặt đều có Secure, HttpOnly, SameSite và Path");
        }

        long totalMillis() {
            return (last - start) / 1_000_000;
        }

        long[] stepMillis() {
            return marks.stream().mapToLong(Long::longValue).toArray();
        }

        List<String> stepNames() {
            return List.copyOf(names);
        }

        private void step(String gherkin) {
            long now = System.nanoTime();
            names.add(gherkin);
            marks.add((now - last) / 1_000_000);
            last = now;
        }

        private void enterVneidCredentials() {
            type(VNEID_USERNAME, citizen.cccd());
            type(VNEID_PASSWORD, citizen.vneid().password());
            waitFor(ExpectedConditions.elementToBeClickable(VNEID_LOGIN)).click();
            waitFor(ExpectedConditions.visibilityOfElementLocated(CODE_BOXES));
        }

        /** The VNeID modal: one digit per box, then "Xác nhận" (the page's script goes on to the client). */
        private void enterCode(String code) {
            List<WebElement> boxes = driver.findElements(CODE_BOXES);
            for (int i = 0; i < boxes.size(); i++) {
                boxes.get(i).sendKeys(String.valueOf(code.charAt(i)));
            }
            driver.findElement(CONFIRM_CODE).click();
        }

        private void chooseFromUserMenu(String entry, ExpectedCondition<?> next) {
            driver.findElement(USER_NAME).click();
            waitFor(ExpectedConditions.visibilityOfElementLocated(USER_DROPDOWN));
            clickAndWait(By.xpath("//ul[@id='user-dropdown']//a[normalize-space()='" + entry + "']"), next);
        }

        /** Clicks, then waits until the old document is gone and the next page shows its marker. */
        private void clickAndWait(By locator, ExpectedCondition<?> next) {
            WebElement old = driver.findElement(By.tagName("html"));
            waitFor(ExpectedConditions.elementToBeClickable(locator)).click();
            waitFor(ExpectedConditions.stalenessOf(old));
            waitFor(next);
        }

        private void type(By locator, String text) {
            WebElement field = driver.findElement(locator);
            field.clear();
            field.sendKeys(text);
        }

        private <T> T waitFor(ExpectedCondition<T> condition) {
            // Between two documents ChromeDriver may answer "node does not belong to the document"
            // instead of a stale element: both mean "not yet", as in the suite's page objects.
            return new WebDriverWait(driver, WAIT, Duration.ofMillis(50)).ignoring(WebDriverException.class).until(condition);
        }

        private String otpSentTo(String phone) {
            return new FluentWait<>(portals).withTimeout(WAIT).pollingEvery(Duration.ofMillis(100))
                    .until(p -> p.sms().latestOtp(phone).orElse(null));
        }

        private String codeShownInApp(String cccd) {
            return new FluentWait<>(portals).withTimeout(WAIT).pollingEvery(Duration.ofMillis(100))
                    .until(p -> p.vneidApp().codeShownFor(cccd).orElse(null));
        }

        private static ExpectedCondition<Boolean> at(String host, String path, By marker) {
            return driver -> {
                URI uri = URI.create(driver.getCurrentUrl());
                return host.equals(uri.getHost()) && path.equals(uri.getPath())
                        && driver.findElements(marker).stream().anyMatch(WebElement::isDisplayed);
            };
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    static long median(List<long[]> rows, int column) {
        long[] values = rows.stream().mapToLong(row -> row[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static long medianOfSums(List<long[]> rows) {
        List<long[]> sums = rows.stream().map(row -> new long[] {row[0] + row[1] + row[2]}).toList();
        return median(sums, 0);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }
}
