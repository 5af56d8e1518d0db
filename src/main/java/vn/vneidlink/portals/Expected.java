package vn.vneidlink.portals;

import java.util.Optional;
import org.openqa.selenium.By;

/**
 * One thing a page object expects on its page for a visitor without an account: a locator it uses (the page object's
 * own constant, never a copy) or a label it checks by {@link Wording}. The drift check ({@code vn.vneidlink.drift})
 * reads these lists from the page objects and reports each one found, not found or found more than once, so that a
 * locator changed in a page object is checked by the drift check at once.
 *
 * @param name            what it is, in the reader's words ("nút «Đăng nhập»")
 * @param locator         how the page object finds it
 * @param many            a list (one or more is right), not one element (more than one is reported)
 * @param wording         for a label: the wordings the page object accepts; the locator then finds them as whole texts
 * @param optionalBecause empty when the suite needs it; otherwise why it may be absent (e.g. only before the cutover)
 * @param source          where it is written, for the one-line fix: {@code SiteHeader.LOGIN_BUTTON}, or a platform
 *                        profile's field; empty if not said
 */
public record Expected(String name, By locator, boolean many, Optional<Wording> wording, Optional<String> optionalBecause, String source) {

    /** One element: none is missing, more than one is reported. */
    public static Expected one(String name, By locator) {
        return new Expected(name, locator, false, Optional.empty(), Optional.empty(), "");
    }

    /** A list of elements: one or more. */
    public static Expected some(String name, By locator) {
        return new Expected(name, locator, true, Optional.empty(), Optional.empty(), "");
    }

    /** A label: some element whose whole text (white space folded) is one of the wordings. */
    public static Expected label(String name, Wording wording) {
        String text = wording.xpathTextCondition();
        // the innermost elements with that whole text: "Đăng nhập" in <a><span>Đăng nhập</span></a> counts once
        By locator = By.xpath("//body//*[" + text + "][not(*[" + text + "])]");
        return new Expected(name, locator, true, Optional.of(wording), Optional.empty(), "");
    }

    /** The same, not needed by the suite on this page, for this reason (it is reported, never a failure). */
    public Expected optional(String because) {
        return new Expected(name, locator, many, wording, Optional.of(because), source);
    }

    /** The same, written at {@code source} (a platform profile's field, say). */
    public Expected from(String source) {
        return new Expected(name, locator, many, wording, optionalBecause, source);
    }

    /**
     * The same, written in {@code owner}: the name of its constant there ({@code SiteHeader.LOGIN_BUTTON}), found by its
     * value among the class's static fields, so that the report names the line to change without a copy of the name.
     */
    public Expected from(Class<?> owner) {
        Object value = wording.<Object>map(w -> w).orElse(locator);
        for (java.lang.reflect.Field field : owner.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                field.setAccessible(true);
                Object constant = field.get(null);
                boolean same = value.equals(constant)
                        || (wording.isPresent() && wording.get().accepted().size() == 1 && wording.get().guides().equals(constant));
                if (same) {
                    return from(owner.getSimpleName() + "." + field.getName());
                }
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                // not a constant of this class
            }
        }
        return from(owner.getSimpleName());
    }

    /** Its name in a report, with where it is written: "nút «Đăng nhập» (SiteHeader.LOGIN_BUTTON)". */
    public String describeName() {
        return source.isEmpty() ? name : name + " (" + source + ")";
    }

    /** Needed when {@code required}, else {@link #optional} for this reason. */
    public Expected requiredIf(boolean required, String because) {
        return required ? this : optional(because);
    }

    public boolean required() {
        return optionalBecause.isEmpty();
    }

    /** The locator as a reader looks for it: the page object's {@code By}, or the label's accepted wordings. */
    public String describeLocator() {
        return wording.map(w -> "nhãn " + w.describe()).orElse(locator.toString());
    }
}
