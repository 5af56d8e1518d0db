package vn.vneidlink.target;

import java.util.Properties;
import org.opentest4j.TestAbortedException;
import vn.vneidlink.config.Redactor;
import vn.vneidlink.config.Settings;

/**
 * A JVM of its own for {@link OperatorTerminalTest}, started the way Failsafe starts the scenarios' JVM: standard
 * input and output are not a terminal. It asks the operator for an OTP through the suite's own code path
 * ({@link OperatorPhone}) and prints what it received, or why the scenario would be skipped.
 */
public final class OperatorAtTerminal {

    private OperatorAtTerminal() {}

    public static void main(String[] args) {
        System.out.println("CONSOLE " + (System.console() == null ? "none" : "present"));
        Properties properties = new Properties();
        properties.setProperty("vneidlink.operator", "true");
        properties.setProperty("vneidlink.operator.timeout.seconds", "20");
        OperatorPhone phone = new OperatorPhone(Settings.from(properties, java.util.Map.of()), new Redactor(true));
        try {
            System.out.println("RECEIVED " + phone.latestOtpSentTo("0901234567"));
        } catch (TestAbortedException notApplicable) {
            System.out.println("SKIPPED " + notApplicable.getMessage());
        }
    }
}
