package vn.vneidlink.portals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vneidlink.browser.Browser;

/**
 * A page object types as a keyboard does, both ways the suite types (keys on the scenario's DevTools page session, or
 * WebDriver's typing): trusted key events with the key's code, the value the citizen's characters (Vietnamese ones
 * too), the field's own limits kept, what was in the field replaced. Each case would fail if the value were set by a
 * script (no key events), if keys went to another element, or if a field's {@code maxlength} were bypassed.
 */
class TypingTest {

    private static final String RECORDER = """
            <script>
              window.log = [];
              for (const type of ['keydown', 'keypress', 'input', 'keyup']) {
                document.addEventListener(type, e => {
                  if (e.target.id === 'f') log.push(type + ':' + e.isTrusted + ':' + (e.key === undefined ? '' : e.key) + ':' + (e.code || ''));
                }, true);
              }
            </script>""";
    private static final String BUTTON = "<button id='b'>Bấm</button>";

    @AfterAll
    static void quitSharedBrowsers() {
        Browser.closeSharedBrowsers();
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread", "scenario"})
    void eachCharacterIsAKeyPressedAndReleasedInTheField(String reuse) {
        PageHarness.onPage(reuse, RECORDER + BUTTON + "<input id='khac'><input id='f'>", (page, js) -> {
            page.typeInto("f", "a7");
            assertThat(js.executeScript("return document.getElementById('f').value")).isEqualTo("a7");
            assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("f");
            assertThat(js.executeScript("return document.getElementById('khac').value")).isEqualTo("");
            assertThat(js.executeScript("return window.log")).isEqualTo(List.of(
                    "keydown:true:a:KeyA", "keypress:true:a:KeyA", "input:true::", "keyup:true:a:KeyA",
                    "keydown:true:7:Digit7", "keypress:true:7:Digit7", "input:true::", "keyup:true:7:Digit7"));
        });
    }

    /** Vietnamese letters, capitals and spaces arrive whole; a field's maxlength holds; what was in a field is replaced. */
    @ParameterizedTest(name = "{0}: «{2}» vào {1}")
    @CsvSource(delimiter = '|', textBlock = """
            thread   | <input id='f'>                 | Nguyễn Thị Hoà 2024 | Nguyễn Thị Hoà 2024
            scenario | <input id='f'>                 | Nguyễn Thị Hoà 2024 | Nguyễn Thị Hoà 2024
            thread   | <input id='f' maxlength='12'>  | 0010900012345       | 001090001234
            scenario | <input id='f' maxlength='12'>  | 0010900012345       | 001090001234
            thread   | <input id='f' value='cu'>      | moi                 | moi
            scenario | <input id='f' value='cu'>      | moi                 | moi
            """)
    void theFieldHoldsWhatTheKeysGaveIt(String reuse, String field, String typed, String expected) {
        PageHarness.onPage(reuse, BUTTON + field, (page, js) -> {
            page.typeInto("f", typed);
            assertThat(js.executeScript("return document.getElementById('f').value")).isEqualTo(expected);
        });
    }
}
