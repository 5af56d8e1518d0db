package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The fake citizens of a data file such as {@code mocks/data/citizens.json}. */
public final class CitizenDirectory {

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record FileContent(List<Citizen> citizens) {}

    private final Path source;
    private final List<Citizen> citizens;

    private CitizenDirectory(Path source, List<Citizen> citizens) {
        this.source = source;
        this.citizens = List.copyOf(citizens);
    }

    public static CitizenDirectory load(Path file) {
        FileContent content = JsonFiles.read(file, FileContent.class, "Tệp dữ liệu công dân / citizen data file");
        if (content.citizens() == null || content.citizens().isEmpty()) {
            throw new IllegalStateException("Tệp dữ liệu công dân không có công dân nào / lists no citizen: " + file.toAbsolutePath());
        }
        return new CitizenDirectory(file, content.citizens());
    }

    public List<Citizen> all() {
        return citizens;
    }

    /** The citizen with this full name, as written in the scenarios (with diacritics). */
    public Citizen byName(String fullName) {
        return citizens.stream()
                .filter(c -> c.fullName().equals(fullName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có công dân \"" + fullName + "\" trong " + source
                        + ". Có: " + citizens.stream().map(Citizen::fullName).collect(Collectors.joining(", "))));
    }

    public Citizen byCccd(String cccd) {
        return citizens.stream()
                .filter(c -> c.cccd().equals(cccd))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không có công dân với số định danh " + cccd + " trong " + source));
    }
}
