package vn.vneidlink.mock;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The WireMock response-definition transformer {@value #NAME}: answers a stub mapping of a {@link RouteTable} with
 * the route's handler, under the state lock of its {@link MockPortals} (one instance per server). A handler that
 * throws, or a template that fails, answers a plain 500 page that says what broke.
 */
final class RouteDispatcher implements ResponseDefinitionTransformerV2 {

    static final String NAME = "vneid-route";
    /** The transformer parameter naming the route: its index in this dispatcher. */
    static final String ROUTE = "route";
    private static final System.Logger LOG = System.getLogger(RouteDispatcher.class.getName());

    /**
     * What every answer over HTTPS carries, as the real portals' should: browsers that saw it once ask these hosts only
     * over HTTPS from then on, turning any {@code http://} link or redirect into {@code https://} themselves (the log
     * still shows the {@code http://} hop, which the suite reports).
     */
    static final String HSTS = "max-age=31536000";

    private final PortalState state;
    private final boolean https;
    private final List<RouteTable.Route> routes = new ArrayList<>();

    RouteDispatcher(PortalState state) {
        this(state, false);
    }

    /** @param https whether the mocks serve HTTPS: then every answer carries {@code Strict-Transport-Security} */
    RouteDispatcher(PortalState state, boolean https) {
        this.state = state;
        this.https = https;
    }

    /** Adds a route; returns the parameter value its stub mapping carries. */
    int add(RouteTable.Route route) {
        routes.add(route);
        return routes.size() - 1;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Parameters parameters = serveEvent.getTransformerParameters();
        RouteTable.Route route = routes.get(parameters.getInt(ROUTE));
        Exchange exchange = new Exchange(serveEvent.getRequest());
        try {
            RouteTable table = route.table();
            if (!route.behindFront()) {
                return secured(state.locked(() -> route.handler().handle(exchange))).toDefinition();
            }
            Reply reply = state.locked(() -> table.outage().apply(exchange).orElseGet(() -> route.handler().handle(exchange)));
            return secured(reply).toDefinition(table.delay().get());
        } catch (PageRenderer.RenderException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage() + " for " + exchange.describe(), e);
            return secured(ErrorPages.internal("Lỗi hiển thị trang (template error)", e.getMessage())).toDefinition();
        } catch (RuntimeException e) {
            String message = "Route \"" + route.name() + "\": " + e.getClass().getName() + ": " + e.getMessage();
            LOG.log(System.Logger.Level.ERROR, message + " for " + exchange.describe(), e);
            return secured(ErrorPages.internal("Lỗi máy chủ (mock handler failed)", message)).toDefinition();
        }
    }

    private Reply secured(Reply reply) {
        return https ? reply.header("Strict-Transport-Security", HSTS) : reply;
    }
}
