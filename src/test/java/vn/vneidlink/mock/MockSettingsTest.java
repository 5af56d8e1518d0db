package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.vneidlink.config.Settings;
import vn.vneidlink.data.Era;

class MockSettingsTest {

    private static Settings settings(Map<String, String> properties, Map<String, String> environment) {
        Properties p = new Properties();
        p.putAll(properties);
        return Settings.from(p, environment);
    }

    private static MockSettings with(Map<String, String> properties, Map<String, String> environment) {
        return new MockSettings(settings(properties, environment));
    }

    @Test
    void defaultsAreTheMocksOwn() {
        MockSettings mock = with(Map.of(), Map.of());

        assertThat(mock.defects()).isEmpty();
        assertThat(mock.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(mock.portalDate()).isEmpty();
        assertThat(mock.era()).isEqualTo(Era.GUIDE);
        assertThat(mock.options().era()).isEqualTo(Era.GUIDE);
        assertThat(mock.options().portalDate()).isEqualTo(LocalDate.of(2024, 6, 15));
    }

    @Test
    void defectsAreReadByNameAndUnknownOnesListTheKnownOnes() {
        assertThat(with(Map.of("vneidlink.mock.defects", "sync-button-noop, LOGOUT_KEEPS_SESSION"), Map.of()).defects())
                .containsExactlyInAnyOrder(PortalDefect.SYNC_BUTTON_NOOP, PortalDefect.LOGOUT_KEEPS_SESSION);
        assertThatThrownBy(() -> with(Map.of("vneidlink.mock.defects", "no-such-defect"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vneidlink.mock.defects")
                .hasMessageContaining("\"no-such-defect\"")
                .hasMessageContaining("vneid-login-does-not-link");
    }

    @Test
    void theMockSettingsAreTheMocksToCheck() {
        Settings settings = settings(Map.of("vneidlink.mock.era", "2023"), Map.of());

        assertThat(settings.mockTarget()).as("Settings không biết cài đặt của cổng giả lập").isTrue();
        assertThatThrownBy(() -> new MockSettings(settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vneidlink.mock.era")
                .hasMessageContaining("guide, after-cutover, today");
    }

    @Test
    void theDateAndTheEraAreReadFromPropertiesOrTheEnvironment() {
        MockSettings mock = with(Map.of("vneidlink.mock.date", "02/07/2024"),
                Map.of("VNEIDLINK_MOCK_ERA", "after-cutover", "VNEIDLINK_MOCK_BIND", "0.0.0.0"));

        assertThat(mock.portalDate()).contains(LocalDate.of(2024, 7, 2));
        assertThat(mock.era()).isEqualTo(Era.AFTER_CUTOVER);
        assertThat(mock.options().portalDate()).as("the date set wins over the era's").isEqualTo(LocalDate.of(2024, 7, 2));
        assertThat(with(Map.of("vneidlink.mock.era", "today"), Map.of()).options().portalDate()).isEqualTo(Era.TODAY.defaultPortalDate());
        assertThat(mock.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(with(Map.of("vneidlink.mock.date", "2024-07-02"), Map.of()).portalDate()).contains(LocalDate.of(2024, 7, 2));
        assertThatThrownBy(() -> with(Map.of("vneidlink.mock.date", "July 2nd"), Map.of()))
                .hasMessageContaining("vneidlink.mock.date").hasMessageContaining("2024-07-02");
    }
}
