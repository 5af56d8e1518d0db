package vn.vneidlink.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.data.PlatformProfile;
import vn.vneidlink.data.PlatformProfiles;
import vn.vneidlink.data.ProvincialSystem;

/** Portal lists are read whole and refused early, with the line and the fix; the live list covers the 34 units. */
class PortalListTest {

    private static final PlatformProfiles PLATFORMS = PlatformProfiles.load(Path.of("environments", "platforms.json"));

    @TempDir
    Path dir;

    private List<ProvincialSystem> load(String... lines) throws Exception {
        Path file = dir.resolve("portals.csv");
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return PortalList.load(file, PLATFORMS);
    }

    @Test
    void theLiveListHoldsTheThirtyFourUnitsEachOnAKnownPlatform() {
        List<ProvincialSystem> live = PortalList.load(Path.of("environments", "live-portals.csv"), PLATFORMS);

        assertThat(live).hasSize(34);
        assertThat(live).extracting(ProvincialSystem::host).doesNotHaveDuplicates()
                .allSatisfy(host -> assertThat(host).matches("dichvucong\\.[a-z]+\\.gov\\.vn"));
        assertThat(live).extracting(ProvincialSystem::province).doesNotHaveDuplicates()
                .doesNotContain("Thừa Thiên Huế", "Quảng Bình", "Quảng Nam", "Kon Tum", "Bình Định", "Hà Giang");
        assertThat(live).filteredOn(s -> s.evidence().equals("yes")).extracting(ProvincialSystem::province)
                .containsExactlyInAnyOrder("Hồ Chí Minh", "Đà Nẵng", "Bắc Ninh", "Quảng Trị", "Thanh Hóa");
        assertThat(live).extracting(ProvincialSystem::platform).containsOnly("dvc-tinh", "cong-vi", "portaldvc", "liferay");
    }

    @Test
    void aRowReadsProvinceAddressPlatformAndEvidence() throws Exception {
        List<ProvincialSystem> systems = load("\uFEFFprovince,url,platform,confirmed", "# a comment",
                "Thanh Hóa,https://dichvucong.thanhhoa.gov.vn,portaldvc,host", "Quảng Trị, https://dichvucong.quangtri.gov.vn:8443 ,dvc-tinh");

        assertThat(systems).extracting(ProvincialSystem::province, ProvincialSystem::host, ProvincialSystem::platform,
                ProvincialSystem::evidence, ProvincialSystem::baseUrl).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Thanh Hóa", "dichvucong.thanhhoa.gov.vn", "portaldvc", "host",
                        "https://dichvucong.thanhhoa.gov.vn"),
                org.assertj.core.groups.Tuple.tuple("Quảng Trị", "dichvucong.quangtri.gov.vn", "dvc-tinh", "yes",
                        "https://dichvucong.quangtri.gov.vn:8443"));
    }

    @Test
    void aDuplicateProvinceOrAddressIsRefusedWithBothLines() {
        assertThatThrownBy(() -> load("province,url,platform", "Quảng Trị,https://dichvucong.quangtri.gov.vn,dvc-tinh",
                "Huế,https://dichvucong.hue.gov.vn,dvc-tinh", "Quảng Trị,https://dichvucong.quangtri2.gov.vn,dvc-tinh"))
                .hasMessageContaining("dòng / line 4").hasMessageContaining("tỉnh «Quảng Trị» đã có ở dòng 2");
        assertThatThrownBy(() -> load("Quảng Trị,https://dichvucong.quangtri.gov.vn,dvc-tinh",
                "Quảng Trị mới,https://DICHVUCONG.quangtri.gov.vn,dvc-tinh"))
                .hasMessageContaining("dòng / line 2").hasMessageContaining("đã có ở dòng 1");
    }

    @Test
    void eachBadRowSaysWhatIsWrongAndHowToFixIt() {
        assertThatThrownBy(() -> load("Quảng Trị,https://dichvucong.quangtri.gov.vn"))
                .hasMessageContaining("dòng / line 1").hasMessageContaining("province,url,platform,confirmed")
                .hasMessageContaining("dvc-tinh, cong-vi, portaldvc, liferay");
        assertThatThrownBy(() -> load("Quảng Trị,https://dichvucong.quang tri.gov.vn,dvc-tinh"))
                .hasMessageContaining("có dấu cách");
        assertThatThrownBy(() -> load("Quảng Trị,dichvucong.quangtri.gov.vn,dvc-tinh"))
                .hasMessageContaining("không phải địa chỉ http(s)");
        assertThatThrownBy(() -> load("Quảng Trị,https://dichvucong.quangtri.gov.vn,wordpress"))
                .hasMessageContaining("nền tảng «wordpress» không có").hasMessageContaining("environments/platforms.json");
        assertThatThrownBy(() -> load("Quảng Trị,https://dichvucong.quangtri.gov.vn,dvc-tinh,maybe"))
                .hasMessageContaining("«yes»").hasMessageContaining("«host»");
        assertThatThrownBy(() -> load("# only a comment")).hasMessageContaining("không có hệ thống nào");
    }

    @Test
    void aPlatformProfileWithAMissingOrWrongFieldIsRefusedByName() throws Exception {
        Path file = dir.resolve("platforms.json");
        Files.writeString(file, """
                {"platforms": [{"id": "moi", "description": "d", "evidence": "e", "homePath": "trang-chu", "loginLink": "a#x",
                  "loginLabels": ["Đăng nhập"], "loginHost": "api.example.vn", "userName": "a", "userMenu": "ul",
                  "dossiersLabels": [], "dossiersPath": "/h", "dossierTable": "table", "dossierCode": "td", "dossierEmpty": "p",
                  "logoutLabels": ["Đăng xuất"]}]}
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PlatformProfiles.load(file)).hasMessageContaining("nền tảng thứ 1 «moi»")
                .hasMessageContaining("homePath: một đường dẫn bắt đầu bằng «/»").hasMessageContaining("loginHost:")
                .hasMessageContaining("dossiersLabels:");
    }

    @Test
    void theLoginHostOfAPlatformIsWorkedOutFromTheSystemsHost() {
        PlatformProfile portaldvc = PLATFORMS.byId("portaldvc");
        assertThat(portaldvc.loginHostFor("dichvucong.thanhhoa.gov.vn")).isEqualTo("apidvc.thanhhoa.gov.vn");
        assertThat(PLATFORMS.byId("dvc-tinh").loginHostFor("dichvucong.quangtri.gov.vn")).isEqualTo("dichvucong.quangtri.gov.vn");
        assertThatThrownBy(() -> PLATFORMS.byId("joomla")).hasMessageContaining("dvc-tinh, cong-vi, portaldvc, liferay");
    }
}
