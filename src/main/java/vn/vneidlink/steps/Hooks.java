package vn.vneidlink.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.config.Settings;
import vn.vneidlink.report.AllureSteps;
import vn.vneidlink.report.Evidence;
import vn.vneidlink.report.StepScreenshots;
import vn.vneidlink.target.PortalTarget;

/**
 * Report evidence: a screenshot after every step that used the browser; on failure the
 * screenshot, the page source, the URL and the browser console. A request that reached the mock
 * portals and matched no route fails the scenario. The browser and the mock portals themselves
 * are closed by the container after these hooks.
 */
public class Hooks {

    private final Browser browser;
    private final PortalTarget target;
    private final Settings settings;
    private final AllureSteps allure;
    private final Journey journey;
    private final StepScreenshots screenshots;

    /** Tag of the scenarios that change a test account: refused against real portals unless allowed. */
    public static final String CHANGES_ACCOUNT = "@thay-doi-tai-khoan";
    /** Tag of the scenarios that need the mock portals' controls. */
    public static final String MOCK_ONLY = "@chi-gia-lap";

    public Hooks(Browser browser, PortalTarget target, Settings settings, AllureSteps allure, Journey journey, StepScreenshots screenshots) {
        this.browser = browser;
        this.target = target;
        this.settings = settings;
        this.allure = allure;
        this.journey = journey;
        this.screenshots = screenshots;
    }

    /**
     * Against real portals: scenarios that need the mock's controls are skipped, and so are the
     * ones that change an account (sync, link, lock) unless a test account is named for changes.
     */
    @Before(order = 0)
    public void onlyWhatTheTargetAllows(Scenario scenario) {
        journey.changesAccount(scenario.getSourceTagNames().contains(CHANGES_ACCOUNT));
        if (target.isMock()) {
            return;
        }
        if (scenario.getSourceTagNames().contains(MOCK_ONLY)) {
            throw NotApplicable.because("kịch bản cần điều khiển cổng giả lập (ngày của cổng, đồng hồ, lỗi cố ý), không áp dụng cho «"
                    + target.name() + "»");
        }
        if (journey.changesAccount() && settings.allowChangesTo().isEmpty()) {
            throw NotApplicable.because("kịch bản thay đổi tài khoản (đồng bộ, liên kết, khóa); với «" + target.name()
                    + "» chỉ chạy khi -Dvneidlink.live.allow-changes=<tên đăng nhập của tài khoản thử> nêu rõ tài khoản được phép thay đổi");
        }
    }

    @AfterStep
    public void screenshotAfterStep(Scenario scenario) {
        allure.rememberTestCase();
        if (settings.pageEvidence() && browser.started()) {
            screenshots.afterStep(browser, target.redactor());
        }
    }

    @After(order = 30000)
    public void foldScreenshotsIntoTheirSteps() {
        screenshots.finish();
        allure.foldHookRows(Hooks.class.getName() + ".");
    }

    @After(order = 20000)
    public void evidenceOnFailure(Scenario scenario) {
        if (scenario.isFailed() && browser.started()) {
            Evidence.attachFailureEvidence(scenario, browser, target.redactor(), settings.pageEvidence());
        }
    }

    @After(order = 10000)
    public void noUnmatchedRequests(Scenario scenario) {
        List<String> unmatched = target.unmatchedRequests();
        if (!unmatched.isEmpty()) {
            String list = String.join("\n", unmatched);
            scenario.attach(list.getBytes(StandardCharsets.UTF_8), "text/plain", "Yêu cầu không khớp tuyến nào của cổng giả");
            throw new AssertionError("Cổng giả nhận " + unmatched.size() + " yêu cầu không khớp tuyến nào "
                    + "(cổng giả thiếu tuyến, trong bảng tuyến của lớp …Mock, hoặc trang trỏ sai địa chỉ):\n" + list);
        }
    }
}
