package vn.vneidlink.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vneidlink.config.Redactor;
import vn.vneidlink.portals.Expected;
import vn.vneidlink.portals.PageSnapshot;

/**
 * One page of the drift check: every locator and label its page object expects, as the page showed them (with the
 * closest candidates of a missing one), and its screenshot; or a page that could not be looked at, and why.
 *
 * @param name       the page, with its host and where it was reached from
 * @param url        its address (without the query: states and session keys are not for reports)
 * @param lines      one per locator or label, or one {@link DriftRow#PAGE} line
 * @param note       what the page object's load check said when it did not hold (the page was looked at anyway); empty if it held
 * @param screenshot the page as the browser showed it (JPEG), when screenshots are on
 */
public record DriftPage(String name, String url, List<Line> lines, String note, Optional<byte[]> screenshot) {

    /** A row, and for a missing element its closest candidates (best first) for the readable report. */
    public record Line(DriftRow row, List<PageSnapshot.Candidate> candidates) {}

    public DriftPage {
        lines = List.copyOf(lines);
    }

    /** A page whose host did not answer (no DNS name, refused, silent, network error): nothing on it was checked. */
    static DriftPage unreachable(String name, String url, String reason) {
        return whole(name, url, DriftRow.UNREACHABLE, reason);
    }

    /** A page the check could not get to: the element that leads there is missing, or it led elsewhere. */
    static DriftPage notReached(String name, String reason) {
        return whole(name, "", DriftRow.NOT_REACHED, reason);
    }

    private static DriftPage whole(String name, String url, String status, String reason) {
        return new DriftPage(name, url, List.of(new Line(new DriftRow(name, DriftRow.PAGE, url, status, "", reason), List.of())), "",
                Optional.empty());
    }

    /** What one snapshot showed; every text masked with the target's redactor (real portals). */
    static DriftPage seen(String name, String url, List<PageSnapshot.Seen> seen, String note, Optional<byte[]> screenshot, Redactor redactor) {
        List<Line> lines = new ArrayList<>();
        for (PageSnapshot.Seen s : seen) {
            Expected expected = s.expected();
            List<PageSnapshot.Candidate> candidates = s.candidates().stream()
                    .map(c -> new PageSnapshot.Candidate(redactor.mask(c.proposal()), redactor.mask(c.excerpt()), redactor.mask(c.why())))
                    .toList();
            String status;
            String candidate = "";
            String excerpt = redactor.mask(s.excerpt());
            if (!s.error().isEmpty()) {
                status = expected.required() ? DriftRow.MISSING : DriftRow.NOT_NEEDED;
                excerpt = "locator không chạy được trong trang / the page cannot run this locator: " + s.error();
            } else if (s.shown() == 0) {
                status = expected.required() ? DriftRow.MISSING : DriftRow.NOT_NEEDED;
                candidate = candidates.isEmpty() ? "" : candidates.get(0).proposal();
                excerpt = candidates.isEmpty() ? excerpt : candidates.get(0).excerpt();
                if (!expected.required()) {
                    excerpt = expected.optionalBecause().orElse("");
                }
            } else if (s.shown() > 1 && !expected.many()) {
                status = DriftRow.foundTimes(s.shown());
            } else {
                status = DriftRow.FOUND;
            }
            lines.add(new Line(new DriftRow(name, expected.describeName(), expected.describeLocator(), status, candidate, excerpt), candidates));
        }
        return new DriftPage(name, url, lines, redactor.mask(note), screenshot);
    }

    public List<DriftRow> rows() {
        return lines.stream().map(Line::row).toList();
    }
}
