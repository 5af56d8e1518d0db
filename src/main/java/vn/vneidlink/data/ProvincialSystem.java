package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;

/**
 * One provincial administrative-procedure system: from {@code mocks/data/portals.json} (the mock
 * portals' own, with their client id and login shape) or from a portal list of province, URL and platform.
 *
 * @param login           for the mock's systems only: {@code national-sso} or {@code vneid-direct}; null in a portal list
 * @param url             scheme and authority of a listed system (null for the mock's own list)
 * @param readinessDefect for the mock's systems only: how the system is broken in readiness terms, or null
 * @param platform        the id of its platform profile ({@code environments/platforms.json}), e.g. {@code dvc-tinh}
 * @param evidence        what public evidence confirms: {@code yes} (host and platform), {@code host} (the host only: the
 *                        platform is a best guess), {@code no} (neither); null for the mock's systems
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvincialSystem(String id, String province, String host, String title, String clientId, String login,
        String url, String readinessDefect, String platform, String evidence) {

    /** A system known only by its province, address and platform, as in a portal list. */
    public static ProvincialSystem fromUrl(String province, URI url, String platform, String evidence) {
        String host = url.getHost().toLowerCase(java.util.Locale.ROOT);
        String id = host.startsWith("dichvucong.") ? host.substring("dichvucong.".length()).replaceFirst("\\.gov\\.vn$", "") : host;
        return new ProvincialSystem(id, province, host, "Hệ thống thông tin giải quyết TTHC tỉnh " + province, null, null,
                url.getScheme() + "://" + url.getAuthority(), null, platform, evidence);
    }

    /** Scheme and authority: the listed URL, or https with the host. */
    public String baseUrl() {
        return url != null ? url : "https://" + host;
    }
}
