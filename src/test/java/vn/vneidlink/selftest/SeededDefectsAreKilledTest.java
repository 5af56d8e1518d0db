package vn.vneidlink.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vneidlink.data.Era;
import vn.vneidlink.mock.PortalDefect;
import vn.vneidlink.selftest.DefectCatalogue.Entry;
import vn.vneidlink.selftest.ScenarioRun.Outcome;

/**
 * A test that cannot fail is a defect. This seeds each defect of the catalogue into the mock
 * portals, one at a time, and checks that the scenario meant to catch it fails at the expected
 * step with a message naming the symptom ("killed"), and that every catching scenario passes
 * against correct portals. It prints {@code killed N of N}.
 */
class SeededDefectsAreKilledTest {

    private static final String DEFECTS_PROPERTY = "vneidlink.mock.defects";
    private static final String ERA_PROPERTY = "vneidlink.mock.era";
    /**
     * {@code -Dvneidlink.selftest.defects=NAME1,NAME2}: only the catalogue entries of these defects (and, for the
     * scenarios against correct portals, only their scenarios), so that a developer proves one defect in a minute.
     * Empty or absent: the whole catalogue. An unknown name fails at once.
     */
    private static final String ONLY_PROPERTY = "vneidlink.selftest.defects";

    /** The catalogue entries this run covers ({@link #ONLY_PROPERTY}). */
    private static List<Entry> entries() {
        String only = System.getProperty(ONLY_PROPERTY, "").trim();
        if (only.isEmpty()) {
            return DefectCatalogue.ENTRIES;
        }
        Set<String> names = Set.of(only.split("\\s*,\\s*"));
        Set<String> known = DefectCatalogue.ENTRIES.stream().map(e -> e.defect().name()).collect(Collectors.toSet());
        assertThat(known).as("%s: tên lỗi không có trong DefectCatalogue", ONLY_PROPERTY).containsAll(names);
        return DefectCatalogue.ENTRIES.stream().filter(e -> names.contains(e.defect().name())).toList();
    }

    @Test
    void everyDefectHasOneCatalogueEntry() {
        assertThat(DefectCatalogue.ENTRIES).extracting(Entry::defect)
                .as("Mỗi lỗi cố ý của cổng giả lập phải có đúng một kịch bản bắt nó trong DefectCatalogue")
                .containsExactlyInAnyOrder(PortalDefect.values());
    }

    @Test
    void everyDefectIsInTheDocumentedTable() throws IOException {
        String table = Files.readString(Path.of("docs", "defects.md"), StandardCharsets.UTF_8);
        for (Entry entry : DefectCatalogue.ENTRIES) {
            assertThat(table).as("docs/defects.md phải có dòng cho %s", entry.defect())
                    .contains("`" + entry.defect().name() + "`")
                    .contains(entry.scenario());
        }
    }

    @Test
    void everyCatchingScenarioPassesAgainstCorrectPortals(@TempDir Path work) throws IOException {
        for (Era era : Era.values()) {
            Set<String> scenarios = entries().stream().filter(e -> e.era() == era).map(Entry::scenario).collect(Collectors.toSet());
            if (scenarios.isEmpty()) {
                continue;
            }
            String names = "^(" + scenarios.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")$";

            List<Outcome> finished = ScenarioRun.run(names, Map.of(ERA_PROPERTY, era.id()), List.of(),
                    Files.createDirectories(work.resolve(era.id()))).stream().filter(o -> o.kind().equals("SCENARIO")).toList();

            assertThat(finished).as("era %s", era.id()).extracting(Outcome::scenario).containsExactlyInAnyOrderElementsOf(scenarios);
            assertThat(finished).allSatisfy(o -> assertThat(o.status()).as("%s (era %s): %s", o.scenario(), era.id(), o.error())
                    .isEqualTo("PASSED"));
        }
    }

    @Test
    void everySeededDefectIsKilledAtItsStep(@TempDir Path work) throws IOException {
        List<String> report = new ArrayList<>();
        List<String> survivors = new ArrayList<>();
        List<Entry> entries = entries();
        for (Entry entry : entries) {
            Path run = Files.createDirectories(work.resolve(entry.defect().name()));
            Optional<String> survived = verdict(entry, ScenarioRun.run(ScenarioRun.exactly(entry.scenario()),
                    Map.of(DEFECTS_PROPERTY, entry.defect().name(), ERA_PROPERTY, entry.era().id()), List.of(), run));
            report.add(String.format("%-30s %-14s %s", entry.defect(), entry.era().id(),
                    survived.map(why -> "SỐNG SÓT: " + why).orElse("bị bắt ở «" + entry.step() + "»")));
            survived.ifPresent(why -> survivors.add(entry.defect() + ": " + why));
        }
        int killed = entries.size() - survivors.size();
        System.out.println(String.join(System.lineSeparator(), report));
        System.out.println("killed " + killed + " of " + entries.size());

        assertThat(survivors).as("Lỗi cố ý mà bộ kịch bản không bắt được (killed %d of %d)", killed, entries.size())
                .isEmpty();
    }

    /** Empty when the defect was killed as expected; otherwise why it was not. */
    private static Optional<String> verdict(Entry entry, List<Outcome> outcomes) {
        List<Outcome> scenarios = outcomes.stream().filter(o -> o.kind().equals("SCENARIO")).toList();
        if (scenarios.size() != 1 || !scenarios.get(0).scenario().equals(entry.scenario())) {
            return Optional.of("kịch bản «" + entry.scenario() + "» không chạy đúng một lần: " + scenarios);
        }
        if (!scenarios.get(0).failed()) {
            return Optional.of("kịch bản vẫn ĐẠT khi cổng có lỗi");
        }
        Optional<Outcome> firstFailed = outcomes.stream().filter(o -> o.kind().equals("STEP") && o.failed()).findFirst();
        if (firstFailed.isEmpty()) {
            return Optional.of("kịch bản thất bại ngoài các bước Gherkin: " + scenarios.get(0).error());
        }
        if (!firstFailed.get().step().equals(entry.step())) {
            return Optional.of("thất bại ở bước «" + firstFailed.get().step() + "» thay vì «" + entry.step() + "»: " + firstFailed.get().error());
        }
        if (!firstFailed.get().error().contains(entry.symptom())) {
            return Optional.of("thông báo lỗi không nêu «" + entry.symptom() + "»: " + firstFailed.get().error());
        }
        return Optional.empty();
    }
}
