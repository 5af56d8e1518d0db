package vn.vneidlink.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vneidlink.data.PlatformProfiles;
import vn.vneidlink.data.ProvincialSystem;

/**
 * A portal list: a CSV file of {@code province,url,platform[,confirmed]}, one provincial system a line ({@code #}
 * comments and a header line allowed). Read whole and checked before any browser starts: every problem names the file
 * and the line, and says how to fix it.
 */
final class PortalList {

    static final String HEADER = "province,url,platform,confirmed";
    private static final List<String> EVIDENCE = List.of("yes", "host", "no");

    private PortalList() {}

    static List<ProvincialSystem> load(Path file, PlatformProfiles platforms) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được danh sách cổng / cannot read the portal list " + file.toAbsolutePath(), e);
        }
        List<ProvincialSystem> systems = new ArrayList<>();
        Map<String, Integer> provinces = new HashMap<>();
        Map<String, Integer> hosts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = file + " dòng / line " + (i + 1) + ": ";
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // a BOM, as spreadsheet programs write UTF-8 CSV
            }
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(Locale.ROOT).startsWith("province,")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length < 3 || fields.length > 4) {
                throw new IllegalStateException(where + "cần «tỉnh,địa chỉ,nền tảng[,xác nhận]» (" + HEADER + "), không phải «" + line
                        + "». Nền tảng là một trong / platform is one of: " + platforms.ids());
            }
            String province = fields[0].trim();
            if (province.isEmpty()) {
                throw new IllegalStateException(where + "thiếu tên tỉnh / the province is empty");
            }
            URI url = url(where, fields[1].trim());
            String platform = fields[2].trim();
            if (platforms.find(platform).isEmpty()) {
                throw new IllegalStateException(where + "nền tảng «" + platform + "» không có trong hồ sơ nền tảng; có / known: "
                        + platforms.ids() + " (thêm một hồ sơ vào environments/platforms.json để thêm nền tảng)");
            }
            String evidence = fields.length < 4 || fields[3].isBlank() ? "yes" : fields[3].trim().toLowerCase(Locale.ROOT);
            if (!EVIDENCE.contains(evidence)) {
                throw new IllegalStateException(where + "cột confirmed là «yes» (địa chỉ và nền tảng đã xác nhận), «host» (chỉ địa chỉ)"
                        + " hoặc «no», không phải «" + fields[3].trim() + "» / confirmed is yes, host or no");
            }
            refuseDuplicate(where, provinces, province, i + 1, "tỉnh «" + province + "»");
            refuseDuplicate(where, hosts, url.getAuthority(), i + 1, "địa chỉ " + url.getAuthority());
            systems.add(ProvincialSystem.fromUrl(province, url, platform, evidence));
        }
        if (systems.isEmpty()) {
            throw new IllegalStateException("Danh sách cổng " + file.toAbsolutePath() + " không có hệ thống nào / lists no system ("
                    + HEADER + ")");
        }
        return List.copyOf(systems);
    }

    private static URI url(String where, String text) {
        if (text.contains(" ")) {
            throw new IllegalStateException(where + "địa chỉ «" + text + "» có dấu cách; bỏ dấu cách / the URL contains a space");
        }
        try {
            URI url = new URI(text);
            if (url.getHost() == null || !List.of("http", "https").contains(url.getScheme())) {
                throw new URISyntaxException(text, "not an http(s) URL with a host");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(where + "«" + text + "» không phải địa chỉ http(s), ví dụ https://dichvucong.quangtri.gov.vn"
                    + " / not an http(s) URL");
        }
    }

    private static void refuseDuplicate(String where, Map<String, Integer> seen, String key, int line, String what) {
        Integer first = seen.putIfAbsent(key.toLowerCase(Locale.ROOT), line);
        if (first != null) {
            throw new IllegalStateException(where + what + " đã có ở dòng " + first + ": mỗi hệ thống một dòng, bỏ dòng trùng"
                    + " / listed twice (first at line " + first + ")");
        }
    }
}
