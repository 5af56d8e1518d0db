package vn.vneidlink.steps.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.vi.Cho;
import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.data.Era;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.national.NationalErrorPage;
import vn.vneidlink.portals.sso.SsoLoginPage;
import vn.vneidlink.steps.Journey;
import vn.vneidlink.steps.PortalsInUse;
import vn.vneidlink.tasks.SignIn;

/** The session's safety: logout seen from the Back button, and login responses the portal never asked for. */
public class SessionSteps {

    /** The state an attacker would put in a crafted link. */
    static final String FORGED_STATE = "ke-gian-chon-state-nay";

    private final Journey journey;
    private final PortalsInUse portals;

    public SessionSteps(Journey journey, PortalsInUse portals) {
        this.journey = journey;
        this.portals = portals;
    }

    @Khi("công dân bấm nút Quay lại của trình duyệt")
    public void pressBack() {
        portals.national().goBack();
    }

    @Cho("công dân đã đăng nhập hệ thống của tỉnh {string} bằng VNeID")
    public void signedInAtProvince(String province) {
        ProvincialSystem system = portals.target().provincialSystem(province);
        journey.useProvincialSystem(system);
        portals.province(system).openHome().clickLogin();
        portals.signIn().chooseVneid();
        portals.signIn().enterVneidCredentials(journey.citizen());
        portals.signIn().approveVneidLogin(journey.citizen(), SignIn.Approval.VNEID_APP);
        assertThat(portals.province(system).home().displayedName())
                .as("Công dân phải đăng nhập được hệ thống của tỉnh %s trước bước này", province)
                .isEqualTo(journey.citizen().fullName());
    }

    @Khi("một đường dẫn giả mạo đưa trình duyệt tới hệ thống xác thực với tham số state do kẻ gian chọn")
    public void forgedLoginLink() {
        journey.useNationalPortal();
        if (portals.target().mockEra().filter(Era.TODAY::equals).isPresent()) {
            throw NotApplicable.because("không áp dụng: Cổng DVC quốc gia của thời kỳ hiện nay không đăng nhập qua hệ thống xác thực "
                    + portals.target().hosts().nationalSso() + ", nên phiên ở đó không cấp được mã đăng nhập cho nó");
        }
        portals.national().openForgedLoginResponse(FORGED_STATE);
    }

    @Thì("Cổng DVC quốc gia báo yêu cầu đăng nhập không hợp lệ")
    public void nationalRefusesForgedResponse() {
        assertThat(NationalErrorPage.isOnScreen(portals.browser()))
                .as(() -> String.format("Cổng DVC quốc gia đã chấp nhận kết quả đăng nhập có state giả mạo (lỗ hổng CSRF) thay vì báo lỗi: %s",
                        PortalPage.describeScreen(portals.browser())))
                .isTrue();
        assertThat(new NationalErrorPage(portals.browser()).message())
                .as("Cổng DVC quốc gia phải từ chối kết quả đăng nhập có state nó không cấp (chống CSRF)")
                .isNotBlank();
    }

    @Thì("công dân không được đăng nhập vào Cổng DVC quốc gia")
    public void notSignedInNationally() {
        SiteHeader header = portals.national().openHome().header();
        assertThat(header.showsUserName())
                .as(() -> String.format("Kết quả đăng nhập giả mạo không được mở phiên trên Cổng DVC quốc gia, nhưng góc trên bên phải hiện «%s»",
                        header.displayedName()))
                .isFalse();
    }
}
