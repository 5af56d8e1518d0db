package vn.vneidlink.portals.vneid;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.portals.PageCondition;

/**
 * The modal of the VNeID login page that asks for the one-time code: where it went (the VNeID app by default, or SMS
 * after "Nhận mã qua SMS") and the masked phone number, six boxes under {@code #otp-input} (one digit each),
 * "Xác nhận" ({@code .ant-modal-body button.custom-btn-resolve}), and the error of a refused code or of a login
 * declined in the app. The page's script answers every action by XHR; the modal counts the answers
 * ({@code data-replies}), so that a wait ends when the answer came, not after a guess.
 */
public final class VneidCodeModal extends VneidPage {

    public static final String CONFIRM_LABEL = "Xác nhận";
    public static final String SMS_LABEL = "Nhận mã qua SMS";

    private static final By MODAL = By.id("otp-modal");
    /** The boxes: the inputs of the code field in the modal's body (one source for the CSS and the XPath of a box). */
    private static final String BODY_CLASS = "ant-modal-body";
    private static final String CODE_FIELD_ID = "otp-input";
    private static final String BOXES_CSS = "." + BODY_CLASS + " #" + CODE_FIELD_ID + " input";
    private static final By BOXES = By.cssSelector(BOXES_CSS);
    private static final By CONFIRM = By.cssSelector("." + BODY_CLASS + " button.custom-btn-resolve");
    private static final By SMS = By.id("btn-change-mode-sms");
    private static final By MESSAGE = By.id("otp-message");
    private static final By PHONE = By.id("otp-phone");
    private static final By ERROR = By.id("otp-error");
    private static final By SHOWN = By.cssSelector("." + BODY_CLASS + " #" + CODE_FIELD_ID);

    public VneidCodeModal(Browser browser) {
        super(browser, "Hộp nhập mã xác nhận đăng nhập VNeID", onVneidShowing(browser, SHOWN));
    }

    /** Whether the modal shows now (no waiting: for a page that has just answered). */
    public static boolean isOnScreen(Browser browser) {
        return holdsNow(browser, onVneidShowing(browser, SHOWN));
    }

    /** Where the code went, as the modal says it. */
    public String sentMessage() {
        return textOf(MESSAGE, "lời báo mã xác nhận đã gửi");
    }

    /** The phone number the modal shows. */
    public String phoneShown() {
        return textOf(PHONE, "số điện thoại");
    }

    /** Types the code, one digit per box, presses "Xác nhận", and waits for the answer (an error here, or the way on). */
    public void enterCode(String code) {
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("Mã xác nhận phải gồm 6 chữ số (nhận được " + code.length() + " ký tự)");
        }
        waitUntil(PageCondition.count(BOXES, 6), "sáu ô nhập mã xác nhận");
        for (int i = 0; i < code.length(); i++) {
            // each box as any field: what was in it cleared, the digit typed as a key
            type(box(i), "số thứ " + (i + 1) + " của mã xác nhận", String.valueOf(code.charAt(i)));
        }
        answer(CONFIRM, CONFIRM_LABEL);
    }

    /** The box of the code's {@code index}th digit (from 0), in the order of the document. */
    private static By box(int index) {
        return By.xpath("(//*[contains(concat(' ', normalize-space(@class), ' '), ' " + BODY_CLASS + " ')]//*[@id='" + CODE_FIELD_ID
                + "']//input)[" + (index + 1) + "]");
    }

    /**
     * Types what a tester tries, one character per box from the first (at most six: the rest stay empty), then
     * "Xác nhận", and waits for the answer. The page keeps only digits in a box, as the real one does.
     */
    public void typeIntoBoxes(String typed) {
        List<WebElement> boxes = sixBoxes();
        for (int i = 0; i < boxes.size(); i++) {
            WebElement box = boxes.get(i);
            clearIfFilled(box);
            if (i < typed.length()) {
                box.sendKeys(String.valueOf(typed.charAt(i)));
            }
        }
        answer(CONFIRM, CONFIRM_LABEL);
    }

    /** "Nhận mã qua SMS": a new code by SMS; waits until the modal has the answer. */
    public void askForSms() {
        answer(SMS, SMS_LABEL);
    }

    /** The error the modal shows (a refused code, a declined login); empty if none. */
    public String errorMessage() {
        return shownText(ERROR);
    }

    /** Waits until the modal shows the citizen's answer in the app (e.g. declined), or the browser has gone on to the client. */
    public void waitUntilAnswered(Duration timeout) {
        waitOnVneid(PageCondition.or(shows(ERROR), shows(SERVER_ERROR), leftVneid(browser)),
                "hộp nhập mã xác nhận phản hồi câu trả lời của công dân trên ứng dụng VNeID", timeout);
    }

    /** Clicks and waits until the page has answered: one more reply counted, a server page, or another host. */
    private void answer(By button, String label) {
        String before = replies();
        click(button, label);
        waitOnVneid(PageCondition.or(PageCondition.attributeDiffers(MODAL, "data-replies", before), shows(SERVER_ERROR), leftVneid(browser)),
                "câu trả lời của SSO VNeID sau khi bấm «" + label + "» trong hộp nhập mã xác nhận");
    }

    /** The six boxes, and (for {@link #clearIfFilled}) which of them hold something now: one wait, one script. */
    private List<WebElement> sixBoxes() {
        waitUntil(PageCondition.count(BOXES, 6), "sáu ô nhập mã xác nhận");
        List<?> boxes = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(b => [b, !!b.value]);", BOXES_CSS);
        filled.clear();
        List<WebElement> elements = new java.util.ArrayList<>();
        for (Object box : boxes) {
            List<?> pair = (List<?>) box;
            elements.add((WebElement) pair.get(0));
            if (Boolean.TRUE.equals(pair.get(1))) {
                filled.add((WebElement) pair.get(0));
            }
        }
        return elements;
    }

    private final java.util.Set<WebElement> filled = new java.util.HashSet<>();

    private void clearIfFilled(WebElement box) {
        if (filled.contains(box)) {
            box.clear();
        }
    }

    private String replies() {
        return driver.findElements(MODAL).stream().findFirst().map(m -> String.valueOf(m.getAttribute("data-replies"))).orElse("");
    }
}
