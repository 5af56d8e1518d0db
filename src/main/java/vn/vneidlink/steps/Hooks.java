package vn.vneidlink.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.PortalTarget;
import vn.vneidlink.config.Settings;
import vn.vneidlink.report.AllureSteps;
import vn.vneidlink.report.Evidence;

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

    public Hooks(Browser browser, PortalTarget target, Settings settings, AllureSteps allure) {
        this.browser = browser;
        this.target = target;
        this.settings = settings;
        this.allure = allure;
    }

    @AfterStep
    public void screenshotAfterStep(Scenario scenario) {
        allure.rememberTestCase();
        if (settings.screenshotEveryStep() && browser.started()) {
            Evidence.attachScreenshot(scenario, browser, "Ảnh chụp màn hình sau bước");
        }
    }

    @After(order = 30000)
    public void foldScreenshotsIntoTheirSteps() {
        allure.foldHookRows(Hooks.class.getName() + ".");
    }

    @After(order = 20000)
    public void evidenceOnFailure(Scenario scenario) {
        if (scenario.isFailed() && browser.started()) {
            Evidence.attachFailureEvidence(scenario, browser);
        }
    }

    @After(order = 10000)
    public void noUnmatchedRequests(Scenario scenario) {
        List<String> unmatched = target.unmatchedRequests();
        if (!unmatched.isEmpty()) {
            String list = String.join("\n", unmatched);
            scenario.attach(list.getBytes(StandardCharsets.UTF_8), "text/plain", "Yêu cầu không khớp ánh xạ nào của cổng giả");
            throw new AssertionError("Cổng giả nhận " + unmatched.size() + " yêu cầu không khớp ánh xạ nào "
                    + "(thiếu trang trong mocks/mappings hoặc trang trỏ sai địa chỉ):\n" + list);
        }
    }
}
