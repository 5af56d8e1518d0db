package vn.vneidlink.readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one readiness scenario found. Written, when the scenario ends, to a rows file under
 * {@code target/readiness/rows/}; {@link ReadinessTable} assembles every scenario's rows into the
 * table once the run is over (scenarios may run in parallel, each with its own findings).
 */
public final class ReadinessFindings {

    public static final Path ROWS = Path.of("target", "readiness", "rows");

    private final List<Finding> findings = new ArrayList<>();

    public synchronized void add(Finding finding) {
        findings.add(finding);
    }

    public synchronized List<Finding> all() {
        return List.copyOf(findings);
    }

    /**
     * Adds the headline ({@link Check#SUMMARY}) of every portal that has none yet, from its findings: unreachable, then
     * blocked by a firewall, then not ready (each failed check named), then slow; ready only when every check passed.
     * A host that never answered is never called ready, whatever else was recorded.
     */
    public synchronized void summarize() {
        Map<String, List<Finding>> byPortal = new LinkedHashMap<>();
        findings.forEach(f -> byPortal.computeIfAbsent(f.portal() + "\t" + f.host(), k -> new ArrayList<>()).add(f));
        byPortal.values().forEach(row -> {
            if (row.stream().anyMatch(f -> f.check() == Check.SUMMARY)) {
                return;
            }
            Finding first = row.get(0);
            Finding.Verdict verdict = Finding.Verdict.PASS;
            for (Finding.Verdict worst : List.of(Finding.Verdict.UNREACHABLE, Finding.Verdict.BLOCKED, Finding.Verdict.FAIL, Finding.Verdict.SLOW)) {
                if (row.stream().anyMatch(f -> f.verdict() == worst)) {
                    verdict = worst;
                    break;
                }
            }
            Finding.Verdict of = verdict;
            String detail = verdict == Finding.Verdict.PASS ? "sẵn sàng cho đăng nhập bằng VNeID"
                    : verdict.label() + ": " + row.stream().filter(f -> f.verdict() == of)
                            .map(f -> f.check().label() + " — " + f.detail()).collect(Collectors.joining("; "));
            findings.add(new Finding(first.portal(), first.host(), Check.SUMMARY, verdict, detail, -1));
        });
    }

    /** Writes this scenario's rows (nothing when it found nothing). */
    public synchronized void save() {
        if (findings.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(ROWS);
            Files.write(ROWS.resolve(UUID.randomUUID() + ".tsv"),
                    findings.stream().map(Finding::toRow).collect(Collectors.toList()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được kết quả kiểm tra sẵn sàng vào " + ROWS, e);
        }
    }
}
