package vn.vneidlink.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.vneidlink.config.Settings;

class PortalTargetTest {

    private static PortalTarget target(Map<String, String> properties) {
        Properties p = new Properties();
        p.putAll(properties);
        return new PortalTarget(Settings.from(p, Map.of()));
    }

    @Test
    void aWrongMockSettingFailsWhenTheScenarioStartsNotWhenTheMockIsFirstUsed() {
        assertThatThrownBy(() -> target(Map.of("vneidlink.mock.defects", "no-such-defect")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vneidlink.mock.defects")
                .hasMessageContaining("vneid-login-does-not-link");
        assertThatThrownBy(() -> target(Map.of("vneidlink.mock.date", "mai")))
                .hasMessageContaining("vneidlink.mock.date");
    }

    @Test
    void theMockSettingsAreNotReadAgainstAnEnvironment() {
        PortalTarget target = target(Map.of("vneidlink.target", "live", "vneidlink.mock.defects", "no-such-defect"));

        assertThat(target.isMock()).isFalse();
        assertThat(target.name()).isEqualTo("live");
    }
}
