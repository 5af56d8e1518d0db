package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The provincial systems of a portal list such as {@code mocks/data/portals.json}: data, not code. */
public final class ProvincialSystems {

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record FileContent(List<ProvincialSystem> provincialSystems) {}

    private final Path source;
    private final List<ProvincialSystem> systems;

    private ProvincialSystems(Path source, List<ProvincialSystem> systems) {
        this.source = source;
        this.systems = List.copyOf(systems);
    }

    public static ProvincialSystems load(Path file) {
        FileContent content = JsonFiles.read(file, FileContent.class, "Danh sách cổng tỉnh / portal list");
        if (content.provincialSystems() == null || content.provincialSystems().isEmpty()) {
            throw new IllegalStateException("Danh sách cổng tỉnh trống (\"provincialSystems\") / lists no portal: " + file.toAbsolutePath());
        }
        return new ProvincialSystems(file, content.provincialSystems());
    }

    public List<ProvincialSystem> all() {
        return systems;
    }

    /** The system of a province, by its name as written in the scenarios ("Quảng Trị"). */
    public ProvincialSystem byProvince(String province) {
        return systems.stream()
                .filter(s -> s.province().equals(province))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có hệ thống của tỉnh \"" + province + "\" trong " + source
                        + ". Có: " + systems.stream().map(ProvincialSystem::province).collect(Collectors.joining(", "))));
    }
}
