package vn.vneidlink.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;
import vn.vneidlink.config.CredentialProperties;

/**
 * A test JVM handed a credential as a system property blanks its value as soon as a launcher session opens (the
 * listener is registered in META-INF/services, as Surefire and Failsafe find it): before any test set is reported
 * with the JVM's properties.
 */
class BlankCredentialPropertiesTest {

    private static final String KEY = "vneidlink.citizen.linked.vnconnect.password";

    @Test
    void theValueIsGoneOnceALauncherSessionOpensAndTheNameStays() {
        System.setProperty(KEY, "Mat-khau#That1");
        try {
            try (LauncherSession session = LauncherFactory.openSession()) {
                assertThat(System.getProperty(KEY)).isEqualTo(CredentialProperties.BLANKED);
            }
            assertThat(System.getProperties().toString()).doesNotContain("Mat-khau#That1");
        } finally {
            System.clearProperty(KEY);
        }
    }
}
