package vn.vneidlink.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Credentials of the test accounts used against real portals. They come from environment
 * variables ({@code VNEIDLINK_CITIZEN_<PROFILE>_<FIELD>}) or from a secrets file <b>outside</b> the
 * repository ({@code vneidlink.secrets.file}, keys {@code citizen.<profile>.<field>}); never from
 * the repository, and never from system properties, which the test reports copy
 * ({@link CredentialProperties}). Values are never printed.
 */
public final class Secrets {

    private final Function<String, Optional<String>> settings;
    private final Properties file;
    private final Optional<Path> source;

    private Secrets(Function<String, Optional<String>> settings, Properties file, Optional<Path> source) {
        this.settings = settings;
        this.file = file;
        this.source = source;
    }

    static Secrets from(Function<String, Optional<String>> settings, Optional<Path> secretsFile) {
        Properties file = new Properties();
        secretsFile.ifPresent(path -> load(path, file));
        return new Secrets(settings, file, secretsFile);
    }

    private static void load(Path path, Properties into) {
        Path absolute = path.toAbsolutePath().normalize();
        Path project = Path.of("").toAbsolutePath().normalize();
        if (absolute.startsWith(project)) {
            throw insideTheRepository(absolute, absolute);
        }
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalStateException("Không tìm thấy tệp bí mật " + absolute + " (vneidlink.secrets.file)");
        }
        // Where the file really is decides, not the name it is given: a link outside the repository that points
        // into it (or a folder of links) would otherwise pass, and the passwords would sit in a working copy.
        Path real = realPath(absolute);
        if (real.startsWith(realPath(project))) {
            throw insideTheRepository(absolute, real);
        }
        try (Reader reader = Files.newBufferedReader(absolute, StandardCharsets.UTF_8)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp bí mật " + absolute, e);
        }
    }

    private static IllegalStateException insideTheRepository(Path given, Path real) {
        return new IllegalStateException("Tệp bí mật " + given + (given.equals(real) ? "" : " (thật ra là / really " + real + ")")
                + " nằm trong thư mục dự án: mật khẩu thật không bao giờ được "
                + "nằm trong kho mã. Hãy chuyển nó ra ngoài, ví dụ ~/.config/vneid-link-verify/secrets.properties "
                + "/ The secrets file must live outside the repository.");
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được đường dẫn thật của " + path + " / cannot resolve " + path, e);
        }
    }

    /** A value by its key without prefix, e.g. {@code citizen.never-synced.vnconnect.password}. */
    public Optional<String> get(String key) {
        Optional<String> fromSettings = settings.apply("vneidlink." + key);
        if (fromSettings.isPresent()) {
            return fromSettings;
        }
        return Optional.ofNullable(file.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Where the file-based secrets came from, for messages (the path only, never a value). */
    public String describeSource() {
        return source.map(p -> "tệp " + p.toAbsolutePath()).orElse("biến môi trường VNEIDLINK_CITIZEN_*");
    }
}
