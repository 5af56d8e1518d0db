package vn.vneidlink.steps.relogin;

import io.cucumber.java.vi.Cho;
import io.cucumber.java.vi.Khi;
import vn.vneidlink.steps.Journey;
import vn.vneidlink.steps.PortalsInUse;
import vn.vneidlink.tasks.SignIn;

/** From then on, VNeID alone: signing in again on the national portal and on the provincial system. */
public class ReloginSteps {

    private final Journey journey;
    private final PortalsInUse portals;

    public ReloginSteps(Journey journey, PortalsInUse portals) {
        this.journey = journey;
        this.portals = portals;
    }

    @Khi("công dân (đã )đăng nhập Cổng DVC quốc gia bằng VNeID")
    public void loginWithVneid() {
        journey.useNationalPortal();
        portals.national().openHome();
        portals.signIn().clickNationalLogin();
        portals.signIn().chooseVneid();
        portals.signIn().enterVneidCredentials(journey.citizen());
        portals.signIn().approveVneidLogin(journey.citizen(), SignIn.Approval.VNEID_APP);
    }

    @Khi("công dân truy cập Hệ thống thông tin giải quyết TTHC tỉnh {string}")
    public void visitProvincialSystem(String province) {
        var system = portals.target().provincialSystem(province);
        journey.useProvincialSystem(system);
        portals.province(system).openHome();
    }

    @Khi("công dân đăng nhập hệ thống của tỉnh bằng VNeID")
    public void loginToProvinceWithVneid() {
        var system = journey.province().orElseThrow(() -> new IllegalStateException(
                "Kịch bản phải truy cập hệ thống của tỉnh trước bước đăng nhập"));
        portals.signIn().clickProvincialLogin(system);
        portals.signIn().chooseVneid();
        portals.signIn().enterVneidCredentials(journey.citizen());
        portals.signIn().approveVneidLogin(journey.citizen(), SignIn.Approval.VNEID_APP);
    }

    @Cho("hệ thống của tỉnh {string} chạy trên nền tảng {string}")
    public void provinceOnPlatform(String province, String platform) {
        var system = portals.target().provincialSystem(province);
        if (!system.platform().equals(platform)) {
            throw new IllegalStateException("Dữ liệu của kịch bản: hệ thống của tỉnh «" + province + "» chạy trên nền tảng «" + system.platform()
                    + "» theo danh sách cổng của «" + portals.target().name() + "», không phải «" + platform + "»");
        }
    }

    @Khi("công dân chọn {string} trên hệ thống của tỉnh")
    public void openProvincialDossiers(String label) {
        var system = journey.province().orElseThrow(() -> new IllegalStateException(
                "Kịch bản phải truy cập hệ thống của tỉnh trước bước «" + label + "»"));
        portals.province(system).chooseDossiersFromUserMenu(label);
    }
}
