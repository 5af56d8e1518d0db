package vn.vneidlink.portals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * What a locator names of the element it looks for: ids (and id prefixes), classes, visible texts, tags and form field
 * names. The drift check hands these to the page to find the closest candidates of a locator that finds nothing: same
 * text, same id or class stem, same field name, same tag. Read from the locator itself ({@code #id}, {@code .class},
 * {@code @id='…'}, {@code normalize-space()='…'}, …); what only describes the element's surroundings (the ancestors of
 * a CSS selector, an XPath {@code ancestor::} test, the outer locator of a {@link Within}) is left out, since that is
 * what a moved element no longer has.
 */
public record LocatorHints(List<String> ids, List<String> idPrefixes, List<String> classes, List<String> texts, List<String> tags,
        List<String> names, boolean label) {

    // Selenium writes By.id, By.name and By.className as CSS with escapes ("#btn\\-login"): read through them
    private static final Pattern CSS_ID = Pattern.compile("(?<!\\\\)#((?:[\\w-]|\\\\.)+)");
    private static final Pattern CSS_CLASS = Pattern.compile("(?<!\\\\)\\.((?:[\\w-]|\\\\.)+)");
    private static final Pattern CSS_TAG = Pattern.compile("^([a-zA-Z][\\w-]*)");
    private static final Pattern CSS_ATTRIBUTE = Pattern.compile("\\[\\s*([\\w-]+)\\s*([\\^$*~|]?=)\\s*['\"]?([^'\"\\]]*)['\"]?\\s*]");

    private static final Pattern XPATH_CONTEXT = Pattern.compile(
            "(ancestor-or-self|ancestor|parent|preceding-sibling|preceding|following-sibling|following)::[\\w*-]+(\\[[^\\[\\]]*])*");
    private static final Pattern XPATH_ID = Pattern.compile("@id\\s*=\\s*(?:'([^']*)'|\"([^\"]*)\")");
    private static final Pattern XPATH_ID_PREFIX = Pattern.compile("starts-with\\(\\s*@id\\s*,\\s*(?:'([^']*)'|\"([^\"]*)\")\\)");
    private static final Pattern XPATH_CLASS_TOKEN = Pattern.compile("concat\\(\\s*' '\\s*,\\s*@class\\s*,\\s*' '\\s*\\)\\s*,\\s*' ([^' ]+) '");
    private static final Pattern XPATH_CLASS_CONTAINS = Pattern.compile("contains\\(\\s*@class\\s*,\\s*(?:'([^']*)'|\"([^\"]*)\")\\)");
    private static final Pattern XPATH_CLASS_EQUALS = Pattern.compile("@class\\s*=\\s*(?:'([^']*)'|\"([^\"]*)\")");
    private static final Pattern XPATH_NAME = Pattern.compile("@name\\s*=\\s*(?:'([^']*)'|\"([^\"]*)\")");
    private static final Pattern XPATH_TEXT = Pattern.compile(
            "(?:normalize-space\\(\\s*\\.?\\s*\\)|text\\(\\)|\\.)\\s*=\\s*(?:'([^']*)'|\"([^\"]*)\")"
                    + "|contains\\(\\s*(?:normalize-space\\(\\s*\\.?\\s*\\)|text\\(\\)|\\.)\\s*,\\s*(?:'([^']*)'|\"([^\"]*)\")\\)");
    private static final Pattern XPATH_NODE_TEST = Pattern.compile("^([a-zA-Z][\\w-]*)");

    public LocatorHints {
        ids = List.copyOf(ids);
        idPrefixes = List.copyOf(idPrefixes);
        classes = List.copyOf(classes);
        texts = List.copyOf(texts);
        tags = List.copyOf(tags);
        names = List.copyOf(names);
    }

    /** What the locator of {@code expected} names; for a label, its wordings. */
    public static LocatorHints of(Expected expected) {
        if (expected.wording().isPresent()) {
            return new LocatorHints(List.of(), List.of(), List.of(), expected.wording().get().accepted(), List.of(), List.of(), true);
        }
        return of(expected.locator());
    }

    public static LocatorHints of(By locator) {
        Builder hints = new Builder();
        hints.add(PageCondition.where(locator));
        return hints.build();
    }

    /** As the page's script reads them. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ids", ids);
        json.put("idPrefixes", idPrefixes);
        json.put("classes", classes);
        json.put("texts", texts);
        json.put("tags", tags);
        json.put("names", names);
        json.put("label", label);
        return json;
    }

    private static final class Builder {
        private final Set<String> ids = new LinkedHashSet<>();
        private final Set<String> idPrefixes = new LinkedHashSet<>();
        private final Set<String> classes = new LinkedHashSet<>();
        private final Set<String> texts = new LinkedHashSet<>();
        private final Set<String> tags = new LinkedHashSet<>();
        private final Set<String> names = new LinkedHashSet<>();

        LocatorHints build() {
            return new LocatorHints(new ArrayList<>(ids), new ArrayList<>(idPrefixes), new ArrayList<>(classes), new ArrayList<>(texts),
                    new ArrayList<>(tags), new ArrayList<>(names), false);
        }

        @SuppressWarnings("unchecked")
        void add(Map<String, Object> where) {
            String using = String.valueOf(where.get("using"));
            Object value = where.get("value");
            switch (using) {
                case "within" -> add(((List<Map<String, Object>>) value).get(1)); // the inner locator names the element
                case "css selector" -> css(String.valueOf(value));
                case "xpath" -> xpath(String.valueOf(value));
                case "id" -> ids.add(String.valueOf(value));
                case "name" -> names.add(String.valueOf(value));
                case "class name" -> classes.add(String.valueOf(value));
                case "tag name" -> tags.add(String.valueOf(value).toLowerCase());
                case "link text", "partial link text" -> {
                    texts.add(String.valueOf(value));
                    tags.add("a");
                }
                default -> { } // nothing to read
            }
        }

        /** Each alternative's last compound selector: the element itself, not its ancestors. */
        private void css(String selector) {
            for (String alternative : split(selector, ',')) {
                String compound = lastCompound(alternative.trim());
                Matcher tag = CSS_TAG.matcher(compound);
                if (tag.find()) {
                    tags.add(tag.group(1).toLowerCase());
                }
                String withoutAttributes = compound.replaceAll("\\[[^\\]]*]", "");
                CSS_ID.matcher(withoutAttributes).results().forEach(m -> ids.add(unescape(m.group(1))));
                CSS_CLASS.matcher(withoutAttributes).results().forEach(m -> classes.add(unescape(m.group(1))));
                Matcher attribute = CSS_ATTRIBUTE.matcher(compound);
                while (attribute.find()) {
                    String name = attribute.group(1);
                    String operator = attribute.group(2);
                    String value = unescape(attribute.group(3));
                    if (name.equals("id") && operator.equals("=")) {
                        ids.add(value);
                    } else if (name.equals("id") && operator.equals("^=")) {
                        idPrefixes.add(value);
                    } else if (name.equals("name") && operator.equals("=")) {
                        names.add(value);
                    } else if (name.equals("class") && operator.equals("~=")) {
                        classes.add(value);
                    }
                }
            }
        }

        private void xpath(String expression) {
            String own = XPATH_CONTEXT.matcher(expression).replaceAll("");
            for (String branch : split(own, '|')) {
                String last = lastStep(branch.trim());
                Matcher test = XPATH_NODE_TEST.matcher(last);
                if (test.find()) {
                    tags.add(test.group(1).toLowerCase());
                }
            }
            each(XPATH_ID, own, ids::add);
            each(XPATH_ID_PREFIX, own, idPrefixes::add);
            XPATH_CLASS_TOKEN.matcher(own).results().forEach(m -> classes.add(m.group(1)));
            each(XPATH_CLASS_CONTAINS, own, value -> classes.add(value.trim()));
            each(XPATH_CLASS_EQUALS, own, value -> java.util.Arrays.stream(value.trim().split("\\s+")).filter(c -> !c.isEmpty())
                    .forEach(classes::add));
            each(XPATH_NAME, own, names::add);
            each(XPATH_TEXT, own, texts::add);
        }

        private static String unescape(String css) {
            return css.replaceAll("\\\\(.)", "$1");
        }

        /** The first non-null group of every match. */
        private static void each(Pattern pattern, String text, java.util.function.Consumer<String> to) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        to.accept(m.group(g));
                        break;
                    }
                }
            }
        }

        /** The part after the last descendant or child combinator of a CSS selector (outside brackets and quotes). */
        private static String lastCompound(String selector) {
            List<Integer> at = topLevel(selector, c -> Character.isWhitespace(c) || c == '>' || c == '+' || c == '~');
            return selector.substring(at.isEmpty() ? 0 : at.get(at.size() - 1) + 1).trim();
        }

        /** The last location step of an XPath branch (after its last '/' outside predicates and quotes). */
        private static String lastStep(String branch) {
            List<Integer> at = topLevel(branch, c -> c == '/');
            return branch.substring(at.isEmpty() ? 0 : at.get(at.size() - 1) + 1).trim();
        }

        /** Splits on a separator outside brackets, parentheses and quotes. */
        private static List<String> split(String text, char separator) {
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int at : topLevel(text, c -> c == separator)) {
                parts.add(text.substring(start, at));
                start = at + 1;
            }
            parts.add(text.substring(start));
            return parts;
        }

        /** Where the characters that {@code wanted} accepts stand outside brackets, parentheses and quotes. */
        private static List<Integer> topLevel(String text, java.util.function.IntPredicate wanted) {
            List<Integer> found = new ArrayList<>();
            int depth = 0;
            char quote = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++; // an escaped character is never a separator
                } else if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '[' || c == '(') {
                    depth++;
                } else if (c == ']' || c == ')') {
                    depth--;
                } else if (depth == 0 && wanted.test(c)) {
                    found.add(i);
                }
            }
            return found;
        }
    }
}
