package vn.vneidlink.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The routes of one portal host, in code: method and path → the method that answers. Each portal mock fills its
 * table in one place (its {@code routes()} method), so that from a URL a reader reaches the answering code in one
 * hop. {@link #registerOn} turns every route into a WireMock stub mapping of this host (WireMock's own API), answered
 * by {@link RouteDispatcher}; a request that no route matches stays unmatched and fails the scenario.
 *
 * <p>A route is named by its key: {@code "GET /p/home/dvc-trang-chu.html"}, or with a form field
 * {@code "POST /p/home/dvc-thong-tin-ca-nhan.html action=fetch"}, with a query parameter
 * {@code "GET /commonauth?idp=IDP BCA"}, or with a path pattern
 * {@code "GET ~/p/home/dvc-[a-z0-9-]+\.html"}. A seeded defect {@linkplain #replace replaces} the handler of one key;
 * the correct handler stays where it was written. A {@linkplain #frontedBy front} (a firewall) may answer every request
 * of the host while it is active, before any route.
 *
 * <p>Filled before the server starts and read-only afterwards; handlers run under the state lock of their
 * {@link MockPortals} (see {@link RouteDispatcher}).
 */
final class RouteTable {

    /** The code that answers one route. */
    @FunctionalInterface
    interface Handler {
        Reply handle(Exchange exchange);
    }

    /** One route: the handler, and what WireMock matches it on. */
    static final class Route {
        private final RouteTable table;
        private final String key;
        private final MappingBuilder mapping;
        private Handler handler;

        /** Whether the host's outage and delay apply (not to the {@linkplain #frontedBy front}, which stands before them). */
        private final boolean behindFront;

        private Route(RouteTable table, String key, MappingBuilder mapping, Handler handler, boolean behindFront) {
            this.table = table;
            this.key = key;
            this.mapping = mapping;
            this.handler = handler;
            this.behindFront = behindFront;
        }

        RouteTable table() {
            return table;
        }

        Handler handler() {
            return handler;
        }

        boolean behindFront() {
            return behindFront;
        }

        /** {@code "host METHOD path"}: the stub mapping's name, in WireMock's near-miss reports too. */
        String name() {
            return table.host + " " + key;
        }
    }

    /**
     * Stub priorities: an active front wins over everything (static files included), a form-field or query route over
     * the plain route of its path, which wins over a path pattern.
     */
    private static final int FRONT = 1;
    private static final int FORM_FIELD = 3;
    private static final int EXACT = 5;
    private static final int PATTERN = 10;

    private final String host;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private Supplier<Duration> delay = () -> Duration.ZERO;
    private Function<Exchange, Optional<Reply>> outage = exchange -> Optional.empty();
    private Route front;

    RouteTable(String host) {
        this.host = host;
    }

    String host() {
        return host;
    }

    RouteTable get(String path, Handler handler) {
        return add("GET " + path, request("GET", urlPathEqualTo(path)).atPriority(EXACT), handler);
    }

    RouteTable post(String path, Handler handler) {
        return add("POST " + path, request("POST", urlPathEqualTo(path)).atPriority(EXACT), handler);
    }

    /** A POST of a form whose field {@code name} is {@code value} (e.g. the button pressed); wins over {@link #post}. */
    RouteTable post(String path, String name, String value, Handler handler) {
        return add("POST " + path + " " + name + "=" + value,
                request("POST", urlPathEqualTo(path)).withFormParam(name, equalTo(value)).atPriority(FORM_FIELD), handler);
    }

    /** A GET whose query parameter {@code name} is {@code value} (e.g. the option chosen); wins over {@link #get}. */
    RouteTable get(String path, String name, String value, Handler handler) {
        return add("GET " + path + "?" + name + "=" + value,
                request("GET", urlPathEqualTo(path)).withQueryParam(name, equalTo(value)).atPriority(FORM_FIELD), handler);
    }

    /** A GET of any path matching the regular expression; loses to every exact route. */
    RouteTable getMatching(String pathRegex, Handler handler) {
        return add("GET ~" + pathRegex, request("GET", urlPathMatching(pathRegex)).atPriority(PATTERN), handler);
    }

    /**
     * Replaces the handler of one route (a seeded defect); {@code how} receives the correct handler, to call or to
     * ignore.
     *
     * @throws IllegalArgumentException if this table has no such route
     */
    void replace(String key, UnaryOperator<Handler> how) {
        Route route = routes.get(key);
        if (route == null) {
            throw new IllegalArgumentException("No route \"" + key + "\" at " + host + " (routes: " + routes.keySet() + ")");
        }
        route.handler = how.apply(route.handler);
    }

    /** How long every reply of this host is held back (a WireMock fixed delay, applied outside the state lock). */
    RouteTable delayedBy(Supplier<Duration> delay) {
        this.delay = delay;
        return this;
    }

    /** The reply of a host that is down, asked before every route of this host (none by default). */
    RouteTable outage(Function<Exchange, Optional<Reply>> outage) {
        this.outage = outage;
        return this;
    }

    /**
     * While {@code active} holds, {@code handler} answers every request of this host, whatever its method and path
     * (routes, static files, paths no route knows): something in front of the portal, such as a web-application
     * firewall. Neither the outage nor the delay applies to it; when inactive it matches nothing.
     */
    RouteTable frontedBy(BooleanSupplier active, Handler handler) {
        MappingBuilder mapping = request("ANY", anyUrl()).andMatching(r -> MatchResult.of(active.getAsBoolean())).atPriority(FRONT);
        this.front = new Route(this, "ANY * (front)", mapping, handler, false);
        return this;
    }

    Supplier<Duration> delay() {
        return delay;
    }

    Function<Exchange, Optional<Reply>> outage() {
        return outage;
    }

    /** Registers every route as a stub mapping of this host, answered through {@code dispatcher}. */
    void registerOn(WireMockServer server, RouteDispatcher dispatcher) {
        List<Route> all = new ArrayList<>(routes.values());
        if (front != null) {
            all.add(front);
        }
        for (Route route : all) {
            server.stubFor(route.mapping
                    .withHost(equalTo(host))
                    .withName(route.name())
                    .willReturn(aResponse().withTransformers(RouteDispatcher.NAME)
                            .withTransformerParameter(RouteDispatcher.ROUTE, dispatcher.add(route))));
        }
    }

    private RouteTable add(String key, MappingBuilder mapping, Handler handler) {
        if (routes.putIfAbsent(key, new Route(this, key, mapping, handler, true)) != null) {
            throw new IllegalArgumentException("Route \"" + key + "\" at " + host + " is defined twice");
        }
        return this;
    }
}
