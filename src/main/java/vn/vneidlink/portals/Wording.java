package vn.vneidlink.portals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A label as the portals word it: the one the guide names, and the other wordings that guides or later eras of the
 * real portals show for the same thing (public evidence, {@code shared/REAL-PORTALS.md}). A page shows one wording at a
 * time; any wording not listed here is a defect (e.g. a button renamed), never accepted by a looser match.
 *
 * @param accepted the wordings, the guide's first; compared whole, white space folded
 */
public record Wording(List<String> accepted) {

    public Wording {
        accepted = List.copyOf(accepted);
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("a wording needs at least one text");
        }
    }

    public static Wording of(String guides, String... others) {
        String[] all = new String[others.length + 1];
        all[0] = guides;
        System.arraycopy(others, 0, all, 1, others.length);
        return new Wording(Arrays.asList(all));
    }

    /** The guide's wording. */
    public String guides() {
        return accepted.get(0);
    }

    /** Whether a text on screen is one of the accepted wordings, whole. */
    public boolean matches(String text) {
        String folded = fold(text);
        return accepted.stream().anyMatch(a -> fold(a).equals(folded));
    }

    /** Whether this wording names the label a scenario gives (one of its wordings). */
    public boolean names(String scenarioLabel) {
        return matches(scenarioLabel);
    }

    /** An XPath condition on the element's text, e.g. {@code normalize-space()='A' or normalize-space()='B'}. */
    public String xpathTextCondition() {
        return accepted.stream().map(a -> "normalize-space()=" + literal(a)).collect(Collectors.joining(" or "));
    }

    /** «A» (or «B») for messages. */
    public String describe() {
        return accepted.stream().map(a -> "«" + a + "»").collect(Collectors.joining(" hoặc "));
    }

    private static String fold(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    private static String literal(String text) {
        return text.contains("'") ? "concat('" + text.replace("'", "',\"'\",'") + "')" : "'" + text + "'";
    }
}
