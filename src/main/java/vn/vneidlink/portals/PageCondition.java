package vn.vneidlink.portals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * A condition on the page that the page itself can test: the address, elements shown, present or counted, or a
 * script expression, combined with and/or. {@link PortalPage} waits for it inside the page, in one script call that
 * returns as soon as it holds (the page re-tests on every DOM change and every 25 ms), instead of polling from the
 * JVM with several WebDriver commands per look. It is still an {@link ExpectedCondition} (tested once per call), so
 * it combines with conditions the JVM must test ({@code ExpectedConditions.or(pageCondition, javaCondition)}), which
 * are then polled from the JVM as before.
 *
 * <p>What "shown" means is Selenium's {@code isDisplayed} as the page can tell it: connected, with a box of some
 * size, and neither {@code display:none}, {@code visibility:hidden} nor {@code opacity:0} on it or an ancestor
 * ({@code Element.checkVisibility}).
 */
public final class PageCondition implements ExpectedCondition<Object> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tests and the wait, in the page: {@code arguments[0]} the condition (JSON), {@code arguments[1]} the budget in ms. */
    static final String LIBRARY = """
            const within = (root, using, value) => {
              if (using === 'within') return within(root, value[0].using, value[0].value)
                  .flatMap(outer => within(outer, value[1].using, value[1].value));
              if (using === 'css selector') return Array.from(root.querySelectorAll(value));
              if (using === 'id') return Array.from(root.querySelectorAll('#' + CSS.escape(value)));
              if (using === 'name') return Array.from(root.querySelectorAll('[name="' + CSS.escape(value) + '"]'));
              if (using === 'class name') return Array.from(root.querySelectorAll('.' + CSS.escape(value)));
              if (using === 'xpath') {
                const r = document.evaluate(value, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
                const found = [];
                for (let i = 0; i < r.snapshotLength; i++) found.push(r.snapshotItem(i));
                return found.filter(n => n.nodeType === 1);
              }
              if (using === 'link text') return Array.from(root.querySelectorAll('a')).filter(a => a.innerText.trim() === value);
              if (using === 'partial link text') return Array.from(root.querySelectorAll('a')).filter(a => a.innerText.includes(value));
              if (using === 'tag name') return Array.from(root.getElementsByTagName(value));
              throw new Error('locator ' + using);
            };
            const find = (using, value) => within(document, using, value);
            const shown = e => {
              if (!e.isConnected) return false;
              const box = e.getBoundingClientRect();
              if (box.width <= 0 && box.height <= 0) return false;
              return e.checkVisibility({opacityProperty: true, visibilityProperty: true});
            };
            const described = n => !n ? 'không có phần tử nào'
                : n.tagName.toLowerCase() + (n.id ? '#' + n.id : '')
                  + (typeof n.className === 'string' && n.className.trim() ? '.' + n.className.trim().split(/\\s+/).join('.') : '')
                  + ' «' + (n.innerText || '').replace(/\\s+/g, ' ').trim().substring(0, 60) + '»';
            // Where a user's click lands, as WebDriver's element click finds it: the element brought into view, the centre
            // of its first box within the viewport, and the element itself (or one inside it) there, not something over
            // it; nor still moving (a running, finite animation or transition on it or an ancestor). Else why not.
            const clickPoint = e => {
              const viewW = document.documentElement.clientWidth, viewH = document.documentElement.clientHeight;
              const box = () => e.getClientRects()[0] || e.getBoundingClientRect();
              let r = box();
              if (r.top < 0 || r.left < 0 || r.bottom > viewH || r.right > viewW) {
                e.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
                r = box();
              }
              const left = Math.max(0, r.left), right = Math.min(viewW, r.right), top = Math.max(0, r.top), bottom = Math.min(viewH, r.bottom);
              if (right <= left || bottom <= top) return {why: 'nằm ngoài khung nhìn'};
              if (document.getAnimations().some(a => a.playState === 'running' && a.effect && a.effect.target instanceof Element
                  && a.effect.target.contains(e) && a.effect.getComputedTiming().iterations !== Infinity)) return {why: 'đang chuyển động'};
              const x = Math.floor((left + right) / 2), y = Math.floor((top + bottom) / 2);
              const hit = document.elementFromPoint(x, y);
              if (hit !== e && !e.contains(hit)) return {why: 'bị che bởi ' + described(hit)};
              return {x, y};
            };
            const test = c => {
              switch (c.op) {
                case 'and': { let last = true; for (const p of c.of) { last = test(p); if (!last) return false; } return last; }
                case 'or': { for (const p of c.of) { const v = test(p); if (v) return v; } return false; }
                case 'not': return !test(c.of[0]);
                case 'at': return location.protocol === c.scheme + ':' && location.hostname === c.host && location.pathname === c.path;
                case 'onHost': return location.protocol === c.scheme + ':' && location.hostname === c.host;
                case 'shown': return find(c.using, c.value).find(shown) || false;
                case 'clickable': {
                  const e = find(c.using, c.value).find(e => shown(e) && !e.disabled);
                  if (!e) { window.__vneidlinkNotClickable = 'không thấy, hoặc bị vô hiệu'; return false; }
                  const at = clickPoint(e);
                  if (at.why) { window.__vneidlinkNotClickable = at.why; return false; }
                  if (c.mark) window.__vneidlinkOldPage = true;
                  return {element: e, x: at.x, y: at.y};
                }
                case 'fillable': {
                  const e = find(c.using, c.value).find(e => shown(e) && !e.disabled);
                  if (!e) return false;
                  if (c.focus && document.activeElement !== e) {
                    // as WebDriver's typing does: focus the field (which brings it into view), the caret at the end
                    e.focus();
                    try { e.setSelectionRange(e.value.length, e.value.length); } catch (notText) { /* no caret in this kind of field */ }
                  }
                  return {field: e, empty: !e.value, focused: document.activeElement === e};
                }
                case 'count': return find(c.using, c.value).length === c.n;
                case 'loaded': return document.readyState === 'complete';
                case 'marked': return window.__vneidlinkOldPage === true;
                case 'host': return location.hostname === c.host;
                case 'attrDiffers': { const e = find(c.using, c.value)[0]; return String(e ? e.getAttribute(c.attr) : '') !== c.was; }
                case 'titled': return document.title === c.title && !!document.body && document.body.innerText.includes(c.text);
              }
              throw new Error('condition ' + c.op);
            };
            const holds = c => { try { return test(c); } catch (e) { if (String(e.message).startsWith('locator') || String(e.message).startsWith('condition')) throw e; return false; } };
            """;

    private static final String ONCE = LIBRARY + "const v = holds(JSON.parse(arguments[0])); return v === true || (v && typeof v === 'object') ? v : false;";

    static final String WAIT = LIBRARY + """
            const condition = JSON.parse(arguments[0]);
            const budget = arguments[1];
            const done = arguments[arguments.length - 1];
            const start = Date.now();
            let finished = false, timer = null, observer = null;
            const finish = v => {
              if (finished) return;
              finished = true;
              if (observer) observer.disconnect();
              clearTimeout(timer);
              done(v);
            };
            const look = () => {
              if (finished) return;
              let v;
              try { v = holds(condition); } catch (e) { finish('error: ' + e.message); return; }
              if (v) { finish(typeof v === 'object' ? v : true); return; }
              if (Date.now() - start >= budget) { finish(null); return; }
              clearTimeout(timer);
              timer = setTimeout(look, 25);
            };
            observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(look, 0); });
            observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
            look();
            """;

    private final Map<String, Object> tree;

    private PageCondition(Map<String, Object> tree) {
        this.tree = tree;
    }

    private static PageCondition of(String op, Object... keysAndValues) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("op", op);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tree.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new PageCondition(tree);
    }

    private static PageCondition located(String op, By locator, Object... more) {
        Map<String, Object> where = where(locator);
        List<Object> all = new ArrayList<>(List.of("using", where.get("using"), "value", where.get("value")));
        all.addAll(List.of(more));
        return of(op, all.toArray());
    }

    /** How the page finds what a locator names: Selenium's own terms ({@code css selector}, {@code xpath}, ...). */
    static Map<String, Object> where(By locator) {
        if (locator instanceof Within nested) {
            return Map.of("using", "within", "value", List.of(where(nested.outer()), where(nested.inner())));
        }
        if (!(locator instanceof By.Remotable remotable)) {
            throw new IllegalArgumentException("Bộ định vị không dùng được trong trang: " + locator);
        }
        By.Remotable.Parameters parameters = remotable.getRemoteParameters();
        return Map.of("using", parameters.using(), "value", String.valueOf(parameters.value()));
    }

    /** The page is {@code scheme://host/path} (query and fragment ignored). */
    public static PageCondition at(String scheme, String host, String path) {
        return of("at", "scheme", scheme, "host", host, "path", path);
    }

    /** The page's host is {@code host}, whatever the scheme. */
    public static PageCondition hostIs(String host) {
        return of("host", "host", host);
    }

    /**
     * The attribute of the first element of this locator differs from {@code was} (no element: the empty text; no
     * attribute: "null", as Java's {@code String.valueOf} of Selenium's answer).
     */
    public static PageCondition attributeDiffers(By locator, String attribute, String was) {
        return located("attrDiffers", locator, "attr", attribute, "was", was);
    }

    /** The page is on {@code scheme://host}. */
    public static PageCondition onHost(String scheme, String host) {
        return of("onHost", "scheme", scheme, "host", host);
    }

    /** Some element of this locator is shown; the wait returns the first shown one. */
    public static PageCondition shown(By locator) {
        return located("shown", locator);
    }

    /**
     * Some element of this locator can be clicked as a user would: shown, not disabled, brought into view, not moving,
     * and the first thing at the centre of its box (not covered by another element). The wait returns
     * {@code {element: <element>, x: <px>, y: <px>}}, that centre in the viewport's CSS pixels; while it does not hold,
     * {@code window.__vneidlinkNotClickable} says why (see {@link #NOT_CLICKABLE}).
     */
    public static PageCondition clickable(By locator) {
        return located("clickable", locator);
    }

    /**
     * As {@link #clickable}, and when it holds the document is marked as the one before a click (see {@link #marked}), in
     * the same script: for a click that loads a new page, one command less than marking it first. Only as the whole
     * condition of a wait, whose answer is where to click.
     */
    public static PageCondition clickableMarkingThePage(By locator) {
        return located("clickable", locator, "mark", true);
    }

    /**
     * A field of this locator is shown and not disabled; the wait returns {@code {field: <element>, empty: <no value>}},
     * so that typing clears it only when there is something to clear.
     */
    public static PageCondition fillable(By locator) {
        return located("fillable", locator);
    }

    /**
     * As {@link #fillable}, and when it holds the field is focused, the caret at the end of its value, as WebDriver's
     * typing does before the first key: for keys then sent to the page ({@code focused} in the answer says it took).
     */
    public static PageCondition fillableFocused(By locator) {
        return located("fillable", locator, "focus", true);
    }

    /** Exactly {@code n} elements of this locator are in the document. */
    public static PageCondition count(By locator, int n) {
        return located("count", locator, "n", n);
    }

    /** The document is the one marked before a click ({@code window.__vneidlinkOldPage}): not yet the new page. */
    public static PageCondition marked() {
        return of("marked");
    }

    /** The document has loaded ({@code document.readyState} is complete). */
    public static PageCondition loaded() {
        return of("loaded");
    }

    /**
     * The page has this title and its text contains {@code text} (a page the portal did not write, such as a
     * firewall's). No expression is evaluated in the page: a portal's Content-Security-Policy may forbid it.
     */
    public static PageCondition titled(String title, String text) {
        return of("titled", "title", title, "text", text);
    }

    /** All hold; the value of the last one (an element, if the last one finds one). */
    public static PageCondition and(PageCondition... conditions) {
        return of("and", "of", trees(conditions));
    }

    /** One holds: the value of the first that does. */
    public static PageCondition or(PageCondition... conditions) {
        return of("or", "of", trees(conditions));
    }

    public static PageCondition not(PageCondition condition) {
        return of("not", "of", trees(condition));
    }

    private static List<Map<String, Object>> trees(PageCondition... conditions) {
        return java.util.Arrays.stream(conditions).map(c -> c.tree).toList();
    }

    /** Why the last look found no clickable element (a script's answer: a text, or null if none was made). */
    static final String NOT_CLICKABLE = "return window.__vneidlinkNotClickable || null;";

    private static final String SCROLL_INTO_VIEW = LIBRARY
            + "const e = find(arguments[0], arguments[1])[0]; if (e) e.scrollIntoView({block: 'center'});";

    /** Brings the first element of this locator into view (none: nothing happens), in one script. */
    static void scrollIntoView(WebDriver driver, By locator) {
        Map<String, Object> where = where(locator);
        ((JavascriptExecutor) driver).executeScript(SCROLL_INTO_VIEW, where.get("using"), where.get("value"));
    }

    /** The condition as the page's script reads it. */
    String json() {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tested once, now (for {@code ExpectedConditions.or/and} with conditions the JVM tests): an element, true, or null. */
    @Override
    public Object apply(WebDriver driver) {
        try {
            Object value = ((JavascriptExecutor) driver).executeScript(ONCE, json());
            return Boolean.FALSE.equals(value) ? null : value;
        } catch (WebDriverException betweenDocuments) {
            return null;
        }
    }

    @Override
    public String toString() {
        return json();
    }
}
