package vn.vneidlink.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.Settings;
import vn.vneidlink.data.ProvincialSystem;
import vn.vneidlink.target.PortalTarget;

/**
 * The readiness checks of a portal list, bounded and parallel. First every certificate at once (a TLS connection each,
 * no browser; a host that does not resolve, refuses or stays silent is unreachable after at most twice the wait
 * timeout). Then, for the hosts that answered, the browser checks, {@code vneidlink.readiness.parallel} portals at a
 * time, each in a browser of its own (the scenario's, and extra ones closed at the end), each page bounded by the wait
 * timeout. Findings go to the scenario's {@link ReadinessFindings}, which is thread-safe.
 */
public final class ReadinessRun {

    /** Sockets are cheap: up to this many certificate checks at once. */
    private static final int CERTIFICATE_CHECKS_AT_ONCE = 64;

    private final PortalTarget target;
    private final Settings settings;
    private final Browser own;
    private final ReadinessFindings findings;

    public ReadinessRun(PortalTarget target, Settings settings, Browser own, ReadinessFindings findings) {
        this.target = target;
        this.settings = settings;
        this.own = own;
        this.findings = findings;
    }

    private ReadinessProbe probe(Browser browser) {
        return new ReadinessProbe(browser, target, findings, settings.readinessSlow());
    }

    /** The national portal, its SSO and the VNeID SSO, in the scenario's browser. */
    public void national() {
        probe(own).checkNationalPortals();
        findings.summarize();
    }

    /** Every system of the list; returns when all are done. */
    public void provinces(List<ProvincialSystem> systems) {
        List<ProvincialSystem> answered = certificates(systems);
        browse(answered);
        findings.summarize();
    }

    private List<ProvincialSystem> certificates(List<ProvincialSystem> systems) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(systems.size(), CERTIFICATE_CHECKS_AT_ONCE), daemon("readiness-tls"));
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (ProvincialSystem system : systems) {
                answers.add(pool.submit(() -> probe(own).checkCertificate(system)));
            }
            List<ProvincialSystem> answered = new ArrayList<>();
            for (int i = 0; i < systems.size(); i++) {
                if (get(answers.get(i))) {
                    answered.add(systems.get(i));
                }
            }
            return answered;
        } finally {
            pool.shutdownNow();
        }
    }

    private void browse(List<ProvincialSystem> systems) {
        if (systems.isEmpty()) {
            return;
        }
        int browsers = Math.min(settings.readinessParallel(), systems.size());
        BlockingQueue<Browser> idle = new ArrayBlockingQueue<>(browsers);
        List<Browser> extra = new ArrayList<>();
        idle.add(own);
        for (int i = 1; i < browsers; i++) {
            Browser browser = new Browser(settings, target);
            extra.add(browser);
            idle.add(browser);
        }
        ExecutorService pool = Executors.newFixedThreadPool(browsers, daemon("readiness-browser"));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ProvincialSystem system : systems) {
                done.add(pool.submit(() -> {
                    Browser browser = idle.take();
                    try {
                        probe(browser).checkProvincialSystem(system);
                    } finally {
                        idle.add(browser);
                    }
                    return null;
                }));
            }
            done.forEach(ReadinessRun::get);
        } finally {
            pool.shutdownNow();
            extra.forEach(Browser::dispose);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Kiểm tra sẵn sàng bị ngắt / readiness checks interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
