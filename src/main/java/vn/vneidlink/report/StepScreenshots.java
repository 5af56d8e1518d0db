package vn.vneidlink.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.Redactor;

/**
 * The screenshot after every step of one scenario, in the Allure report, at the least cost to the
 * scenario's own time:
 * <ul>
 * <li>the browser encodes the JPEG itself ({@link Browser#quickScreenshot()}), and the file is the browser's capture
 * as it came: nothing is decoded, drawn or encoded again in the JVM;
 * <li>the page's real address is in the attachment's name, which the report shows beside the image
 * («Ảnh chụp màn hình sau bước — https://…»): a headless browser has no address bar of its own, and drawing one
 * into every image used to be a third of the JVM's work;
 * <li>a step whose capture is identical, byte for byte, to the previous step's at the same address is
 * named "unchanged" (in a file of its own): the label is never a guess.
 * </ul>
 * Per-step screenshots go to the Allure report only; the screenshot on failure goes to every
 * report, with an address bar drawn in ({@link Evidence}).
 */
public final class StepScreenshots {

    static final String NAME = "Ảnh chụp màn hình sau bước";
    static final String UNCHANGED = " (trang không đổi từ bước trước)";
    /** Between the label and the page's address in an attachment's name. */
    static final String AT = " — ";

    private final AllureLifecycle lifecycle = Allure.getLifecycle();
    private byte[] lastCapture;
    private String lastUrl;

    /**
     * Call from an {@code @AfterStep} hook, on the scenario's thread: the current Allure step gets the screenshot. The
     * browser captures after every step; a capture identical, byte for byte, to the previous one at the same address is
     * labelled unchanged, written again to a file of its own (the report keys images by file: a shared file would carry
     * one label for both steps).
     */
    public void afterStep(Browser browser, Redactor redactor) {
        try {
            String url = redactor.mask(browser.driver().getCurrentUrl());
            byte[] shot = browser.quickScreenshot();
            boolean unchanged = lastCapture != null && url.equals(lastUrl) && Arrays.equals(shot, lastCapture);
            lifecycle.addAttachment(NAME + (unchanged ? UNCHANGED : "") + AT + url, "image/jpeg", ".jpg", shot);
            lastCapture = shot;
            lastUrl = url;
        } catch (RuntimeException e) {
            lastCapture = null;
            lifecycle.addAttachment(NAME + " (không chụp được)", "text/plain", ".txt",
                    redactor.mask(String.valueOf(e.getMessage())).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Call at the end of the scenario. */
    public void finish() {
        lastCapture = null;
        lastUrl = null;
    }
}
