package vn.vneidlink.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one place that reads the project's JSON data files and writes JSON answers (Jackson). */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {}

    /**
     * Reads a data file.
     *
     * @param what what the file holds, in the user's words (e.g. "Tệp dữ liệu công dân / citizen data file")
     * @throws IllegalStateException naming the file when it is missing or not valid JSON of that shape (with the line)
     */
    public static <T> T read(Path file, Class<T> type, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(what + " không tồn tại / not found: " + file.toAbsolutePath()
                    + " (chạy từ thư mục dự án hoặc đặt vneidlink.mocks.dir / run from the project folder or set vneidlink.mocks.dir)");
        }
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new IllegalStateException(what + " không đọc được / is not valid JSON: " + file.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A value as JSON text. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON serialisation failed: " + e.getMessage(), e);
        }
    }
}
