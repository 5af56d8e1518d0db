package vn.vneidlink.selftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files of a live target that a project test makes up: a portal list and an environment that names it. */
public final class TargetFiles {

    private TargetFiles() {}

    /**
     * Writes {@code portals.csv} (rows "province,url,platform,confirmed") and {@code name}.properties beside it, whose
     * hosts are {@code national}, {@code nationalSso} and {@code vneidSso}; the environment file's path.
     */
    public static Path environment(Path dir, String name, String description, String national, String nationalSso, String vneidSso,
            List<String> portalRows) throws IOException {
        List<String> lines = new ArrayList<>(List.of("province,url,platform,confirmed"));
        lines.addAll(portalRows);
        Path portals = dir.resolve(name + "-portals.csv");
        Files.write(portals, lines, StandardCharsets.UTF_8);
        Path environment = dir.resolve(name + ".properties");
        Files.writeString(environment, String.join("\n",
                "description=" + description,
                "national.url=" + national,
                "national-sso.url=" + nationalSso,
                "vneid-sso.url=" + vneidSso,
                "portals.file=" + portals.getFileName()), StandardCharsets.UTF_8);
        return environment;
    }
}
