package vn.vneidlink.portals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.TimeoutException;
import vn.vneidlink.browser.Browser;

/**
 * A page object's click lands where a user's would, and only there, in a real Chromium, both ways the suite clicks: on
 * the scenario's own DevTools page session (a shared Chromium, {@code reuse=thread}) and through ChromeDriver's
 * DevTools relay (a Chromium per scenario). Each case would fail if the click were a script's {@code element.click()}
 * (untrusted events, no hit test), were sent at a stale or covered point, or were not sent at all.
 */
class ClickTest {

    /** Logs every trusted or untrusted mouse event and click on the button, and counts the clicks. */
    private static final String RECORDER = """
            <script>
              window.log = []; window.clicks = 0;
              for (const type of ['mousemove', 'mousedown', 'mouseup', 'click']) {
                document.addEventListener(type, e => { if (e.target.id === 'b') log.push(type + ':' + e.isTrusted); }, true);
              }
              document.addEventListener('click', e => { if (e.target.id === 'b') { clicks++; window.clickedAt = performance.now(); } }, true);
            </script>""";
    private static final String BUTTON = "<button id='b' style='width:160px;height:40px'>Bấm</button>";

    @AfterAll
    static void quitSharedBrowsers() {
        Browser.closeSharedBrowsers();
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread", "scenario"})
    void aClickIsTheMouseMovedPressedAndReleasedOnTheElement(String reuse) {
        PageHarness.onPage(reuse, RECORDER + BUTTON, (page, js) -> {
            page.press();
            assertThat(js.executeScript("return window.log")).isEqualTo(List.of("mousemove:true", "mousedown:true", "mouseup:true", "click:true"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread", "scenario"})
    void anElementBelowTheFoldIsScrolledIntoViewThenClicked(String reuse) {
        PageHarness.onPage(reuse, RECORDER + "<div style='height:3000px'></div>" + BUTTON + "<div style='height:3000px'></div>", (page, js) -> {
            page.press();
            assertThat(js.executeScript("return window.clicks")).isEqualTo(1L);
            assertThat(((Number) js.executeScript("return window.scrollY")).longValue()).isGreaterThan(2000L);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread", "scenario"})
    void aCoveredElementIsNotClickedAndTheFailureSaysWhatCoversIt(String reuse) {
        String overlay = "<div id='man-che' class='lop phu' style='position:fixed;inset:0;background:rgba(0,0,0,.3)'>Đang tải</div>";
        PageHarness.onPage(reuse, RECORDER + BUTTON + overlay, (page, js) -> {
            assertThatThrownBy(page::press).isInstanceOf(TimeoutException.class)
                    .hasMessageContaining("bấm được trên trang «trang thử»")
                    .hasMessageContaining("Lý do: phần tử bị che bởi div#man-che.lop.phu «Đang tải»");
            assertThat(js.executeScript("return window.log")).isEqualTo(List.of());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread", "scenario"})
    void aClickWaitsForTheOverlayToGo(String reuse) {
        String overlay = "<div id='man-che' style='position:fixed;inset:0'></div>"
                + "<script>setTimeout(() => document.getElementById('man-che').remove(), 400);</script>";
        PageHarness.onPage(reuse, RECORDER + BUTTON + overlay, (page, js) -> {
            page.press();
            assertThat(js.executeScript("return window.clicks")).isEqualTo(1L);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread", "scenario"})
    void aMovingElementIsClickedWhereItStops(String reuse) {
        // the button slides 400 px to the right in 0.8 s from the page's first frame (a CSS animation: it already runs
        // when the click's wait first looks, however soon): a point taken while it moves would be taken before its end
        String sliding = "<style>@keyframes slide { from { transform: none } to { transform: translateX(400px) } }</style>"
                + "<button id='b' style='width:160px;height:40px;animation:slide 0.8s linear forwards'>Bấm</button>"
                + "<script>window.addEventListener('animationend', () => { window.stoppedAt = performance.now(); });</script>";
        PageHarness.onPage(reuse, RECORDER + sliding, (page, js) -> {
            page.press();
            assertThat(js.executeScript("return window.clicks")).isEqualTo(1L);
            assertThat((Boolean) js.executeScript("return window.stoppedAt !== undefined && window.clickedAt >= window.stoppedAt")).isTrue();
        });
    }

}
