package vn.vneidlink.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A set of real (or staging) portals described by an environment file, such as
 * {@code environments/live.properties}: where each portal is, how the browser reaches it, which
 * certificates to trust, and the list of provincial systems. No credentials: those come from the
 * environment or a secrets file outside the repository.
 *
 * <pre>
 * description=...
 * national.url=https://dichvucong.gov.vn
 * national-sso.url=https://xacthuc.dichvucong.gov.vn
 * vneid-sso.url=https://sso.dancuquocgia.gov.vn
 * portals.file=environments/live-portals.csv        # province,url
 * browser.host-resolver-rules=                       # optional (e.g. a staging copy behind the real names)
 * browser.trusted-spki=                              # optional, Chromium's --ignore-certificate-errors-spki-list
 * tls.trust-store=                                   # optional PKCS12 for the certificate checks (default: the JDK's)
 * tls.trust-store-password=
 * tls.connect-to=                                    # optional host:port every TLS check connects to
 * </pre>
 */
public record Environment(
        String name,
        Path file,
        String description,
        URI nationalUrl,
        URI nationalSsoUrl,
        URI vneidSsoUrl,
        Path portalsFile,
        Optional<String> hostResolverRules,
        Optional<String> trustedSpki,
        Optional<Path> trustStore,
        String trustStorePassword,
        Optional<String> connectTo) {

    static final List<String> REQUIRED = List.of("national.url", "national-sso.url", "vneid-sso.url", "portals.file");

    /** Loads an environment file; relative paths inside it are relative to the file's folder. */
    public static Environment load(String name, Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp môi trường " + file.toAbsolutePath(), e);
        }
        for (String key : REQUIRED) {
            if (p.getProperty(key, "").isBlank()) {
                throw new IllegalStateException("Tệp môi trường " + file + " thiếu khóa «" + key + "». Cần có: "
                        + String.join(", ", REQUIRED) + " / Environment file lacks " + key);
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        return new Environment(
                name,
                file,
                p.getProperty("description", name).trim(),
                url(file, p, "national.url"),
                url(file, p, "national-sso.url"),
                url(file, p, "vneid-sso.url"),
                existing(file, folder.resolve(p.getProperty("portals.file").trim()), "portals.file"),
                optional(p, "browser.host-resolver-rules"),
                optional(p, "browser.trusted-spki"),
                optional(p, "tls.trust-store").map(s -> existing(file, folder.resolve(s), "tls.trust-store")),
                p.getProperty("tls.trust-store-password", ""),
                optional(p, "tls.connect-to"));
    }

    private static URI url(Path file, Properties p, String key) {
        String value = p.getProperty(key).trim();
        URI uri = URI.create(value);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalStateException("Tệp môi trường " + file + ": «" + key + "=" + value
                    + "» không phải một địa chỉ http(s) hợp lệ, ví dụ https://dichvucong.gov.vn");
        }
        return uri;
    }

    private static Path existing(Path file, Path path, String key) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Tệp môi trường " + file + ": «" + key + "» trỏ tới " + path + " nhưng tệp này không tồn tại");
        }
        return path;
    }

    private static Optional<String> optional(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::trim).filter(s -> !s.isEmpty());
    }
}
