package vn.vneidlink.browser;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * The shared Chromiums of this JVM that no scenario holds: a scenario takes one started for the same target and
 * settings ({@link Chromium#key()}), or starts one, and gives it back when it ends. So a run of N threads starts about
 * N browsers instead of one per scenario. At most {@code idleLimit} wait here; any more are quit.
 */
final class ChromiumPool {

    private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

    private ChromiumPool() {}

    /** An idle Chromium with this key that still answers, else a new one from {@code start}. */
    static Chromium take(String key, Supplier<Chromium> start) {
        for (Chromium idle : List.copyOf(IDLE)) {
            if (idle.key().equals(key) && IDLE.remove(idle)) {
                if (idle.alive()) {
                    return idle;
                }
                idle.quit();
            }
        }
        return start.get();
    }

    /** Back to the pool, or quit if {@code idleLimit} are already waiting. */
    static void giveBack(Chromium chromium, int idleLimit) {
        if (IDLE.size() >= idleLimit) {
            chromium.quit();
            return;
        }
        IDLE.addFirst(chromium);
    }

    /** Quits every idle Chromium: at the end of a run. */
    static void closeIdle() {
        List<Chromium> all = new ArrayList<>();
        Chromium next;
        while ((next = IDLE.pollFirst()) != null) {
            all.add(next);
        }
        all.parallelStream().forEach(Chromium::quit);
    }
}
