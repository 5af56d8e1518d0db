package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The provincial platforms the suite knows ({@code environments/platforms.json}): data, checked when read. */
public final class PlatformProfiles {

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record FileContent(List<PlatformProfile> platforms) {}

    private final Path source;
    private final List<PlatformProfile> platforms;

    private PlatformProfiles(Path source, List<PlatformProfile> platforms) {
        this.source = source;
        this.platforms = List.copyOf(platforms);
    }

    /**
     * Reads and checks the profiles.
     *
     * @throws IllegalStateException naming the file, the platform and each missing or wrong field
     */
    public static PlatformProfiles load(Path file) {
        FileContent content = JsonFiles.read(file, FileContent.class, "Tệp hồ sơ nền tảng / platform profiles file");
        if (content.platforms() == null || content.platforms().isEmpty()) {
            throw new IllegalStateException("Tệp hồ sơ nền tảng không có nền tảng nào (\"platforms\") / lists no platform: "
                    + file.toAbsolutePath());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < content.platforms().size(); i++) {
            PlatformProfile p = content.platforms().get(i);
            String name = "nền tảng thứ " + (i + 1) + (p.id() == null ? "" : " «" + p.id() + "»");
            List<String> problems = p.problems();
            if (!problems.isEmpty()) {
                throw new IllegalStateException(file.toAbsolutePath() + ", " + name + " / platform " + (i + 1) + ": "
                        + String.join("; ", problems));
            }
            if (!ids.add(p.id())) {
                throw new IllegalStateException(file.toAbsolutePath() + ": nền tảng «" + p.id() + "» có hai lần / platform listed twice");
            }
        }
        return new PlatformProfiles(file, content.platforms());
    }

    public List<PlatformProfile> all() {
        return platforms;
    }

    public Optional<PlatformProfile> find(String id) {
        return platforms.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile of a platform id; a clear error listing the known ones otherwise. */
    public PlatformProfile byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Nền tảng «" + id + "» không có trong " + source
                + " / unknown platform. Có / known: " + ids()));
    }

    public String ids() {
        return platforms.stream().map(PlatformProfile::id).collect(Collectors.joining(", "));
    }
}
