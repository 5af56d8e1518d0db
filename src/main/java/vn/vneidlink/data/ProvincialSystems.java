package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Không tìm thấy danh sách cổng tỉnh: " + file.toAbsolutePath()
                    + " (portal list not found; run from the project folder or set vneidlink.mocks.dir)");
        }
        try {
            FileContent content = new ObjectMapper().readValue(file.toFile(), FileContent.class);
            if (content.provincialSystems() == null || content.provincialSystems().isEmpty()) {
                throw new IllegalStateException("Danh sách cổng tỉnh trống (\"provincialSystems\"): " + file.toAbsolutePath());
            }
            return new ProvincialSystems(file, content.provincialSystems());
        } catch (IOException e) {
            throw new UncheckedIOException("Danh sách cổng tỉnh không đọc được (invalid JSON?): " + file.toAbsolutePath(), e);
        }
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
