package vn.vneidlink.portals.vneid;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PageCondition;

/**
 * The "Request Rejected" page of the web-application firewall (F5) in front of the VNeID SSO, which has answered
 * automated browsers instead of the login page. Meeting it means "blocked by the firewall", not "portal broken":
 * every VNeID page object recognises it and fails at once with the support ID, never with a timeout.
 */
public final class VneidFirewall {

    private static final String TITLE = "Request Rejected";
    private static final String TEXT = "The requested URL was rejected";
    private static final Pattern SUPPORT_ID = Pattern.compile("support ID is:\\s*(\\d+)");
    /**
     * The firewall page's text, or null when the page is another ({@code arguments[0]}: the title): one look, through
     * WebDriver (which waits for a document still loading) or on the scenario's page session (which does not: the load
     * checks before it waited for what the page object needs).
     */
    private static final String TEXT_IF_SHOWN = "document.title === arguments[0] ? (document.body ? document.body.innerText : '') : null";

    private VneidFirewall() {}

    /** The support ID of the firewall's page when the browser shows it ("không rõ" if the page names none). */
    public static Optional<String> supportId(WebDriver driver) {
        try {
            return supportIdFrom(((JavascriptExecutor) driver).executeScript("return " + TEXT_IF_SHOWN + ";", TITLE));
        } catch (WebDriverException betweenDocuments) {
            return Optional.empty();
        }
    }

    /** What a run reports when the firewall rejects the browser at this host. */
    public static String blockedMessage(String host, String supportId) {
        return "SSO VNeID (" + host + ") bị tường lửa chặn: tường lửa ứng dụng web (F5) trả trang «Request Rejected» thay cho"
                + " trang đăng nhập, mã hỗ trợ (support ID) " + supportId + ". Đây không phải lỗi của cổng: tường lửa từ chối"
                + " trình duyệt tự động; báo mã hỗ trợ này cho đơn vị quản trị SSO VNeID hoặc chạy lại với hồ sơ trình duyệt khác.";
    }

    /** The support ID of the firewall's page when the browser shows it, over the page session where there is one. */
    static Optional<String> supportId(Browser browser) {
        if (!browser.hasPageSession()) {
            return supportId(browser.driver());
        }
        try {
            return supportIdFrom(browser.awaitInPage("arguments[arguments.length - 1](" + TEXT_IF_SHOWN + ");", TITLE));
        } catch (WebDriverException betweenDocuments) {
            return Optional.empty();
        }
    }

    /** The support ID in the firewall page's text (null: another page). */
    private static Optional<String> supportIdFrom(Object answer) {
        String text = answer == null ? "" : String.valueOf(answer);
        if (!text.contains(TEXT)) {
            return Optional.empty();
        }
        Matcher id = SUPPORT_ID.matcher(text);
        return Optional.of(id.find() ? id.group(1) : "không rõ");
    }

    /** Fails, with {@link #blockedMessage}, if the browser shows the firewall's page now. */
    public static void failIfShown(Browser browser) {
        Optional<String> id = supportId(browser);
        if (id.isPresent()) {
            throw new AssertionError(browser.redact(blockedMessage(browser.hosts().vneidSso(), id.get())));
        }
    }

    static PageCondition shown() {
        return PageCondition.titled(TITLE, TEXT);
    }
}
