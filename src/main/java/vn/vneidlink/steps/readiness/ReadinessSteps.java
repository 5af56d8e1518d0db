package vn.vneidlink.steps.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.vi.Khi;
import io.cucumber.java.vi.Thì;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.readiness.Check;
import vn.vneidlink.readiness.Finding;
import vn.vneidlink.readiness.ReadinessFindings;
import vn.vneidlink.readiness.ReadinessProbe;
import vn.vneidlink.readiness.ReadinessRun;
import vn.vneidlink.steps.PortalsInUse;

/** Readiness without any account: certificates, where each login leads, the VNeID option; the table of findings. */
public class ReadinessSteps {

    private final PortalsInUse portals;
    private final ReadinessFindings findings;
    private List<ProvincialSystem> provinces = List.of();

    public ReadinessSteps(PortalsInUse portals, ReadinessFindings findings) {
        this.portals = portals;
        this.findings = findings;
    }

    private ReadinessRun run() {
        return new ReadinessRun(portals.target(), portals.settings(), portals.browser(), findings);
    }

    @Khi("kiểm tra mức sẵn sàng của Cổng DVC quốc gia")
    public void checkNational() {
        run().national();
    }

    @Khi("kiểm tra mức sẵn sàng của từng hệ thống của tỉnh trong danh sách cổng")
    public void checkProvinces() {
        provinces = portals.target().readinessPortals();
        run().provinces(provinces);
    }

    @Thì("chứng chỉ HTTPS của Cổng DVC quốc gia, hệ thống xác thực và SSO VNeID hợp lệ")
    public void nationalCertificatesValid() {
        assertAllPass(Check.HTTPS, Set.of(ReadinessProbe.NATIONAL, ReadinessProbe.NATIONAL_SSO, ReadinessProbe.VNEID_SSO),
                "chứng chỉ HTTPS hợp lệ, còn hạn");
    }

    @Thì("đăng nhập trên Cổng DVC quốc gia dẫn tới hệ thống xác thực hoặc thẳng tới SSO VNeID")
    public void nationalLoginThroughSso() {
        assertAllPass(Check.LOGIN, Set.of(ReadinessProbe.NATIONAL), "«Đăng nhập» dẫn tới hệ thống xác thực hoặc thẳng tới SSO VNeID");
    }

    @Thì("đăng nhập bằng VNeID trên Cổng DVC quốc gia tới được trang đăng nhập của SSO VNeID")
    public void nationalVneidOption() {
        assertAllPass(Check.VNEID, Set.of(ReadinessProbe.NATIONAL), "tới được trang đăng nhập của SSO VNeID");
    }

    @Thì("Cổng DVC quốc gia không còn cho công dân đăng nhập bằng tài khoản VNconnect sau ngày chuyển đổi")
    public void nationalEra() {
        assertAllPass(Check.ERA, Set.of(ReadinessProbe.NATIONAL), "thời kỳ phù hợp với ngày chuyển đổi 01/07/2024");
    }

    @Thì("mọi hệ thống của tỉnh không còn cho công dân đăng nhập bằng tài khoản VNconnect sau ngày chuyển đổi")
    public void provincialEra() {
        assertAllPass(Check.ERA, provinceNames(), "thời kỳ phù hợp với ngày chuyển đổi 01/07/2024");
    }

    @Thì("mọi hệ thống của tỉnh có chứng chỉ HTTPS hợp lệ")
    public void provincialCertificatesValid() {
        assertAllPass(Check.HTTPS, provinceNames(), "chứng chỉ HTTPS hợp lệ, còn hạn");
    }

    @Thì("mọi hệ thống của tỉnh trả lời và đăng nhập qua hệ thống xác thực quốc gia hoặc thẳng qua SSO VNeID")
    public void provincialLoginThroughSso() {
        assertAllPass(Check.HOME, provinceNames(), "trang chủ trả lời");
        assertAllPass(Check.LOGIN, provinceNames(), "đăng nhập qua hệ thống xác thực quốc gia hoặc SSO VNeID");
    }

    @Thì("mọi hệ thống của tỉnh có lựa chọn đăng nhập bằng VNeID")
    public void provincialVneidOption() {
        assertAllPass(Check.VNEID, provinceNames(), "có lựa chọn đăng nhập bằng VNeID");
    }

    private Set<String> provinceNames() {
        assertThat(provinces).as("danh sách cổng của tỉnh (vneidlink.portals.list)").isNotEmpty();
        return provinces.stream().map(ProvincialSystem::province).collect(Collectors.toSet());
    }

    /** Every listed portal has a PASS for the check; a portal missing from the findings did not get that far. */
    private void assertAllPass(Check check, Set<String> portalNames, String expectation) {
        List<String> problems = portalNames.stream().sorted()
                .map(name -> findings.all().stream().filter(f -> f.portal().equals(name) && f.check() == check).findFirst()
                        .map(f -> !f.verdict().acceptable()
                                ? Optional.of(name + " (" + f.host() + "): " + f.verdict().label() + " — " + f.detail())
                                : Optional.<String>empty())
                        .orElseGet(() -> Optional.of(name + ": chưa kiểm tra được (" + earlierFailure(name) + ")")))
                .flatMap(Optional::stream)
                .toList();
        assertThat(problems).as(() -> String.format("Cổng không đạt «%s» [%s]", expectation, check.label())).isEmpty();
    }

    private String earlierFailure(String portal) {
        return findings.all().stream().filter(f -> f.portal().equals(portal) && f.check() != Check.SUMMARY && !f.verdict().acceptable())
                .map(f -> f.check().label() + ": " + f.detail()).findFirst().orElse("bước trước không tới được");
    }

    @After
    public void saveFindings(Scenario scenario) {
        if (!findings.all().isEmpty()) {
            scenario.attach(findings.all().stream().map(Finding::toRow).collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8),
                    "text/tab-separated-values", "Kết quả kiểm tra sẵn sàng");
            findings.save();
        }
    }
}
