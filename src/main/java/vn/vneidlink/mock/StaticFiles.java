package vn.vneidlink.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Static assets under {@code mocks/__files/static/} (any host), and the favicon. */
final class StaticFiles implements PortalHandler {

    private static final Set<String> ACTIONS = Set.of("static.file", "static.favicon");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "application/javascript; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final MockContext ctx;
    private final Path staticDir;

    StaticFiles(MockContext ctx) {
        this.ctx = ctx;
        this.staticDir = ctx.filesDir.resolve("static").toAbsolutePath().normalize();
    }

    @Override
    public String prefix() {
        return "static";
    }

    @Override
    public Set<String> actions() {
        return ACTIONS;
    }

    @Override
    public Reply handle(Exchange ex) {
        if (ex.action().equals("static.favicon")) {
            Path icon = staticDir.resolve("favicon.ico");
            return Files.isRegularFile(icon) ? file(icon) : Reply.bytes(204, null, new byte[0]);
        }
        Path file = ctx.filesDir.toAbsolutePath().normalize().resolve(ex.path().substring(1)).normalize();
        if (!file.startsWith(staticDir) || !Files.isRegularFile(file)) {
            ctx.state.unservedRequests.add(ex.describe() + " [no such file under " + staticDir + "]");
            return Reply.bytes(404, "text/plain; charset=utf-8", ("Not found: " + ex.path()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return file(file);
    }

    private Reply file(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        try {
            return Reply.bytes(200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file))
                    .header("Cache-Control", "no-cache");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read static file " + file, e);
        }
    }
}
