package vn.vneidlink.portals;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.vneidlink.browser.Browser;

/**
 * Base of every page object: explicit waits only, and failure messages that say which page was
 * expected and what the browser actually shows. Page objects never assert; the one exception is
 * the load check of the constructor.
 */
public abstract class PortalPage {

    private static final By HEADINGS = By.cssSelector("h1, h2");
    private static final By ALERTS = By.cssSelector(".alert, #error-message, .ant-alert");
    /** How often a wait looks again: a wait costs at most this much more than the page itself. */
    private static final long POLL_MILLIS = 50;
    private static final Duration POLL = Duration.ofMillis(POLL_MILLIS);
    /** The longest one script waits inside the page before it answers "not yet" (ChromeDriver's script timeout is 30 s). */
    private static final long IN_PAGE_MILLIS = 5_000;

    protected final Browser browser;
    protected final WebDriver driver;
    private final String pageName;

    /**
     * @param pageName the page's name as a citizen would say it, used in failure messages
     * @param loaded   the condition that proves this page is the one on screen
     */
    protected PortalPage(Browser browser, String pageName, ExpectedCondition<?> loaded) {
        this.browser = browser;
        this.driver = browser.driver();
        this.pageName = pageName;
        waitUntil(loaded, "trang «" + pageName + "» hiện ra");
    }

    public String pageName() {
        return pageName;
    }

    /** Host of the page on screen, e.g. {@code dichvucong.gov.vn}. */
    public String currentHost() {
        return URI.create(driver.getCurrentUrl()).getHost();
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition, String expectation) {
        return waitUntil(condition, expectation, browser.waitTimeout());
    }

    /**
     * Waits until the condition holds: inside the page for a {@link PageCondition} (one script call that returns as soon
     * as it holds, again after each new document), else polled from the JVM every {@value #POLL_MILLIS} ms.
     */
    protected <T> T waitUntil(ExpectedCondition<T> condition, String expectation, Duration timeout) {
        return waitUntil(condition, expectation, timeout, false);
    }

    /**
     * As {@link #waitUntil(ExpectedCondition, String, Duration)}; {@code elementWanted}: the caller uses the element the
     * condition finds (to type into it, to read its text), which only WebDriver's script calls give as a
     * {@link WebElement}. Other in-page waits go over the scenario's DevTools page session when it has one (a few
     * milliseconds less each than through ChromeDriver), with the element's place in the answer empty.
     */
    @SuppressWarnings("unchecked")
    private <T> T waitUntil(ExpectedCondition<T> condition, String expectation, Duration timeout, boolean elementWanted) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.withMessage(() -> browser.redact("Chờ " + timeout.toSeconds() + " giây mà không thấy " + expectation + ". " + describeScreen(driver)));
        if (condition instanceof PageCondition inPage) {
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean direct = !elementWanted && browser.hasPageSession();
            return (T) wait.until(d -> inPage(inPage, deadline, direct));
        }
        return wait.until(condition);
    }

    /**
     * One wait inside the page, at most {@value #IN_PAGE_MILLIS} ms or until the deadline: the element (or where to
     * click it) or true when the condition holds, null when not yet. A new document ends the script: then it starts
     * again on the new one, at most three times before the JVM's next poll. Through ChromeDriver, the script starts
     * after the document loaded (ChromeDriver waits for it); on the page session ({@code direct}), as soon as there is
     * a document: a condition that needs the page loaded says so ({@link PageCondition#loaded}).
     */
    private Object inPage(PageCondition condition, long deadline, boolean direct) {
        String json = condition.json();
        for (int attempt = 0; attempt < 3; attempt++) {
            long budget = Math.min(IN_PAGE_MILLIS, Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
            Object value;
            try {
                value = direct ? browser.awaitInPage(PageCondition.WAIT, json, budget)
                        : ((JavascriptExecutor) driver).executeAsyncScript(PageCondition.WAIT, json, budget);
            } catch (WebDriverException betweenDocuments) {
                continue;
            }
            if (value instanceof String error && error.startsWith("error: ")) {
                throw new IllegalStateException("Điều kiện chờ không dùng được trong trang " + json + ": " + error);
            }
            return value;
        }
        return null;
    }

    protected WebElement visible(By locator, String what) {
        return (WebElement) waitUntil(PageCondition.shown(locator), what + " trên trang «" + pageName + "»", browser.waitTimeout(), true);
    }

    protected void click(By locator, String what) {
        click(PageCondition.clickable(locator), what);
    }

    /**
     * Waits, inside the page, until the element can be clicked where a user would click it (see
     * {@link PageCondition#clickable}), then clicks there: the mouse moved, pressed and released at that point, as
     * WebDriver's element click does, but without its round trips ({@link Browser#click}). A timeout says why the element
     * could not be clicked: not there, covered (by what), moving.
     */
    private void click(PageCondition clickable, String what) {
        Map<?, ?> target;
        try {
            // the element itself only for WebDriver's click, where the driver offers no DevTools
            target = (Map<?, ?>) waitUntil(clickable, "nút/liên kết «" + what + "» bấm được trên trang «" + pageName + "»",
                    browser.waitTimeout(), !browser.hasPageSession());
        } catch (TimeoutException notClickable) {
            throw new TimeoutException(notClickable.getMessage() + whyNotClickable(), notClickable);
        }
        try {
            WebElement element = target.get("element") instanceof WebElement found ? found : null;
            browser.click(element, ((Number) target.get("x")).doubleValue(), ((Number) target.get("y")).doubleValue());
        } catch (TimeoutException pageLoad) {
            throw new AssertionError("Sau khi bấm «" + what + "» trên trang «" + pageName + "», trang tiếp theo không tải xong trong "
                    + browser.waitTimeout().toSeconds() + " giây: cổng trả lời quá chậm.", pageLoad);
        }
    }

    /** The reason the page gave at its last look for a click target (" Lý do: ..."), or nothing. */
    private String whyNotClickable() {
        try {
            Object why = ((JavascriptExecutor) driver).executeScript(PageCondition.NOT_CLICKABLE);
            return why == null ? "" : browser.redact(" Lý do: phần tử " + why + ".");
        } catch (WebDriverException unreadable) {
            return "";
        }
    }

    /** Types into an empty field: what was in it is cleared first (one command less when there is nothing to clear). */
    protected void type(By locator, String what, String text) {
        if (browser.hasPageSession() && Browser.typable(text)) {
            // the field focused by the wait, the keys sent on the page session: when the field is empty (nothing to clear)
            Map<?, ?> field = (Map<?, ?>) waitUntil(PageCondition.fillableFocused(locator), "ô «" + what + "» trên trang «" + pageName + "»");
            if (Boolean.TRUE.equals(field.get("empty")) && Boolean.TRUE.equals(field.get("focused"))) {
                browser.typeInPage(text);
                return;
            }
        }
        Map<?, ?> found = (Map<?, ?>) waitUntil(PageCondition.fillable(locator), "ô «" + what + "» trên trang «" + pageName + "»",
                browser.waitTimeout(), true);
        WebElement field = (WebElement) found.get("field");
        if (!Boolean.TRUE.equals(found.get("empty"))) {
            field.clear();
        }
        field.sendKeys(text);
    }

    protected String textOf(By locator, String what) {
        return visible(locator, what).getText().trim();
    }

    /** Brings the element into view, so that the screenshot after the step shows what was checked. */
    protected void scrollIntoView(By locator) {
        PageCondition.scrollIntoView(driver, locator);
    }

    protected boolean isDisplayed(By locator) {
        return PageCondition.shown(locator).apply(driver) != null;
    }

    protected List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(e -> e.getText().trim()).collect(Collectors.toList());
    }

    /**
     * Clicks and waits until the browser shows a new, fully loaded document (a form post or a
     * link). The old document is marked before the click, by the same script that finds the element clickable; the
     * wait ends when the document on screen has no mark and has loaded. Errors while the browser is between documents
     * mean "not yet", never failure.
     */
    protected void clickAndWaitForNewPage(By locator, String what) {
        click(PageCondition.clickableMarkingThePage(locator), what);
        waitUntil(PageCondition.and(PageCondition.not(PageCondition.marked()), PageCondition.loaded()), "trang mới sau khi bấm «" + what + "»");
    }

    /** What the browser shows, masked for reports: for the failure messages of steps. */
    public static String describeScreen(Browser browser) {
        return browser.redact(describeScreen(browser.driver()));
    }

    /** One line saying what the browser shows: URL, title, headings and any alert. For failure messages. */
    private static String describeScreen(WebDriver driver) {
        try {
            String url = driver.getCurrentUrl();
            StringBuilder text = new StringBuilder("Trình duyệt đang ở ").append(url);
            if (url.startsWith("http://")) {
                text.append(" (trang mở qua http://, không mã hoá, thay vì ").append(SCHEME).append("://)");
            }
            text.append(" (tiêu đề «").append(driver.getTitle()).append("»");
            List<String> headings = driver.findElements(HEADINGS).stream()
                    .filter(WebElement::isDisplayed).map(e -> e.getText().trim()).filter(s -> !s.isEmpty())
                    .limit(3).collect(Collectors.toList());
            if (!headings.isEmpty()) {
                text.append(", đề mục «").append(String.join(" | ", headings)).append("»");
            }
            List<String> alerts = driver.findElements(ALERTS).stream()
                    .filter(WebElement::isDisplayed).map(e -> e.getText().trim()).filter(s -> !s.isEmpty())
                    .collect(Collectors.toList());
            if (!alerts.isEmpty()) {
                text.append(", thông báo «").append(String.join(" | ", alerts)).append("»");
            }
            if (headings.isEmpty() && alerts.isEmpty()) {
                Object body = ((JavascriptExecutor) driver).executeScript(
                        "return document.body ? document.body.innerText.substring(0, 200) : ''");
                text.append(", nội dung «").append(String.valueOf(body).replaceAll("\\s+", " ").trim()).append("»");
            }
            return text.append(").").toString();
        } catch (RuntimeException e) {
            return "Không đọc được trang hiện tại: " + e.getMessage();
        }
    }

    /**
     * The scheme of every page of a portal: a public-service portal that shows a page over plain {@code http://} is
     * wrong even if the page loads (anyone on the network can read and change it).
     */
    public static final String SCHEME = "https";

    /** The page's URL is {@code https://} on this host with this path (query ignored). */
    protected static PageCondition at(String host, String path) {
        return PageCondition.at(SCHEME, host, path);
    }

    /** The page's URL is {@code https://} on this host. */
    protected static PageCondition onHost(String host) {
        return PageCondition.onHost(SCHEME, host);
    }

    protected static PageCondition atWith(String host, String path, By marker) {
        return PageCondition.and(at(host, path), PageCondition.shown(marker));
    }
}
