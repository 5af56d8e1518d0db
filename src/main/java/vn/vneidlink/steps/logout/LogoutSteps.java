package vn.vneidlink.steps.logout;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.portals.DossierListPage;
import vn.vneidlink.portals.LoginPrompt;
import vn.vneidlink.portals.PortalPage;
import vn.vneidlink.portals.SiteHeader;
import vn.vneidlink.portals.vneid.VneidFirewall;
import vn.vneidlink.steps.Journey;
import vn.vneidlink.steps.PortalsInUse;

/**
 * Logout beyond the national portal: on the provincial system (its pages must ask for login again, not just hide the
 * name), across portals (logging out of one ends the SSO session, so the next "Đăng nhập" anywhere asks again), and at
 * a shared computer, where a second citizen signs in after the first logged out and must see himself only.
 */
public class LogoutSteps {

    private final Journey journey;
    private final PortalsInUse portals;
    /** The citizens who used this browser before the one at the keyboard now, oldest first. */
    private final List<Citizen> before = new ArrayList<>();

    public LogoutSteps(Journey journey, PortalsInUse portals) {
        this.journey = journey;
        this.portals = portals;
    }

    @Khi("công dân mở thẳng địa chỉ danh sách hồ sơ của hệ thống của tỉnh")
    public void openProvincialDossiersDirectly() {
        portals.province(province("mở thẳng địa chỉ danh sách hồ sơ")).openDossierListDirectly();
    }

    @Thì("hệ thống của tỉnh yêu cầu đăng nhập lại")
    public void provinceAsksToLoginAgain() {
        ProvincialSystem system = province("kiểm tra yêu cầu đăng nhập lại");
        LoginPrompt prompt = new LoginPrompt(portals.browser(), system.host());
        VneidFirewall.failIfShown(portals.browser());
        assertThat(prompt.asksForCredentials())
                .as(() -> String.format("Sau khi Đăng xuất, địa chỉ danh sách hồ sơ của %s phải dẫn tới trang đăng nhập (%s hoặc SSO VNeID %s);"
                        + " nhưng %s. %s", system.host(), portals.target().hosts().nationalSso(), portals.target().hosts().vneidSso(),
                        onPortal(system, prompt), PortalPage.describeScreen(portals.browser())))
                .isTrue();
    }

    @Khi("công dân {string} dùng tiếp trình duyệt đó")
    public void nextCitizenAtTheKeyboard(String fullName) {
        before.add(journey.citizen());
        journey.follow(portals.target().citizen(fullName));
    }

    @Thì("trang đăng nhập hỏi thông tin đăng nhập, không đăng nhập sẵn cho ai")
    public void loginAsksForCredentials() {
        String host = journey.province().map(ProvincialSystem::host).orElse(portals.target().hosts().national());
        LoginPrompt prompt = new LoginPrompt(portals.browser(), host);
        VneidFirewall.failIfShown(portals.browser());
        assertThat(prompt.asksForCredentials())
                .as(() -> String.format("Sau khi Đăng xuất, «Đăng nhập» trên %s phải hỏi thông tin đăng nhập (trang đăng nhập của %s hoặc SSO VNeID"
                        + " %s): phiên của hệ thống xác thực phải kết thúc cùng lần Đăng xuất; nhưng %s. %s", host,
                        portals.target().hosts().nationalSso(), portals.target().hosts().vneidSso(), signedInAs(prompt),
                        PortalPage.describeScreen(portals.browser())))
                .isTrue();
    }

    @Thì("góc trên bên phải hiện họ và tên của công dân đang dùng máy, không phải của công dân trước")
    public void headerNamesTheCitizenAtTheKeyboard() {
        SiteHeader header = portals.header();
        String expected = journey.citizen().fullName();
        String shown = header.displayedName();
        assertThat(shown)
                .as(() -> String.format("Họ và tên ở góc trên bên phải của %s: phải là «%s» (công dân đang dùng máy)%s", header.currentHost(),
                        expected, earlierCitizenNamed(shown).map(c -> ", nhưng là của công dân trước «" + c.fullName() + "»: phiên của người"
                                + " trước vẫn còn").orElse("")))
                .isEqualTo(expected);
    }

    @Thì("danh sách hồ sơ có đúng các hồ sơ của công dân đang dùng máy, không có hồ sơ nào của công dân trước")
    public void dossiersAreTheCitizenAtTheKeyboards() {
        DossierListPage page = portals.dossierList();
        List<String> shown = page.dossierCodes();
        List<String> own = codes(journey.citizen());
        Set<String> earlier = before.stream().flatMap(c -> codes(c).stream()).collect(Collectors.toCollection(LinkedHashSet::new));
        earlier.removeAll(own);
        List<String> leaked = shown.stream().filter(earlier::contains).distinct().toList();
        assertThat(leaked)
                .as(() -> String.format("«%s» (%s) của %s hiện hồ sơ của công dân trước (%s) trên cùng trình duyệt: %s; trang hiện %s",
                        page.pageName(), page.currentHost(), journey.citizen().fullName(),
                        before.stream().map(Citizen::fullName).collect(Collectors.joining(", ")), leaked, shown))
                .isEmpty();
        List<String> missing = own.stream().filter(code -> !shown.contains(code)).toList();
        List<String> extra = shown.stream().filter(code -> !own.contains(code)).distinct().toList();
        List<String> duplicated = shown.stream().filter(code -> shown.indexOf(code) != shown.lastIndexOf(code)).distinct().toList();
        assertThat(missing.isEmpty() && extra.isEmpty() && duplicated.isEmpty())
                .as(() -> String.format("«%s» (%s) phải hiện đúng các hồ sơ của %s %s; thiếu %s, thừa %s, lặp %s (trang hiện %s)",
                        page.pageName(), page.currentHost(), journey.citizen().fullName(), own, missing, extra, duplicated,
                        shown.isEmpty() ? "«" + page.emptyMessage() + "»" : shown))
                .isTrue();
    }

    private ProvincialSystem province(String step) {
        return journey.province().orElseThrow(() -> new IllegalStateException(
                "Kịch bản phải truy cập hệ thống của tỉnh trước bước «" + step + "»"));
    }

    /** What the provincial system showed instead of asking for login: its dossier list, under whose name. */
    private String onPortal(ProvincialSystem system, LoginPrompt prompt) {
        if (!prompt.backOnPortal()) {
            return "trình duyệt không ở trang đăng nhập nào";
        }
        String name = portals.province(system).header().displayedName();
        boolean onDossierList = java.net.URI.create(portals.browser().driver().getCurrentUrl()).getPath()
                .equals(portals.target().platform(system).dossiersPath());
        if (name.isEmpty()) {
            return "trang của hệ thống vẫn mở mà không hỏi đăng nhập";
        }
        return onDossierList
                ? "danh sách hồ sơ vẫn mở dưới tên «" + name + "»: Đăng xuất mới chỉ ẩn tên, phiên của hệ thống vẫn còn"
                : "hệ thống đã đăng nhập lại cho «" + name + "» mà không hỏi gì: phiên của hệ thống xác thực vẫn còn sau khi Đăng xuất";
    }

    /** Who the portal signed in without asking, for the failure message. */
    private String signedInAs(LoginPrompt prompt) {
        if (!prompt.backOnPortal()) {
            return "trình duyệt không ở trang đăng nhập nào";
        }
        String name = portals.header().displayedName();
        return name.isEmpty() ? "trình duyệt quay lại cổng mà không hỏi gì"
                : "cổng đã đăng nhập sẵn, không hỏi gì, cho «" + name + "»" + earlierCitizenNamed(name).map(c -> " (công dân trước)").orElse("")
                        + ": phiên của hệ thống xác thực vẫn còn sau khi Đăng xuất";
    }

    private java.util.Optional<Citizen> earlierCitizenNamed(String name) {
        return before.stream().filter(c -> c.fullName().equals(name)).findFirst();
    }

    private static List<String> codes(Citizen citizen) {
        return citizen.dossiers().stream().map(Citizen.Dossier::code).toList();
    }
}
