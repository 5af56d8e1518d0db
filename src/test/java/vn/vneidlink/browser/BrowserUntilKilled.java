package vn.vneidlink.browser;

import java.io.IOException;
import vn.vneidlink.config.Settings;
import vn.vneidlink.target.PortalTarget;

/**
 * A JVM of its own for {@link ProfilesOnExitTest}: starts one Chromium as a scenario does, prints
 * its profile folder, then blocks on its standard input until it is killed.
 */
public final class BrowserUntilKilled {

    private BrowserUntilKilled() {}

    public static void main(String[] args) throws IOException {
        Settings settings = new Settings();
        Browser browser = new Browser(settings, new PortalTarget(settings));
        browser.driver().get("about:blank");
        System.out.println("PROFILE " + browser.profileFolder().orElseThrow());
        System.out.flush();
        // Blocks until the test kills this JVM (or closes the pipe); no scenario clean-up ever runs here.
        while (System.in.read() >= 0) {
            // keep waiting
        }
    }
}
