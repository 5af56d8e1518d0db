package vn.vneidlink.portals.vneid;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PageCondition;

/**
 * The "Quét mã QR" tab of the VNeID login page: the QR code for the VNeID app ({@code #qr-code}, its payload in
 * {@code data-qr-payload}), then, polled by the page, the scan (waiting for the passcode in the app), and the way on
 * to the client once the citizen confirmed; or an error ({@code #qr-error}).
 */
public final class VneidQrPanel extends VneidPage {

    private static final By CODE = By.id("qr-code");
    private static final By STATUS = By.id("qr-status");
    private static final By ERROR = By.id("qr-error");

    public VneidQrPanel(Browser browser) {
        super(browser, "Đăng nhập VNeID bằng mã QR", shown(browser));
    }

    /** Whether the QR tab shows now (no waiting). */
    public static boolean isOnScreen(Browser browser) {
        return holdsNow(browser, onVneidShowing(browser, By.id("qr-panel")));
    }

    private static PageCondition shown(Browser browser) {
        return PageCondition.and(onVneidShowing(browser, CODE), PageCondition.attributeDiffers(CODE, "data-qr-payload", ""));
    }

    /** What the QR code carries: what the VNeID app reads when it scans it. */
    public String payload() {
        return visible(CODE, "mã QR").getAttribute("data-qr-payload");
    }

    /** Waits until the page shows that the app scanned the code (or an error, or the browser went on to the client). */
    public void waitUntilScanSeen(Duration timeout) {
        waitOnVneid(PageCondition.or(shows(STATUS), shows(ERROR), shows(SERVER_ERROR), leftVneid(browser)),
                "trang đăng nhập VNeID thấy ứng dụng đã quét mã QR", timeout);
    }

    /** Waits until the browser has gone on to the client after the confirmation in the app (or the page shows an error). */
    public void waitUntilLeft(Duration timeout) {
        waitOnVneid(PageCondition.or(leftVneid(browser), shows(ERROR), shows(SERVER_ERROR)),
                "trình duyệt rời trang đăng nhập VNeID sau khi công dân xác nhận trên ứng dụng", timeout);
    }

    /** What the page says about the scan; empty before the scan. */
    public String statusMessage() {
        return shownText(STATUS);
    }
}
