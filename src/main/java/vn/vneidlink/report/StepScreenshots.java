package vn.vneidlink.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Attachment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.vneidlink.browser.Browser;
import vn.vneidlink.config.Redactor;

/**
 * The screenshot after every step of one scenario, in the Allure report, at the least cost to the
 * scenario's own time:
 * <ul>
 * <li>the browser encodes the JPEG itself ({@link Browser#quickScreenshot()});
 * <li>the address bar is drawn on another thread: the attachment is registered in the step on
 * the scenario's thread (so it can never land in another scenario's step) and its file written
 * when the drawing is done; {@link #finish()} waits for the scenario's drawings;
 * <li>a step whose capture is identical, byte for byte, to the previous step's at the same address is
 * named "unchanged" and reuses the previous drawing (in a file of its own): the label is never a guess.
 * </ul>
 * Per-step screenshots go to the Allure report only; the screenshot on failure goes to every
 * report ({@link Evidence}).
 */
public final class StepScreenshots {

    static final String NAME = "Ảnh chụp màn hình sau bước";
    static final String UNCHANGED = " (trang không đổi từ bước trước)";

    /** One thread for the whole JVM: drawing an address bar takes about 30 ms, a step a few hundred. */
    private static final ExecutorService DRAWING = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "vneidlink-address-bar");
        thread.setDaemon(true);
        return thread;
    });

    private final AllureLifecycle lifecycle = Allure.getLifecycle();
    private final List<Future<?>> drawing = new ArrayList<>();
    private byte[] lastCapture;
    private String lastUrl;
    private Future<byte[]> lastFramed;

    /**
     * Call from an {@code @AfterStep} hook, on the scenario's thread: the current Allure step gets the screenshot. The
     * browser captures after every step; a capture identical, byte for byte, to the previous one at the same address is
     * labelled unchanged and reuses the previous drawing, written again to a file of its own (the report keys images by
     * file: a shared file would carry one label for both steps).
     */
    public void afterStep(Browser browser, Redactor redactor) {
        try {
            String url = redactor.mask(browser.driver().getCurrentUrl());
            byte[] shot = browser.quickScreenshot();
            boolean unchanged = lastFramed != null && url.equals(lastUrl) && Arrays.equals(shot, lastCapture);
            String source = lifecycle.prepareAttachment(NAME + (unchanged ? UNCHANGED : "") + " — " + url, "image/jpeg", ".jpg");
            Future<byte[]> framed = unchanged ? lastFramed : DRAWING.submit(() -> framed(shot, url));
            drawing.add(DRAWING.submit(() -> {
                lifecycle.writeAttachment(source, new ByteArrayInputStream(framed.get()));
                return null;
            }));
            lastCapture = shot;
            lastUrl = url;
            lastFramed = framed;
        } catch (RuntimeException e) {
            lastFramed = null;
            lifecycle.addAttachment(NAME + " (không chụp được)", "text/plain", ".txt",
                    redactor.mask(String.valueOf(e.getMessage())).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The screenshot under its address bar; the bare screenshot if the bar cannot be drawn (never no screenshot). */
    private static byte[] framed(byte[] screenshot, String url) {
        try {
            return AddressBar.above(screenshot, url);
        } catch (RuntimeException e) {
            return screenshot;
        }
    }

    /** Call at the end of the scenario: waits until every screenshot of the scenario is written. */
    public void finish() {
        try {
            for (Future<?> pending : drawing) {
                pending.get();
            }
            lastFramed = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Không ghi được ảnh chụp màn hình vào kết quả Allure: " + e.getCause(), e.getCause());
        } finally {
            drawing.clear();
        }
    }
}
