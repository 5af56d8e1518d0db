package vn.vneidlink.suite;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.vneidlink.config.CredentialProperties;

/**
 * In a test JVM that was handed a credential as a system property anyway (Failsafe run by its goal
 * name, so that the pom's check did not run; an IDE), blanks its value as the launcher session
 * opens: before Surefire or Failsafe copies the JVM's properties into a report. The name stays,
 * and {@code Settings} refuses the run by it. Registered in {@code META-INF/services}.
 */
public final class BlankCredentialProperties implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        CredentialProperties.blank(System.getProperties());
    }
}
