package vn.vneidlink.readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    public synchronized List<Finding> failures() {
        return findings.stream().filter(f -> f.verdict() == Finding.Verdict.FAIL).collect(Collectors.toList());
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
