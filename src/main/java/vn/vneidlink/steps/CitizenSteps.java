package vn.vneidlink.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.vi.Cho;
import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.portals.SiteHeader;

/** Who the scenario follows, and the top right corner that every portal shares. */
public class CitizenSteps {

    private final Journey journey;
    private final PortalsInUse portals;

    public CitizenSteps(Journey journey, PortalsInUse portals) {
        this.journey = journey;
        this.portals = portals;
    }

    @Cho("công dân {string} có tài khoản VNconnect chưa đồng bộ với CSDL Quốc gia về Dân cư")
    public void citizenNeverSynced(String fullName) {
        Citizen.VnconnectAccount account = follow(fullName);
        assertThat(account.synced()).as("dữ liệu thử: tài khoản VNconnect của %s phải chưa đồng bộ", fullName).isFalse();
        assertThat(account.cccd()).as("dữ liệu thử: tài khoản VNconnect của %s phải có số CCCD", fullName).isNotBlank();
    }

    @Cho("công dân {string} có tài khoản VNconnect đã đồng bộ nhưng chưa liên kết với VNeID")
    public void citizenSyncedNotLinked(String fullName) {
        Citizen.VnconnectAccount account = follow(fullName);
        assertThat(account.synced()).as("dữ liệu thử: tài khoản VNconnect của %s phải đã đồng bộ", fullName).isTrue();
        assertThat(account.linked()).as("dữ liệu thử: tài khoản VNconnect của %s phải chưa liên kết", fullName).isFalse();
    }

    @Cho("công dân {string} có tài khoản VNconnect chưa có số định danh cá nhân")
    public void citizenWithoutCccd(String fullName) {
        Citizen.VnconnectAccount account = follow(fullName);
        assertThat(account.cccd()).as("dữ liệu thử: tài khoản VNconnect của %s phải chưa có số CCCD", fullName).isNull();
    }

    @Cho("công dân {string} có tài khoản VNconnect đã liên kết với VNeID")
    public void citizenLinked(String fullName) {
        Citizen.VnconnectAccount account = follow(fullName);
        assertThat(account.linked()).as("dữ liệu thử: tài khoản VNconnect của %s phải đã liên kết", fullName).isTrue();
    }

    @Cho("công dân {string} có tài khoản VNconnect với ngày sinh khác CSDL Quốc gia về Dân cư")
    public void citizenWithMismatchingBirthDate(String fullName) {
        Citizen.VnconnectAccount account = follow(fullName);
        assertThat(account.birthDate())
                .as("dữ liệu thử: ngày sinh trên tài khoản VNconnect của %s phải khác CSDL Quốc gia về Dân cư", fullName)
                .isNotEqualTo(portals.target().scenarioCitizen(fullName).population().birthDate());
    }

    @Cho("công dân {string} chỉ có tài khoản định danh điện tử mức độ {int}")
    public void citizenWithVneidOnly(String fullName, int level) {
        Citizen citizen = followCitizen(fullName);
        assertThat(citizen.vnconnectAccount()).as("dữ liệu thử: %s không có tài khoản VNconnect", fullName).isEmpty();
        assertThat(citizen.vneid().level()).as("dữ liệu thử: mức độ tài khoản định danh điện tử của %s", fullName).isEqualTo(level);
    }

    @Cho("công dân {string} có tài khoản định danh điện tử chưa cho phép đăng nhập trên web")
    public void citizenWithoutWebLogin(String fullName) {
        Citizen citizen = followCitizen(fullName);
        assertThat(citizen.vneid().webLoginAllowed())
                .as("dữ liệu thử: ứng dụng VNeID của %s phải chưa cho phép đăng nhập trên web", fullName).isFalse();
    }

    /**
     * Follows the citizen the scenario names and returns what the scenario claims about his old
     * account (the test data's, whatever the target). Against real portals the journey follows
     * the test account configured for the same profile.
     */
    private Citizen.VnconnectAccount follow(String fullName) {
        return followCitizen(fullName).vnconnectAccount().orElseThrow(() -> new IllegalStateException(
                "dữ liệu thử: " + fullName + " không có tài khoản VNconnect"));
    }

    /** Follows the citizen the scenario names; returns him as the test data describes him. */
    private Citizen followCitizen(String fullName) {
        Citizen named = portals.target().scenarioCitizen(fullName);
        journey.follow(portals.target().citizen(fullName));
        refuseChangesToAnotherAccount();
        return named;
    }

    /** Against real portals, a scenario that changes its account runs only on the account named for changes. */
    private void refuseChangesToAnotherAccount() {
        if (portals.target().isMock() || !journey.changesAccount()) {
            return;
        }
        String account = journey.citizen().vnconnectAccount().map(Citizen.VnconnectAccount::username).orElse(journey.citizen().cccd());
        if (!portals.settings().allowChangesTo().map(account::equals).orElse(false)) {
            throw NotApplicable.because("kịch bản thay đổi tài khoản " + portals.target().redactor().masked(account)
                    + " nhưng vneidlink.live.allow-changes không nêu tài khoản này");
        }
    }

    @Khi("công dân truy cập Cổng DVC quốc gia")
    public void visitNationalPortal() {
        journey.useNationalPortal();
        portals.national().openHome();
    }

    @Khi("công dân bấm \"Đăng nhập\"")
    public void clickLogin() {
        if (journey.province().isPresent()) {
            portals.header().clickLogin();
        } else {
            portals.signIn().clickNationalLogin();
        }
    }

    @Thì("góc trên bên phải hiện nút {string}")
    public void loginButtonShown(String label) {
        SiteHeader header = portals.header();
        assertThat(header.showsLoginButton())
                .as(() -> String.format("Góc trên bên phải của %s phải hiện nút «%s» (chưa đăng nhập), nhưng đang hiện tên «%s»",
                        header.currentHost(), label, header.displayedName()))
                .isTrue();
        assertThat(header.loginButtonLabel()).isEqualTo(label);
    }

    @Thì("góc trên bên phải hiện họ và tên {string}")
    public void nameShownOnNationalPortal(String fullName) {
        journey.useNationalPortal();
        assertNameShown(portals.header(), portals.target().citizen(fullName).fullName());
    }

    @Thì("hệ thống của tỉnh hiện họ và tên {string} ở góc trên bên phải")
    public void nameShownOnProvincialSystem(String fullName) {
        assertThat(journey.province()).as("kịch bản phải truy cập hệ thống của tỉnh trước bước này").isPresent();
        assertNameShown(portals.header(), portals.target().citizen(fullName).fullName());
    }

    private static void assertNameShown(SiteHeader header, String fullName) {
        HeaderName.assertShows(header, fullName);
    }
}
