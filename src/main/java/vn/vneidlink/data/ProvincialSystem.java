package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;

/**
 * One provincial administrative-procedure system: from {@code mocks/data/portals.json} (the mock
 * portals' own, with their client id and login shape) or from a portal list of province and URL.
 *
 * @param url             scheme and authority of a listed system (null for the mock's own list)
 * @param readinessDefect for the mock's systems only: how the system is broken in readiness terms, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvincialSystem(String id, String province, String host, String title, String clientId, String login,
        String url, String readinessDefect) {

    /** A system known only by its province and address, as in a portal list. */
    public static ProvincialSystem fromUrl(String province, URI url) {
        String host = url.getHost();
        String id = host.startsWith("dichvucong.") ? host.substring("dichvucong.".length()).replaceFirst("\\.gov\\.vn$", "") : host;
        return new ProvincialSystem(id, province, host, "Hệ thống thông tin giải quyết TTHC tỉnh " + province, null, null,
                url.getScheme() + "://" + url.getAuthority(), null);
    }

    /** Scheme and authority: the listed URL, or https with the host. */
    public String baseUrl() {
        return url != null ? url : "https://" + host;
    }
}
