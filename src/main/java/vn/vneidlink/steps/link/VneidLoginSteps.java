package vn.vneidlink.steps.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import java.util.ArrayList;
import java.util.List;
import vn.vneidlink.config.Redactor;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.vneid.VneidCodeModal;
import vn.vneidlink.portals.vneid.VneidFirewall;
import vn.vneidlink.portals.vneid.VneidLoginPage;
import vn.vneidlink.portals.vneid.VneidQrPanel;
import vn.vneidlink.steps.Journey;
import vn.vneidlink.steps.PortalsInUse;
import vn.vneidlink.steps.inputs.TriedValues;
import vn.vneidlink.target.SecondFactor;

/**
 * Bước 2, on the VNeID SSO's own page: the code modal (where the code went, the masked phone, a wrong code, the
 * code the app shows) and the QR login (scan with the app, confirm with the passcode).
 */
public class VneidLoginSteps {

    private final Journey journey;
    private final PortalsInUse portals;
    /** Every citizen whose data the scenario typed on the VNeID login page: none of them may get a code. */
    private final List<Citizen> typedFor = new ArrayList<>();
    /** What the scenario typed there, as its table names it (for failure messages: never the value itself). */
    private String typed = "";

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

    @Khi("công dân nhập vào trang đăng nhập VNeID số định danh cá nhân {string} và mật khẩu {string}")
    public void submitTriedCredentials(String idNumber, String password) {
        Citizen citizen = journey.citizen();
        typedFor.add(citizen);
        String id = TriedValues.idNumber(idNumber, citizen.cccd(), this::otherCitizen);
        String pw = TriedValues.password(password, citizen.vneid().password(), this::otherCitizen);
        typed = "số định danh «" + idNumber + "», mật khẩu «" + password + "»";
        new VneidLoginPage(portals.browser()).submitAsTyped(id, pw);
    }

    @Thì("SSO VNeID từ chối với thông báo {string} và không hỏi mã xác nhận")
    public void vneidRefusesCredentials(String message) {
        VneidFirewall.failIfShown(portals.browser());
        assertThat(VneidCodeModal.isOnScreen(portals.browser()) || !VneidLoginPage.isOnScreen(portals.browser()))
                .as(() -> String.format("SSO VNeID phải từ chối %s với thông báo «%s», nhưng đã nhận và %s", typed, message,
                        VneidCodeModal.isOnScreen(portals.browser()) ? "mở hộp nhập mã xác nhận (mã đã được gửi)"
                                : "rời trang đăng nhập: " + PortalPage.describeScreen(portals.browser())))
                .isFalse();
        assertThat(new VneidLoginPage(portals.browser()).errorMessage())
                .as("Thông báo lỗi của trang đăng nhập %s cho %s (so trọn câu)", portals.target().hosts().vneidSso(), typed)
                .isEqualTo(message);
    }

    @Thì("không có mã xác nhận VNeID nào được gửi, tới ứng dụng hay qua tin nhắn")
    public void noVneidCodeSent() {
        SecondFactor phone = phone();
        Redactor redactor = portals.target().redactor();
        for (Citizen c : typedFor) {
            assertThat(phone.vneidAppHasLoginRequest(c.cccd()))
                    .as("Sau khi SSO VNeID từ chối %s, ứng dụng VNeID của %s (%s) không được có yêu cầu đăng nhập hay mã xác nhận nào",
                            typed, c.fullName(), redactor.masked(c.cccd()))
                    .isFalse();
            assertThat(phone.anyOtpSentTo(c.phone()))
                    .as("Sau khi SSO VNeID từ chối %s, không được gửi mã qua tin nhắn tới số %s của %s", typed,
                            redactor.masked(c.phone()), c.fullName())
                    .isFalse();
        }
    }

    @Khi("công dân gõ vào hộp nhập mã xác nhận {string} và bấm \"Xác nhận\"")
    public void typeTriedCode(String code) {
        VneidCodeModal modal = portals.signIn().codeModal();
        String right = phone().codeShownInVneidApp(journey.citizen().cccd());
        typed = "mã «" + code + "»";
        modal.typeIntoBoxes(TriedValues.code(code, right));
    }

    /** Another citizen of the test data, named in a row: his data must not open anything either. */
    private Citizen otherCitizen(String fullName) {
        Citizen other = portals.target().citizen(fullName);
        typedFor.add(other);
        return other;
    }

    private SecondFactor phone() {
        return portals.target().secondFactor();
    }
}
