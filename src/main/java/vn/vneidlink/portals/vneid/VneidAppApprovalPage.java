package vn.vneidlink.portals.vneid;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PortalPage;

/** VNeID: waiting for the citizen to approve the login in the VNeID phone app. */
public final class VneidAppApprovalPage extends PortalPage {

    private static final By WAITING = By.id("app-wait");
    private static final By ERROR = By.cssSelector(".alert-danger");

    public VneidAppApprovalPage(Browser browser) {
        super(browser, "Chờ xác nhận trên ứng dụng VNeID", atWith(browser.hosts().vneidSso(), VneidSso.APP_PATH, WAITING));
    }

    public String waitingMessage() {
        return textOf(WAITING, "lời nhắc mở ứng dụng VNeID");
    }

    /** Waits until the page, having seen the approval, has left the VNeID SSO for the portal. */
    public void waitUntilApprovalIsSeen(Duration timeout) {
        waitUntil(leftHost(browser.hosts().vneidSso()), "trình duyệt rời trang chờ xác nhận VNeID sau khi công dân đã xác nhận trên ứng dụng", timeout);
    }

    /** Waits until the page has reacted to the citizen's answer in the app: left the waiting page. */
    public void waitUntilAnswered(Duration timeout) {
        waitUntil(driver -> !at(browser.hosts().vneidSso(), VneidSso.APP_PATH).apply(driver) || !driver.findElements(ERROR).isEmpty(),
                "trang chờ xác nhận VNeID phản hồi câu trả lời của công dân trên ứng dụng", timeout);
    }

    private static ExpectedCondition<Boolean> leftHost(String host) {
        return driver -> !host.equals(URI.create(driver.getCurrentUrl()).getHost());
    }
}
