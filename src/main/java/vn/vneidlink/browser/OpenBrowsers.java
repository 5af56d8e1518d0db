package vn.vneidlink.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browsers of this JVM that are still open and the profile folders not yet deleted, so that a run stopped with
 * Ctrl-C (SIGINT) or {@code kill} (SIGTERM) quits them and deletes their {@code vneidlink-chromium-*} profile folders
 * instead of leaving them in /tmp: the JVM then runs its shutdown hooks, but no scenario's clean-up.
 *
 * <p>JVM-wide, because a shutdown hook is JVM-wide.
 */
final class OpenBrowsers {

    /** How long the hook waits for the browsers to quit before it deletes what is left of their profiles. */
    private static final long QUIT_MILLIS = 10_000;

    private static final Set<Chromium> OPEN = ConcurrentHashMap.newKeySet();
    private static final Set<Path> PROFILES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OpenBrowsers::closeAll, "vneidlink-browsers-on-exit"));
    }

    private OpenBrowsers() {}

    static void profileMade(Path profile) {
        if (profile != null) {
            PROFILES.add(profile);
        }
    }

    static void profileDeleted(Path profile) {
        PROFILES.remove(profile);
    }

    static void opened(Chromium chromium) {
        OPEN.add(chromium);
    }

    static void closed(Chromium chromium) {
        OPEN.remove(chromium);
    }

    /** Quits every open browser, side by side and bounded, then deletes the profiles of any that did not quit in time. */
    private static void closeAll() {
        List<Thread> quitting = new ArrayList<>();
        for (Chromium chromium : List.copyOf(OPEN)) {
            Thread thread = new Thread(chromium::quit, "vneidlink-quit-browser");
            thread.setDaemon(true);
            thread.start();
            quitting.add(thread);
        }
        long deadline = System.currentTimeMillis() + QUIT_MILLIS;
        for (Thread thread : quitting) {
            try {
                thread.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List.copyOf(PROFILES).forEach(Chromium::delete);
    }
}
