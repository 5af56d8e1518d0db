package vn.vneidlink.steps.drift;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import java.nio.charset.StandardCharsets;
import vn.vneidlink.drift.DriftFindings;
import vn.vneidlink.drift.DriftPage;
import vn.vneidlink.drift.DriftReport;
import vn.vneidlink.drift.DriftTour;
import vn.vneidlink.steps.PortalsInUse;

/**
 * The drift check: the pages anyone can open, against the locators and labels of the page objects and the platform
 * profiles. Read-only, no account. It reports; it never heals.
 */
public class DriftSteps {

    private final PortalsInUse portals;
    private final DriftFindings findings;
    private Scenario scenario;
    private boolean attached;

    public DriftSteps(PortalsInUse portals, DriftFindings findings) {
        this.portals = portals;
        this.findings = findings;
    }

    @Before("@drift")
    public void remember(Scenario scenario) {
        this.scenario = scenario;
    }

    private DriftTour tour() {
        return new DriftTour(portals.target(), portals.settings(), portals.browser(), findings);
    }

    @Khi("đối chiếu từng trang không cần tài khoản của Cổng DVC quốc gia, hệ thống xác thực và SSO VNeID với page object của bộ kiểm thử")
    public void lookAtNationalPages() {
        tour().national();
    }

    @Khi("đối chiếu trang chủ và trang đăng nhập của từng hệ thống của tỉnh trong danh sách cổng với hồ sơ nền tảng của nó")
    public void lookAtProvincialPages() {
        tour().provinces(portals.target().readinessPortals());
    }

    @Thì("không trang nào thiếu locator hay nhãn mà bộ kiểm thử cần")
    public void nothingMissing() {
        attach();
        findings.failure().ifPresent(failure -> {
            throw new AssertionError(failure);
        });
    }

    /** A scenario that stopped before its last step still attaches what it saw. */
    @After("@drift")
    public void attachWhatWasSeen() {
        if (!attached && !findings.pages().isEmpty()) {
            attach();
        }
    }

    /** A screenshot of each page, then this scenario's part of drift.md and drift.csv (which {@link DriftReport} joins). */
    private void attach() {
        attached = true;
        for (DriftPage page : findings.pages()) {
            page.screenshot().ifPresent(jpeg -> scenario.attach(jpeg, "image/jpeg", "Trang: " + page.name() + " — " + page.url()));
        }
        scenario.attach(findings.markdown().getBytes(StandardCharsets.UTF_8), "text/markdown", DriftReport.MARKDOWN);
        scenario.attach(findings.csv().getBytes(StandardCharsets.UTF_8), "text/csv", DriftReport.CSV);
    }
}
