package vn.vneidlink.steps.relogin;

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

    @Khi("công dân chọn \"Hồ sơ của tôi\" trên hệ thống của tỉnh")
    public void openProvincialDossiers() {
        var system = journey.province().orElseThrow(() -> new IllegalStateException(
                "Kịch bản phải truy cập hệ thống của tỉnh trước bước «Hồ sơ của tôi»"));
        portals.province(system).chooseDossiersFromUserMenu();
    }
}
