package vn.vneidlink.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The static assets under {@code mocks/__files/static/} (style sheet, images), served by WireMock itself from its
 * files folder on every host at {@code /static/<file>}, and {@code /favicon.ico} (204: the portals have none), so
 * that a browser run leaves no unmatched request. A missing asset stays unmatched and fails the scenario.
 */
final class StaticFiles {

    private final List<String> files;

    private StaticFiles(List<String> files) {
        this.files = files;
    }

    /** The files under {@code filesDir/static}, as paths relative to {@code filesDir} ({@code static/css/portal.css}). */
    static StaticFiles under(Path filesDir) {
        Path root = filesDir.resolve("static");
        if (!Files.isDirectory(root)) {
            return new StaticFiles(List.of());
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return new StaticFiles(walk.filter(Files::isRegularFile)
                    .map(f -> filesDir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the static files under " + root, e);
        }
    }

    /** One stub per file and host, answered from the file with its media type. */
    void registerOn(WireMockServer server, String host) {
        for (String file : files) {
            server.stubFor(get(urlPathEqualTo("/" + file)).withHost(equalTo(host)).withName(host + " GET /" + file)
                    .willReturn(aResponse().withStatus(200).withBodyFile(file)
                            .withHeader("Content-Type", mediaType(file))
                            .withHeader("Cache-Control", "no-cache")));
        }
        server.stubFor(get(urlPathEqualTo("/favicon.ico")).withHost(equalTo(host)).withName(host + " GET /favicon.ico")
                .willReturn(aResponse().withStatus(204)));
    }

    /** The JDK's guess from the file name (text types in UTF-8), {@code application/octet-stream} if it has none. */
    private static String mediaType(String file) {
        String type;
        try {
            type = Files.probeContentType(Path.of(file));
        } catch (IOException e) {
            type = null;
        }
        if (type == null) {
            return "application/octet-stream";
        }
        return type.startsWith("text/") || type.endsWith("+xml") ? type + "; charset=utf-8" : type;
    }
}
