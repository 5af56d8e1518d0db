package vn.vneidlink.steps.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import vn.vneidlink.config.Redactor;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.vneid.VneidCodeModal;
import vn.vneidlink.portals.vneid.VneidFirewall;
import vn.vneidlink.portals.vneid.VneidLoginPage;
import vn.vneidlink.portals.vneid.VneidQrPanel;
import vn.vneidlink.steps.Journey;
import vn.vneidlink.steps.PortalsInUse;
import vn.vneidlink.target.SecondFactor;

/**
 * Bước 2, on the VNeID SSO's own page: the code modal (where the code went, the masked phone, a wrong code, the
 * code the app shows) and the QR login (scan with the app, confirm with the passcode).
 */
public class VneidLoginSteps {

    private final Journey journey;
    private final PortalsInUse portals;

    public VneidLoginSteps(Journey journey, PortalsInUse portals) {
        this.journey = journey;
        this.portals = portals;
    }

    @Thì("hộp nhập mã xác nhận báo {string}")
    public void codeModalSays(String message) {
        assertThat(portals.signIn().codeModal().sentMessage())
                .as("Lời báo của hộp nhập mã xác nhận trên %s: mã đi đâu", portals.target().hosts().vneidSso())
                .isEqualTo(message);
    }

    @Thì("hộp nhập mã xác nhận hiện số điện thoại của công dân, che các chữ số giữa")
    public void codeModalShowsMaskedPhone() {
        Redactor redactor = portals.target().redactor();
        String phone = journey.citizen().phone();
        // 090****102: the first and last three digits of the registered phone, the rest starred.
        String expected = phone.substring(0, 3) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 3);
        String shown = portals.signIn().codeModal().phoneShown();
        assertThat(redactor.mask(shown))
                .as("Hộp nhập mã xác nhận phải hiện số điện thoại của công dân đã che các chữ số giữa (chỉ 3 số đầu và 3 số cuối),"
                        + " không được lộ cả số")
                .isEqualTo(redactor.mask(expected));
    }

    @Khi("công dân nhập một mã xác nhận sai vào hộp nhập mã")
    public void enterWrongCode() {
        VneidCodeModal modal = portals.signIn().codeModal();
        String right = phone().codeShownInVneidApp(journey.citizen().cccd());
        modal.enterCode(String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000));
    }

    @Thì("hộp nhập mã xác nhận báo lỗi {string}")
    public void codeModalRefuses(String message) {
        VneidFirewall.failIfShown(portals.browser());
        assertThat(VneidCodeModal.isOnScreen(portals.browser()))
                .as(() -> String.format("Mã xác nhận sai phải bị từ chối trong hộp nhập mã, nhưng SSO VNeID đã chấp nhận mã: %s",
                        PortalPage.describeScreen(portals.browser())))
                .isTrue();
        assertThat(new VneidCodeModal(portals.browser()).errorMessage())
                .as("Thông báo lỗi trong hộp nhập mã xác nhận (mã sai phải bị từ chối)")
                .isEqualTo(message);
    }

    @Khi("công dân nhập mã xác nhận hiện trên ứng dụng VNeID")
    public void enterCodeShownInApp() {
        portals.signIn().confirmCodeFromVneidApp(journey.citizen());
    }

    @Khi("công dân chọn \"Quét mã QR\" trên trang đăng nhập VNeID")
    public void chooseQr() {
        new VneidLoginPage(portals.browser()).chooseQr();
    }

    @Khi("công dân quét mã QR bằng ứng dụng VNeID")
    public void scanQr() {
        VneidQrPanel qr = new VneidQrPanel(portals.browser());
        qr.waitUntilScanSeen(phone().scanQrWithVneidApp(journey.citizen().cccd(), qr.payload()));
    }

    @Thì("trang VNeID chờ xác nhận trên ứng dụng: {string}")
    public void qrAwaitsPasscode(String message) {
        VneidFirewall.failIfShown(portals.browser());
        assertThat(VneidQrPanel.isOnScreen(portals.browser()))
                .as(() -> String.format("Sau khi quét mã QR, SSO VNeID phải chờ công dân nhập mã passcode trên ứng dụng, nhưng đã"
                        + " không chờ mã passcode: %s", PortalPage.describeScreen(portals.browser())))
                .isTrue();
        assertThat(new VneidQrPanel(portals.browser()).statusMessage())
                .as("Lời báo của trang đăng nhập VNeID sau khi ứng dụng quét mã QR")
                .isEqualTo(message);
    }

    @Khi("công dân nhập mã passcode trên ứng dụng VNeID")
    public void confirmWithPasscode() {
        VneidQrPanel qr = new VneidQrPanel(portals.browser());
        qr.waitUntilLeft(phone().confirmInVneidAppWithPasscode(journey.citizen().cccd(), journey.citizen().vneid().passcode()));
    }

    private SecondFactor phone() {
        return portals.target().secondFactor();
    }
}
