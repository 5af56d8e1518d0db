package vn.vneidlink.mock;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.vneidlink.data.JsonFiles;

/**
 * One provincial administrative-procedure system of {@code mocks/data/portals.json}, as the mock portals need it
 * (the suite side reads the same file through {@code vn.vneidlink.data.ProvincialSystems}).
 *
 * @param id       short lower-case id, e.g. {@code quangtri}; names the session cookie ({@code QUANGTRI_SESSION})
 * @param province the province's name, e.g. {@code Quảng Trị}
 * @param host     e.g. {@code dichvucong.quangtri.gov.vn}
 * @param title    the system's title shown in its header
 * @param clientId its OAuth2 client: at the national SSO ({@code national-sso}) or at the VNeID SSO
 *                 ({@code vneid-direct})
 * @param login    how it is meant to sign in: {@code national-sso} (through xacthuc.dichvucong.gov.vn) or
 *                 {@code vneid-direct} (straight to sso.dancuquocgia.gov.vn with its own client); the callback is
 *                 the platform's ({@link ProvincialPlatform#callback})
 * @param platform the software it runs on ({@link ProvincialPlatform#id()}, e.g. {@code dvc-tinh}): its paths, its
 *                 markup, where its login runs
 * @param operator the operating agency shown in the footer
 * @param address  footer address (optional)
 * @param hotline  footer hotline (optional)
 * @param readinessDefect what the mock does wrong in readiness terms ({@link ReadinessDefect#id()}), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProvinceConfig(
        String id,
        String province,
        String host,
        String title,
        String clientId,
        String login,
        String platform,
        String operator,
        String address,
        String hotline,
        String readinessDefect) {

    /** Signs in through the national SSO with {@link #clientId()}. */
    public static final String LOGIN_NATIONAL_SSO = "national-sso";
    /** Signs in straight at the VNeID SSO with its own {@link #clientId()} there. */
    public static final String LOGIN_VNEID_DIRECT = "vneid-direct";

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

    /** The seeded readiness defect, if any. */
    public Optional<ReadinessDefect> defect() {
        return ReadinessDefect.fromId(readinessDefect);
    }

    public boolean hasDefect(ReadinessDefect defect) {
        return defect().filter(defect::equals).isPresent();
    }

    /** Signs in straight at the VNeID SSO. */
    public boolean vneidDirect() {
        return LOGIN_VNEID_DIRECT.equals(login);
    }

    /** The platform it runs on (checked by {@link #load}). */
    ProvincialPlatform platformKind() {
        return ProvincialPlatform.fromId(platform).orElseThrow(() -> new IllegalStateException(
                "platform \"" + platform + "\" is not supported (known: " + ProvincialPlatform.known() + ")"));
    }

    /** The API host in front of its logins ({@code apidvc.<id>.gov.vn}, platform {@code portaldvc}), if any. */
    Optional<String> apiHost() {
        return platformKind().apiHost(this);
    }

    /**
     * Whether its client is registered at the national SSO (with the platform's callback for that login): a system
     * of login {@code national-sso}, and every system whose API host serves both logins ({@code portaldvc}).
     */
    boolean clientAtNationalSso() {
        return !vneidDirect() || platformKind().hasApiHost();
    }

    /** Whether its client is registered at the VNeID SSO: login {@code vneid-direct}, or an API host serving both. */
    boolean clientAtVneidSso() {
        return vneidDirect() || platformKind().hasApiHost();
    }

    /** Every host it is served on: {@link #host()}, then its API host if it has one. */
    List<String> hosts() {
        return apiHost().map(api -> List.of(host, api)).orElseGet(() -> List.of(host));
    }

    /** "thành phố" for the six centrally-governed cities (title "… THÀNH PHỐ …"), "tỉnh" for the provinces. */
    String unitKind() {
        return title.contains(" THÀNH PHỐ ") ? "thành phố" : "tỉnh";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record FileContent(List<ProvinceConfig> provincialSystems) {}

    /** Reads and checks the list; every problem is reported with the file's path. */
    static List<ProvinceConfig> load(Path file) {
        FileContent content = JsonFiles.read(file, FileContent.class, "Provincial systems file (mocks/data/portals.json)");
        if (content.provincialSystems() == null || content.provincialSystems().isEmpty()) {
            throw new IllegalStateException("Provincial systems file lists no portals: " + file.toAbsolutePath());
        }
        Set<String> ids = new HashSet<>();
        Set<String> hosts = new HashSet<>(PortalHosts.NATIONAL_HOSTS);
        Set<String> clients = new HashSet<>(Set.of(NationalSsoMock.NATIONAL_CLIENT_ID, NationalSsoMock.VNEID_CLIENT_ID));
        for (ProvinceConfig p : content.provincialSystems()) {
            String where = " in " + file.toAbsolutePath() + " (entry " + p + ")";
            require(p.id() != null && ID.matcher(p.id()).matches(), "id must be lower-case letters/digits" + where);
            require(p.host() != null && HOST.matcher(p.host()).matches(), "host must be a lower-case host name" + where);
            require(notBlank(p.province()) && notBlank(p.title()) && notBlank(p.clientId()) && notBlank(p.operator()),
                    "province, title, clientId and operator are required" + where);
            require(LOGIN_NATIONAL_SSO.equals(p.login()) || LOGIN_VNEID_DIRECT.equals(p.login()),
                    "login \"" + p.login() + "\" is not supported (\"" + LOGIN_NATIONAL_SSO + "\" or \"" + LOGIN_VNEID_DIRECT
                    + "\")" + where);
            require(p.platform() != null, "platform is required (known: " + ProvincialPlatform.known() + ")" + where);
            require(ProvincialPlatform.fromId(p.platform()).isPresent(), "platform \"" + p.platform()
                    + "\" is not supported (known: " + ProvincialPlatform.known() + ")" + where);
            try {
                p.defect();
            } catch (IllegalArgumentException e) {
                require(false, e.getMessage() + where);
            }
            require(!(p.vneidDirect() && p.hasDefect(ReadinessDefect.NO_VNEID_OPTION)),
                    "readinessDefect no-vneid-option concerns the national SSO's login page; a vneid-direct system has none" + where);
            require(ids.add(p.id()), "duplicate id" + where);
            for (String host : p.hosts()) {
                require(hosts.add(host), "duplicate host " + host + " (or a national host)" + where);
            }
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
