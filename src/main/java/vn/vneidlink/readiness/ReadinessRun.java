package vn.vneidlink.readiness;

import java.util.ArrayList;
import java.util.List;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.browser.ParallelBrowsers;
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
        List<Boolean> answered = ParallelBrowsers.atOnce(systems, CERTIFICATE_CHECKS_AT_ONCE, "readiness-tls",
                system -> probe(own).checkCertificate(system));
        List<ProvincialSystem> reachable = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            if (answered.get(i)) {
                reachable.add(systems.get(i));
            }
        }
        return reachable;
    }

    private void browse(List<ProvincialSystem> systems) {
        ParallelBrowsers.each(systems, settings.readinessParallel(), own, () -> new Browser(settings, target), (browser, system) -> {
            probe(browser).checkProvincialSystem(system);
            return null;
        });
    }
}
