package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vneidlink.mock.TestBrowser.Response;

/** A route table in code: what matches, what wins, what a defect replaces, what a broken handler answers. */
class RouteTableTest {

    private static final String HOST = "dichvucong.example.gov.vn";
    private WireMockServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private TestBrowser serve(RouteTable table) {
        PortalState state = new PortalState(List.of(), Clock.systemUTC(), LocalDate.of(2024, 6, 15));
        RouteDispatcher dispatcher = new RouteDispatcher(state);
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(dispatcher).notifier(new ConsoleNotifier(false)));
        table.registerOn(server, dispatcher);
        server.start();
        return new TestBrowser(server.port());
    }

    private static RouteTable.Handler text(String body) {
        return ex -> Reply.html(200, body);
    }

    @Test
    void exactRoutesWinOverPatternsAndFormFieldsOverThePlainPost() {
        RouteTable table = new RouteTable(HOST)
                .get("/p/a.html", text("exact"))
                .getMatching("/p/[a-z]+\\.html", ex -> Reply.html(200, "pattern " + ex.path()))
                .post("/p/a.html", text("plain post"))
                .post("/p/a.html", "action", "fetch", text("fetch"));
        TestBrowser browser = serve(table);
        String base = "http://" + HOST;
        assertThat(browser.get(base + "/p/a.html").body()).isEqualTo("exact");
        assertThat(browser.get(base + "/p/b.html").body()).isEqualTo("pattern /p/b.html");
        assertThat(browser.post(base + "/p/a.html", "action", "fetch").body()).isEqualTo("fetch");
        assertThat(browser.post(base + "/p/a.html", "action", "save").body()).isEqualTo("plain post");
        assertThat(browser.get(base + "/khong-co").status()).isEqualTo(404);
        assertThat(browser.get("http://other.gov.vn/p/a.html").status()).isEqualTo(404);
        assertThat(server.findAllUnmatchedRequests()).hasSize(2);
    }

    @Test
    void aReplacedHandlerAnswersAndMayCallTheCorrectOne() {
        RouteTable table = new RouteTable(HOST).get("/", text("correct")).get("/x", text("x"));
        table.replace("GET /", correct -> ex -> correct.handle(ex).cacheControl("private, max-age=600"));
        table.replace("GET /x", correct -> text("broken"));
        TestBrowser browser = serve(table);
        Response root = browser.get("http://" + HOST + "/");
        assertThat(root.body()).isEqualTo("correct");
        assertThat(root.header("Cache-Control")).contains("private, max-age=600");
        assertThat(browser.get("http://" + HOST + "/x").body()).isEqualTo("broken");
    }

    @Test
    void replacingOrDefiningARouteWrongIsAClearError() {
        RouteTable table = new RouteTable(HOST).get("/", text("a"));
        assertThatThrownBy(() -> table.replace("GET /khong-co", correct -> correct))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No route \"GET /khong-co\" at " + HOST).hasMessageContaining("[GET /]");
        assertThatThrownBy(() -> table.get("/", text("b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defined twice");
    }

    @Test
    void aHandlerThatThrowsAnswers500NamingTheRoute() {
        RouteTable table = new RouteTable(HOST).get("/hong", ex -> {
            throw new IllegalStateException("no such citizen");
        });
        Response response = serve(table).get("http://" + HOST + "/hong");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).contains("Lỗi máy chủ (mock handler failed)",
                "Route &quot;" + HOST + " GET /hong&quot;: java.lang.IllegalStateException: no such citizen");
    }

    @Test
    void anOutageAnswersEveryRouteOfTheHost() {
        RouteTable table = new RouteTable(HOST).get("/", text("up"))
                .outage(ex -> Optional.of(Reply.html(503, "down")));
        Response response = serve(table).get("http://" + HOST + "/");
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("down");
    }

    @Test
    void aReplyMayBeHeldBackOnItsOwnWhileTheOtherRoutesAnswerAtOnce() {
        Duration held = Duration.ofMillis(600);
        RouteTable table = new RouteTable(HOST).get("/slow", ex -> Reply.html(200, "slow").delayedBy(held)).get("/fast", text("fast"));
        TestBrowser browser = serve(table);
        long started = System.nanoTime();
        assertThat(browser.get("http://" + HOST + "/slow").body()).isEqualTo("slow");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(held);
        started = System.nanoTime();
        assertThat(browser.get("http://" + HOST + "/fast").body()).isEqualTo("fast");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(held);
    }

    @Test
    void anActiveFrontAnswersEveryRequestOfTheHost() {
        AtomicBoolean active = new AtomicBoolean(true);
        RouteTable table = new RouteTable(HOST).get("/", text("portal"))
                .frontedBy(active::get, ex -> Reply.html(200, "rejected " + ex.method() + " " + ex.path()));
        TestBrowser browser = serve(table);
        assertThat(browser.get("http://" + HOST + "/").body()).isEqualTo("rejected GET /");
        assertThat(browser.get("http://" + HOST + "/khong-co").body()).isEqualTo("rejected GET /khong-co");
        assertThat(browser.post("http://" + HOST + "/", "a", "b").body()).isEqualTo("rejected POST /");
        active.set(false);
        assertThat(browser.get("http://" + HOST + "/").body()).isEqualTo("portal");
        assertThat(server.findAllUnmatchedRequests()).isEmpty();
    }
}
