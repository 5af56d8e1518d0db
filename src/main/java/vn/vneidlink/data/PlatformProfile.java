package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a provincial platform varies in, as data ({@code environments/platforms.json}): where its home page is, how its
 * "Đăng nhập" is found and where it points, how the signed-in person's menu is found, and the dossier list. The page
 * objects and the readiness checks read a provincial system through its platform's profile; adding a platform is a
 * profile, not Java.
 *
 * @param id             e.g. {@code dvc-tinh}; named by the {@code platform} column of a portal list
 * @param description    what the platform is, in a few words
 * @param evidence       the public evidence it is built on, or "chưa xác nhận" / unconfirmed
 * @param homePath       the path of the home page, e.g. {@code /vi/}
 * @param loginLink      CSS selector of the visitor's "Đăng nhập" link
 * @param loginLabels    its accepted wordings, whole text
 * @param loginHost      the host its href must point at: {@code {host}} (the system itself) or a pattern with
 *                       {@code {domain}} (the host without its leading {@code dichvucong.}), e.g. {@code apidvc.{domain}}
 * @param userName       CSS selector of the signed-in person's full name (opens the menu)
 * @param userMenu       CSS selector of the menu it opens
 * @param dossiersLabels the wordings of the menu entry of the citizen's dossiers ("Hồ sơ của tôi", "Dịch vụ công của tôi")
 * @param dossiersPath   the path of the dossier list
 * @param dossierTable   CSS selector of the dossier table
 * @param dossierCode    CSS selector of each dossier's code cell, inside the table
 * @param dossierEmpty   CSS selector of the "no dossier" message
 * @param logoutLabels   the wordings of the menu entry that logs out
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlatformProfile(String id, String description, String evidence, String homePath, String loginLink,
        List<String> loginLabels, String loginHost, String userName, String userMenu, List<String> dossiersLabels,
        String dossiersPath, String dossierTable, String dossierCode, String dossierEmpty, List<String> logoutLabels) {

    /** The host "Đăng nhập" must point at for a system on {@code host} (e.g. dichvucong.thanhhoa.gov.vn → apidvc.thanhhoa.gov.vn). */
    public String loginHostFor(String host) {
        String domain = host.startsWith("dichvucong.") ? host.substring("dichvucong.".length()) : host;
        return loginHost.replace("{host}", host).replace("{domain}", domain);
    }

    /** The first wording of the dossier menu entry: the page's name in messages. */
    public String dossiersLabel() {
        return dossiersLabels.get(0);
    }

    /** Every field a user must give, by name, with what is wrong; empty when the profile is complete. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        require(problems, "id", id != null && id.matches("[a-z0-9-]+"), "chữ thường, số, dấu gạch ngang / lower-case letters, digits, '-'");
        path(problems, "homePath", homePath);
        path(problems, "dossiersPath", dossiersPath);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("description", description);
        texts.put("evidence", evidence);
        texts.put("loginLink", loginLink);
        texts.put("userName", userName);
        texts.put("userMenu", userMenu);
        texts.put("dossierTable", dossierTable);
        texts.put("dossierCode", dossierCode);
        texts.put("dossierEmpty", dossierEmpty);
        texts.forEach((field, value) -> require(problems, field, value != null && !value.isBlank(), "bắt buộc / required"));
        require(problems, "loginHost", loginHost != null && loginHost.matches("([a-z0-9-]+\\.)*(\\{host\\}|\\{domain\\})"),
                "«{host}» hoặc một tên miền kết thúc bằng «{domain}», ví dụ «apidvc.{domain}» / '{host}' or e.g. 'apidvc.{domain}'");
        wordings(problems, "loginLabels", loginLabels);
        wordings(problems, "dossiersLabels", dossiersLabels);
        wordings(problems, "logoutLabels", logoutLabels);
        return problems;
    }

    private static void path(List<String> problems, String field, String value) {
        require(problems, field, value != null && value.startsWith("/") && !value.contains(" "),
                "một đường dẫn bắt đầu bằng «/» / a path starting with '/'");
    }

    private static void wordings(List<String> problems, String field, List<String> value) {
        require(problems, field, value != null && !value.isEmpty() && value.stream().noneMatch(s -> s == null || s.isBlank()),
                "ít nhất một cách gọi, không rỗng / at least one non-blank wording");
    }

    private static void require(List<String> problems, String field, boolean ok, String expected) {
        if (!ok) {
            problems.add(field + ": " + expected);
        }
    }
}
