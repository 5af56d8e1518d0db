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

    private final PortalState state;
    private final List<RouteTable.Route> routes = new ArrayList<>();

    RouteDispatcher(PortalState state) {
        this.state = state;
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
                return state.locked(() -> route.handler().handle(exchange)).toDefinition();
            }
            Reply reply = state.locked(() -> table.outage().apply(exchange).orElseGet(() -> route.handler().handle(exchange)));
            return reply.toDefinition(table.delay().get());
        } catch (PageRenderer.RenderException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage() + " for " + exchange.describe(), e);
            return ErrorPages.internal("Lỗi hiển thị trang (template error)", e.getMessage()).toDefinition();
        } catch (RuntimeException e) {
            String message = "Route \"" + route.name() + "\": " + e.getClass().getName() + ": " + e.getMessage();
            LOG.log(System.Logger.Level.ERROR, message + " for " + exchange.describe(), e);
            return ErrorPages.internal("Lỗi máy chủ (mock handler failed)", message).toDefinition();
        }
    }
}
