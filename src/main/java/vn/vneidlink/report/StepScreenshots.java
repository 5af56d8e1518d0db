package vn.vneidlink.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
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
 * <li>a step after which the page provably did not change is not captured again: the previous image is written again
 * (in a file of its own) and named "unchanged". Proof, from a tracker the page gets at each capture: the same
 * document and address as the last capture, no DOM mutation, scroll, resize, focus change, input, image or font
 * load since, no running animation, and no video, canvas, frame or GIF (whose pixels no DOM event tells). A capture
 * identical, byte for byte, to the previous one at the same address is named "unchanged" too. The label is never a
 * guess.
 * </ul>
 * Per-step screenshots go to the Allure report only; the screenshot on failure goes to every
 * report, with an address bar drawn in ({@link Evidence}).
 */
public final class StepScreenshots {

    static final String NAME = "Ảnh chụp màn hình sau bước";
    static final String UNCHANGED = " (trang không đổi từ bước trước)";
    /** Between the label and the page's address in an attachment's name. */
    static final String AT = " — ";

    /**
     * Returns {@code [address, clean, id of the tracker's last arming, new id]} and arms the tracker again: "clean" means
     * nothing that could change the pixels happened in this document since the last arming.
     */
    static final String STAMP = """
            const w = window;
            let t = w.__vneidlinkShot;
            let clean = false, previous = null;
            if (t) {
              previous = t.id;
              clean = !t.dirty && t.x === w.scrollX && t.y === w.scrollY && t.width === w.innerWidth && t.height === w.innerHeight
                  && t.focus === document.activeElement && document.getAnimations().length === 0
                  && !document.querySelector('video, canvas, iframe, frame, object, embed, img[src*=".gif" i], img[src^="data:image/gif"]')
                  && document.fonts.status !== 'loading' && Array.from(document.images).every(i => i.complete);
            } else {
              t = w.__vneidlinkShot = {};
              const dirty = () => { t.dirty = true; };
              new MutationObserver(dirty).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
              for (const type of ['scroll', 'resize', 'focusin', 'focusout', 'input', 'change', 'load', 'error',
                                  'animationstart', 'transitionrun', 'pointerover', 'pointerout']) {
                w.addEventListener(type, dirty, true);
              }
            }
            t.dirty = false; t.x = w.scrollX; t.y = w.scrollY; t.width = w.innerWidth; t.height = w.innerHeight;
            t.focus = document.activeElement;
            t.id = String(Math.random());
            return [location.href, clean, previous, t.id];
            """;

    /**
     * {@link #STAMP} as an asynchronous script for the scenario's DevTools page session, which (unlike ChromeDriver)
     * does not wait for the document to load before it runs: it stamps once the document has loaded, or after
     * {@code arguments[0]} ms (the wait timeout) if it never does, so that the capture after it shows the loaded page.
     */
    static final String STAMP_ONCE_LOADED = """
            const done = arguments[arguments.length - 1];
            let stamped = false;
            const stamp = () => { if (stamped) return; stamped = true; done((() => {
            """ + STAMP + """
            })()); };
            if (document.readyState === 'complete') { stamp(); } else {
              setTimeout(stamp, arguments[0]);
              window.addEventListener('load', () => setTimeout(stamp, 0), {once: true});
            }
            """;

    private final AllureLifecycle lifecycle = Allure.getLifecycle();
    private byte[] lastCapture;
    private String lastUrl;
    private String lastStamp;

    /**
     * Call from an {@code @AfterStep} hook, on the scenario's thread: the current Allure step gets the screenshot. The
     * browser captures after every step; a capture identical, byte for byte, to the previous one at the same address is
     * labelled unchanged, written again to a file of its own (the report keys images by file: a shared file would carry
     * one label for both steps).
     */
    public void afterStep(Browser browser, Redactor redactor) {
        try {
            List<?> stamp = stamp(browser);
            String url = redactor.mask(String.valueOf(stamp.get(0)));
            boolean untouched = lastCapture != null && url.equals(lastUrl) && Boolean.TRUE.equals(stamp.get(1))
                    && lastStamp != null && lastStamp.equals(stamp.get(2));
            byte[] shot = untouched ? lastCapture : browser.quickScreenshot();
            boolean unchanged = untouched || (lastCapture != null && url.equals(lastUrl) && Arrays.equals(shot, lastCapture));
            lifecycle.addAttachment(NAME + (unchanged ? UNCHANGED : "") + AT + url, "image/jpeg", ".jpg", shot);
            lastCapture = shot;
            lastUrl = url;
            lastStamp = String.valueOf(stamp.get(3));
        } catch (RuntimeException e) {
            lastCapture = null;
            lastStamp = null;
            lifecycle.addAttachment(NAME + " (không chụp được)", "text/plain", ".txt",
                    redactor.mask(String.valueOf(e.getMessage())).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The tracker's answer, on the page session where there is one; through ChromeDriver (which waits for a document
     * still loading, and for one that replaces it) where there is none, or when the document went away meanwhile.
     */
    private static List<?> stamp(Browser browser) {
        if (browser.hasPageSession()) {
            try {
                return (List<?>) browser.awaitInPage(STAMP_ONCE_LOADED, browser.waitTimeout().toMillis());
            } catch (WebDriverException betweenDocuments) {
                // a new document is coming: ChromeDriver waits for it
            }
        }
        return (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(STAMP);
    }

    /** Call at the end of the scenario. */
    public void finish() {
        lastCapture = null;
        lastUrl = null;
        lastStamp = null;
    }
}
