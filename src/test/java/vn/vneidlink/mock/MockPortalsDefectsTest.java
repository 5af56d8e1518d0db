package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vneidlink.mock.Flows.DOSSIERS;
import static vn.vneidlink.mock.Flows.HOME;
import static vn.vneidlink.mock.Flows.IDENTITY_TAB;
import static vn.vneidlink.mock.Flows.PROFILE;
import static vn.vneidlink.mock.Flows.userName;

import org.junit.jupiter.api.Test;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/** Each defect changes the behaviour it names, and only when switched on. */
class MockPortalsDefectsTest {

    @Test
    void syncButtonNoopLeavesTheIdentityTabUnchanged() {
        Citizen hoa = Flows.citizen("never-synced");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.SYNC_BUTTON_NOOP))) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(hoa);
            Response before = flows.browser.open(IDENTITY_TAB);
            Response after = flows.browser.submit(PROFILE, "action", "fetch");
            assertThat(after.url()).isEqualTo(IDENTITY_TAB);
            assertThat(after.body()).doesNotContain("verified-check", "id=\"btn-save\"", "Xã Gio Mỹ")
                    .contains("Chưa đồng bộ với CSDL Quốc gia về Dân cư", "id=\"btn-fetch-population\"");
            assertThat(after.body()).isEqualTo(before.body());
            assertThat(portals.state().account(hoa.vnconnect().username()).orElseThrow().synced()).isFalse();
        }
    }

    @Test
    void logoutKeepsSessionShowsLoggedOutButThePersonalPageStillOpens() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.LOGOUT_KEEPS_SESSION))) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(binh);
            Response afterLogout = flows.logout();
            assertThat(afterLogout.url()).isEqualTo(HOME);
            assertThat(afterLogout.body()).contains("class=\"login-btn\"").doesNotContain("id=\"user-name\"");
            Response profile = flows.browser.get(PROFILE);
            assertThat(profile.status()).isEqualTo(200);
            assertThat(userName(profile)).isEqualTo("Trần Văn Bình");
            assertThat(portals.state().liveSessions("dichvucong.gov.vn")).isEqualTo(1);
        }
    }

    @Test
    void withoutTheDefectLogoutEndsTheSession() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(binh);
            String sessionId = flows.browser.cookie("dichvucong.gov.vn", "DVC_SESSION").orElseThrow();
            flows.logout();
            // even the old cookie (the back button) no longer opens the personal page
            flows.browser.setCookie("dichvucong.gov.vn", "DVC_SESSION", sessionId);
            assertThat(flows.browser.get(PROFILE).location()).isEqualTo(Flows.NATIONAL + "/dang-nhap");
        }
    }

    @Test
    void vneidLoginDoesNotLinkOpensASeparateAccountForASyncedOne() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.VNEID_LOGIN_DOES_NOT_LINK))) {
            Flows flows = new Flows(portals);
            Response landed = flows.vneidLogin(binh);
            assertThat(userName(landed)).isEqualTo("Trần Văn Bình");
            assertThat(flows.browser.open(DOSSIERS).body()).contains("Không có hồ sơ nào");
            assertThat(flows.browser.open(IDENTITY_TAB).body()).contains("Chưa có tài khoản liên kết")
                    .doesNotContain("class=\"linked-account\"");
            assertThat(portals.state().account("0900000102").orElseThrow().linked()).isFalse();
            assertThat(portals.state().separateVneidAccount(binh.cccd())).isPresent();
        }
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            Flows flows = new Flows(portals);
            flows.vneidLogin(binh);
            assertThat(flows.browser.open(DOSSIERS).textsOfClass("dossier-code")).containsExactly("G22.45.01-231215-0107");
            assertThat(portals.state().account("0900000102").orElseThrow().linked()).isTrue();
        }
    }

    @Test
    void everyDefectNamesItsHostAndEffect() {
        for (PortalDefect defect : PortalDefect.values()) {
            assertThat(defect.host()).isIn(PortalHosts.NATIONAL_HOSTS);
            assertThat(defect.effect()).isNotBlank();
        }
    }
}
