package vn.vneidlink.mock;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One provincial administrative-procedure system of {@code mocks/data/portals.json}, as the mock portals need it
 * (the suite side reads the same file through {@code vn.vneidlink.data.ProvincialSystems}).
 *
 * @param id       short lower-case id, e.g. {@code quangtri}; names the session cookie ({@code QUANGTRI_SESSION})
 * @param province the province's name, e.g. {@code Quảng Trị}
 * @param host     e.g. {@code dichvucong.quangtri.gov.vn}
 * @param title    the system's title shown in its header
 * @param clientId its OAuth2 client at the national SSO
 * @param login    how it signs in; only {@code national-sso} for now
 * @param operator the operating agency shown in the footer
 * @param address  footer address (optional)
 * @param hotline  footer hotline (optional)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProvinceConfig(
        String id,
        String province,
        String host,
        String title,
        String clientId,
        String login,
        String operator,
        String address,
        String hotline) {

    /** The only login kind implemented so far: through the national SSO. */
    public static final String LOGIN_NATIONAL_SSO = "national-sso";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+");
    private static final Pattern HOST = Pattern.compile("[a-z0-9.-]+");

    /** The session cookie of this system, e.g. {@code QUANGTRI_SESSION}. */
    public String sessionCookie() {
        return id.toUpperCase(Locale.ROOT) + "_SESSION";
    }

    /** The pre-session cookie holding the OAuth2 state of a login in progress, e.g. {@code QUANGTRI_OAUTH}. */
    public String oauthCookie() {
        return id.toUpperCase(Locale.ROOT) + "_OAUTH";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record FileContent(List<ProvinceConfig> provincialSystems) {}

    /** Reads and checks the list; every problem is reported with the file's path. */
    static List<ProvinceConfig> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Provincial systems file not found: " + file.toAbsolutePath()
                    + " (expected mocks/data/portals.json with {\"provincialSystems\": [...]}; check MockOptions.mocksDir)");
        }
        FileContent content;
        try {
            content = new ObjectMapper().readValue(file.toFile(), FileContent.class);
        } catch (IOException e) {
            throw new IllegalStateException("Provincial systems file is not valid JSON: " + file.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
        if (content.provincialSystems() == null || content.provincialSystems().isEmpty()) {
            throw new IllegalStateException("Provincial systems file lists no portals: " + file.toAbsolutePath());
        }
        Set<String> ids = new HashSet<>();
        Set<String> hosts = new HashSet<>(PortalHosts.NATIONAL_HOSTS);
        Set<String> clients = new HashSet<>(Set.of(NationalSso.NATIONAL_CLIENT_ID));
        for (ProvinceConfig p : content.provincialSystems()) {
            String where = " in " + file.toAbsolutePath() + " (entry " + p + ")";
            require(p.id() != null && ID.matcher(p.id()).matches(), "id must be lower-case letters/digits" + where);
            require(p.host() != null && HOST.matcher(p.host()).matches(), "host must be a lower-case host name" + where);
            require(notBlank(p.province()) && notBlank(p.title()) && notBlank(p.clientId()) && notBlank(p.operator()),
                    "province, title, clientId and operator are required" + where);
            require(LOGIN_NATIONAL_SSO.equals(p.login()),
                    "login \"" + p.login() + "\" is not supported yet (only \"" + LOGIN_NATIONAL_SSO + "\")" + where);
            require(ids.add(p.id()), "duplicate id" + where);
            require(hosts.add(p.host()), "duplicate host (or a national host)" + where);
            require(clients.add(p.clientId()), "duplicate clientId" + where);
        }
        return List.copyOf(content.provincialSystems());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("Invalid provincial system: " + message);
        }
    }
}
