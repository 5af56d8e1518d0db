package vn.vneidlink.portals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * One look at the page on screen, in one script call: for every {@link Expected} of a page object, how many elements
 * its locator finds in the document and how many of them are shown, an excerpt of the first, and, for one that is
 * needed and shown nowhere, the closest candidates on the page (same visible text, same id or class stem, same form
 * field name, same tag or role), each with a locator proposal and an excerpt. It finds with {@link PageCondition}'s library,
 * the one the waits of every page object use, so that it finds what they find. It reports; it never clicks, never
 * waits, never changes a locator.
 */
public final class PageSnapshot {

    /** A closest element for a locator that finds nothing: a locator that would find it, its start, and why it is close. */
    public record Candidate(String proposal, String excerpt, String why) {}

    /**
     * What the page shows of one expected locator or label.
     *
     * @param present    elements in the document
     * @param shown      of those, shown
     * @param excerpt    the start of the first shown one (else the first present), white space folded; empty if none
     * @param candidates the closest elements, best first (at most 3), when none is shown and it is needed
     * @param error      why the page could not test the locator (a locator kind the page cannot run); empty if none
     */
    public record Seen(Expected expected, int present, int shown, String excerpt, List<Candidate> candidates, String error) {}

    /** At most this many candidates per locator. */
    public static final int CANDIDATES = 3;
    /** The longest excerpt, in characters. */
    public static final int EXCERPT = 160;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code arguments[0]}: the expected locators (JSON). Answers JSON: one result per locator, in order. */
    static final String SNAPSHOT = PageCondition.LIBRARY + """
            const expected = JSON.parse(arguments[0]);
            const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'BR']);
            const LANDMARKS = new Set(['HEADER', 'FOOTER', 'NAV', 'MAIN', 'ASIDE', 'FORM']);
            const fold = s => String(s || '').replace(/\\s+/g, ' ').trim();
            const plain = s => fold(s).toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/đ/g, 'd');
            const words = s => plain(s).split(/[^a-z0-9]+/).filter(w => w);
            const stem = s => String(s || '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(w => w);
            const dice = (a, b) => {
              if (!a.length || !b.length) return 0;
              const rest = b.slice();
              let common = 0;
              for (const w of a) { const i = rest.indexOf(w); if (i >= 0) { common++; rest.splice(i, 1); } }
              return 2 * common / (a.length + b.length);
            };
            const excerpt = e => {
              const html = fold(e.outerHTML).replace(/((?:href|src|action)=")([^"?]*)\\?[^"]*"/g, '$1$2?…"');
              return html.length > %d ? html.substring(0, %d - 1) + '…' : html;
            };
            const textOf = e => fold(e.textContent);
            const ownText = e => Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
            const literal = t => t.indexOf("'") < 0 ? "'" + t + "'" : t.indexOf('"') < 0 ? '"' + t + '"'
                : 'concat(' + t.split("'").map(p => "'" + p + "'").join(", \\"'\\", ") + ')';
            const unique = selector => { try { return document.querySelectorAll(selector).length === 1; } catch (x) { return false; } };
            // every element of the page, gathered only when a locator finds nothing (on a page that is as expected, never)
            let everything = null;
            const pool = () => everything || (everything = Array.from(document.body ? document.body.querySelectorAll('*') : [])
                .filter(e => !SKIP.has(e.tagName) && !e.closest('svg')));

            const ROLES = {a: 'link', button: 'button', select: 'combobox', textarea: 'textbox', input: 'textbox', h1: 'heading', h2: 'heading',
                h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', nav: 'navigation', form: 'form'};
            const implicitRole = tag => ROLES[tag] || '';
            const roleOf = e => e.getAttribute('role') || (e.tagName === 'INPUT' && ['submit', 'button'].includes(e.type) ? 'button'
                : implicitRole(e.tagName.toLowerCase()));
            const textScore = (h, t, why) => {
              if (!t.length || t.length > 300) return 0;
              if (h.texts.some(x => fold(x) === t)) { why.push('cùng chữ «' + t + '»'); return 100; }
              if (h.texts.some(x => plain(x) === plain(t))) { why.push('cùng chữ nếu bỏ hoa/thường và dấu «' + t + '»'); return 80; }
              const d = Math.max(...h.texts.map(x => dice(words(x), words(t))));
              if (d >= 0.5) { why.push('chữ gần giống «' + t + '»'); return Math.round(60 * d); }
              return 0;
            };
            const score = (e, h) => {
              const why = [];
              let s = 0;
              if (h.texts.length && (!h.label || ownText(e))) s += textScore(h, textOf(e), why);
              if (e.id && h.ids.length) {
                if (h.ids.includes(e.id)) { s += 60; why.push('cùng id «' + e.id + '»'); }
                else {
                  const d = Math.max(...h.ids.map(x => dice(stem(x), stem(e.id))));
                  if (d >= 0.5) { s += Math.round(40 * d); why.push('id gần giống «' + e.id + '»'); }
                }
              }
              if (e.id && h.idPrefixes.some(p => e.id.startsWith(p))) { s += 40; why.push('id bắt đầu bằng «' + h.idPrefixes.find(p => e.id.startsWith(p)) + '»'); }
              const own = Array.from(e.classList);
              if (own.length && h.classes.length) {
                const same = own.filter(c => h.classes.includes(c));
                if (same.length) { s += 40 + 10 * (same.length - 1); why.push('cùng class «' + same.join(' ') + '»'); }
                else {
                  let best = 0, which = '';
                  for (const c of own) for (const x of h.classes) { const d = dice(stem(x), stem(c)); if (d > best) { best = d; which = c; } }
                  if (best >= 0.5) { s += Math.round(25 * best); why.push('class gần giống «' + which + '»'); }
                }
              }
              const name = e.getAttribute('name');
              if (name && h.names.includes(name)) { s += 50; why.push('cùng name «' + name + '»'); }
              const tag = e.tagName.toLowerCase();
              if (s > 0 && h.tags.includes(tag)) { s += 10; why.push('cùng thẻ ' + tag); }
              else if (s > 0 && roleOf(e) && h.tags.map(implicitRole).includes(roleOf(e))) { s += 8; why.push('cùng vai trò ' + roleOf(e)); }
              return {s, why};
            };
            // A locator that would find it: by its new words where the locator named it by words that changed; else its
            // id; else its tag and classes under its nearest ancestor with an id or its landmark (header, footer, ...).
            const proposal = (e, h) => {
              const tag = e.tagName.toLowerCase();
              const t = textOf(e);
              if (h.label) return '«' + t + '»';
              if (h.texts.length && t && !h.texts.some(x => fold(x) === t)) {
                const cls = Array.from(e.classList).find(c => h.classes.includes(c));
                return '//' + tag + (cls ? "[contains(concat(' ', @class, ' '), ' " + cls + " ')]" : '') + '[normalize-space()=' + literal(t) + ']';
              }
              if (e.id && unique('#' + CSS.escape(e.id))) return '#' + CSS.escape(e.id);
              const base = tag + Array.from(e.classList).map(c => '.' + CSS.escape(c)).join('');
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                let context = null;
                if (a.id) context = '#' + CSS.escape(a.id);
                else if (LANDMARKS.has(a.tagName)) context = a.tagName.toLowerCase() + (a.classList.length ? '.' + CSS.escape(a.classList[0]) : '');
                if (context) { if (unique(context + ' ' + base)) return context + ' ' + base; break; }
              }
              if (unique(base)) return base;
              return t ? '//' + tag + '[normalize-space()=' + literal(t) + ']' : base;
            };
            const candidates = (found, h) => {
              const scored = [];
              for (const e of found) scored.push({e, s: 1000, why: ['khớp locator nhưng không hiện trên trang']});
              for (const e of pool()) {
                if (found.includes(e)) continue;
                const r = score(e, h);
                if (r.s < 30) continue;
                if (!shown(e)) { r.s = Math.round(r.s / 2); r.why.push('đang ẩn'); }
                scored.push({e, s: r.s, why: r.why});
              }
              scored.sort((a, b) => b.s - a.s);
              const chosen = [];
              for (const c of scored) {
                if (chosen.length >= %d) break;
                if (chosen.some(o => o.e.contains(c.e) || c.e.contains(o.e))) continue;
                chosen.push(c);
              }
              return chosen.map(c => ({proposal: proposal(c.e, h), excerpt: excerpt(c.e), why: c.why.join(', ')}));
            };
            return JSON.stringify(expected.map(x => {
              let found;
              try { found = find(x.using, x.value); } catch (err) { return {error: String(err.message || err)}; }
              const visible = found.filter(shown);
              const first = visible[0] || found[0];
              const result = {present: found.length, shown: visible.length, excerpt: first ? excerpt(first) : ''};
              result.candidates = visible.length === 0 && x.needed ? candidates(found, x.hints) : [];
              return result;
            }));
            """.formatted(EXCERPT, EXCERPT, CANDIDATES);

    private PageSnapshot() {}

    /** Looks once at the page on screen for every one of {@code expected} (in one script call); answers in the same order. */
    public static List<Seen> take(WebDriver driver, List<Expected> expected) {
        List<Map<String, Object>> request = new ArrayList<>();
        for (Expected e : expected) {
            Map<String, Object> item = new LinkedHashMap<>(PageCondition.where(e.locator()));
            item.put("needed", e.required());
            item.put("hints", LocatorHints.of(e).json());
            request.add(item);
        }
        String answer;
        try {
            answer = String.valueOf(((JavascriptExecutor) driver).executeScript(SNAPSHOT, JSON.writeValueAsString(request)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try {
            JsonNode results = JSON.readTree(answer);
            List<Seen> seen = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                JsonNode r = results.get(i);
                List<Candidate> candidates = new ArrayList<>();
                for (JsonNode c : r.path("candidates")) {
                    candidates.add(new Candidate(c.path("proposal").asText(), c.path("excerpt").asText(), c.path("why").asText()));
                }
                seen.add(new Seen(expected.get(i), r.path("present").asInt(), r.path("shown").asInt(), r.path("excerpt").asText(),
                        candidates, r.path("error").asText("")));
            }
            return seen;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Câu trả lời của trang không đọc được / unreadable snapshot: " + answer, e);
        }
    }
}
