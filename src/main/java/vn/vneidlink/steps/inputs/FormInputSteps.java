package vn.vneidlink.steps.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import vn.vneidlink.portals.Alerts;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.national.CccdPromptPage;
import vn.vneidlink.portals.national.PersonalInfoPage;
import vn.vneidlink.steps.Journey;
import vn.vneidlink.steps.PortalsInUse;

/**
 * The values a tester tries first, typed into the forms of the national portal and its SSO: the OTP page that follows
 * the VNconnect password, and the prompt for a CCCD number after the login of an account without one. Each must be
 * refused with the page's own message, and change nothing (read back afterwards).
 */
public class FormInputSteps {

    /** What Thông tin định danh says of an account that has no CCCD number. */
    static final String NO_CCCD_WARNING = "Tài khoản chưa có số định danh cá nhân/CCCD";

    private final Journey journey;
    private final PortalsInUse portals;
    /** What the scenario typed, as its table names it (for failure messages: never the value itself). */
    private String typed = "";

    public FormInputSteps(Journey journey, PortalsInUse portals) {
        this.journey = journey;
        this.portals = portals;
    }

    @Khi("công dân gõ vào ô mã OTP {string} và bấm \"Xác nhận\"")
    public void typeTriedOtp(String code) {
        String right = portals.target().secondFactor().latestOtpSentTo(journey.citizen().phone());
        typed = "mã OTP «" + code + "»";
        portals.signIn().otpPage().confirmAsTyped(TriedValues.code(code, right));
    }

    @Khi("công dân gõ vào ô số định danh cá nhân {string} và bấm \"Cập nhật\"")
    public void typeTriedCccd(String number) {
        String value = TriedValues.idNumber(number, journey.citizen().cccd(), portals.target()::citizen);
        typed = "số định danh cá nhân «" + number + "»";
        new CccdPromptPage(portals.browser()).updateAsTyped(value);
    }

    @Thì("màn hình cập nhật số định danh cá nhân báo lỗi {string}")
    public void cccdPromptRefuses(String message) {
        assertThat(CccdPromptPage.isOnScreen(portals.browser()))
                .as(() -> String.format("Cổng DVC quốc gia phải từ chối %s và ở lại màn hình «Cập nhật số định danh cá nhân» với lỗi «%s»,"
                        + " nhưng đã nhận số đó%s. %s", typed, message, successShown(), PortalPage.describeScreen(portals.browser())))
                .isTrue();
        assertThat(new CccdPromptPage(portals.browser()).errorMessage())
                .as("Thông báo lỗi của màn hình «Cập nhật số định danh cá nhân» cho %s (so trọn câu)", typed)
                .isEqualTo(message);
    }

    @Thì("tài khoản của công dân vẫn chưa có số định danh cá nhân")
    public void accountStillWithoutCccd() {
        portals.national().openCccdPromptDirectly();
        assertThat(CccdPromptPage.isOnScreen(portals.browser()))
                .as(() -> String.format("Sau khi %s bị từ chối, tài khoản vẫn phải chưa có số định danh, nên địa chỉ màn hình «Cập nhật số định"
                        + " danh cá nhân» phải mở lại màn hình đó; nhưng cổng không hỏi nữa (đã lưu một số?). %s", typed,
                        PortalPage.describeScreen(portals.browser())))
                .isTrue();
        assertThat(new CccdPromptPage(portals.browser()).enteredNumber())
                .as("Ô số định danh của màn hình mở lại phải trống (không giữ %s)", typed).isEmpty();
        portals.national().openPersonalInfoDirectly();
        PersonalInfoPage page = new PersonalInfoPage(portals.browser()).openIdentityTab();
        assertThat(page.warningMessage())
                .as("Sau khi %s bị từ chối, Thông tin định danh phải vẫn báo tài khoản chưa có số định danh (đọc lại sau khi tải lại trang)", typed)
                .isEqualTo(NO_CCCD_WARNING);
    }

    /** The success message the page shows, if any, for a failure message. */
    private String successShown() {
        var alerts = new Alerts(portals.browser()).all();
        return alerts.isEmpty() ? "" : " (trang báo " + alerts + ")";
    }
}
