package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Không tìm thấy tệp dữ liệu công dân: " + file.toAbsolutePath()
                    + " (Citizen data file not found; run from the project folder or set vneidlink.mocks.dir)");
        }
        try {
            FileContent content = new ObjectMapper().readValue(file.toFile(), FileContent.class);
            if (content.citizens() == null || content.citizens().isEmpty()) {
                throw new IllegalStateException("Tệp dữ liệu công dân không có công dân nào: " + file.toAbsolutePath());
            }
            return new CitizenDirectory(file, content.citizens());
        } catch (IOException e) {
            throw new UncheckedIOException("Tệp dữ liệu công dân không đọc được (invalid JSON?): " + file.toAbsolutePath(), e);
        }
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
