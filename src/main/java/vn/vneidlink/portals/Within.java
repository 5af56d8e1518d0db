package vn.vneidlink.portals;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The elements of {@code inner} inside those of {@code outer} (e.g. one entry of the user menu), as Selenium's
 * {@code ByChained} finds them, and in a form {@link PageCondition} can hand to the page.
 */
public final class Within extends By {

    private final By outer;
    private final By inner;

    public Within(By outer, By inner) {
        this.outer = outer;
        this.inner = inner;
    }

    By outer() {
        return outer;
    }

    By inner() {
        return inner;
    }

    @Override
    public List<WebElement> findElements(SearchContext context) {
        return outer.findElements(context).stream().flatMap(element -> element.findElements(inner).stream()).toList();
    }

    @Override
    public String toString() {
        return inner + " trong " + outer;
    }
}
