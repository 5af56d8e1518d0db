package vn.vneidlink.mock;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The WireMock response-definition transformer {@value #NAME}: every dynamic route's mapping names it and
 * gives {@code transformerParameters.action} (e.g. {@code national.home}); the part before the dot picks
 * the portal's handler. One instance per {@link MockPortals}.
 */
final class PortalTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "vneid-portal";
    private static final System.Logger LOG = System.getLogger(PortalTransformer.class.getName());

    private final PortalState state;
    private final Map<String, PortalHandler> handlers = new LinkedHashMap<>();

    PortalTransformer(PortalState state, List<PortalHandler> handlers) {
        this.state = state;
        handlers.forEach(h -> this.handlers.put(h.prefix(), h));
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
        String action = parameters == null ? null : parameters.getString("action", null);
        Exchange exchange = new Exchange(serveEvent.getRequest(), action);
        try {
            PortalHandler handler = handlerFor(action);
            if (handler == null || !handler.actions().contains(action)) {
                String message = "Unknown action \"" + action + "\" in mapping " + mappingName(serveEvent)
                        + " (transformerParameters.action must be one of " + knownActions() + ")";
                LOG.log(System.Logger.Level.ERROR, message + " for " + exchange.describe());
                return ErrorPages.internal("Cấu hình mock không hợp lệ (mock misconfigured)", message).toDefinition();
            }
            Reply reply = state.locked(() -> handler.outage(exchange).orElseGet(() -> handler.handle(exchange)));
            return reply.toDefinition(handler.responseDelay());
        } catch (PageRenderer.RenderException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage() + " for " + exchange.describe(), e);
            return ErrorPages.internal("Lỗi hiển thị trang (template error)", e.getMessage()).toDefinition();
        } catch (RuntimeException e) {
            String message = e.getClass().getName() + ": " + e.getMessage();
            LOG.log(System.Logger.Level.ERROR, "Action " + action + " failed for " + exchange.describe() + ": " + message, e);
            return ErrorPages.internal("Lỗi máy chủ (mock handler failed)", "Action " + action + ": " + message).toDefinition();
        }
    }

    private PortalHandler handlerFor(String action) {
        if (action == null) {
            return null;
        }
        int dot = action.indexOf('.');
        return dot < 0 ? null : handlers.get(action.substring(0, dot));
    }

    private String knownActions() {
        TreeSet<String> all = new TreeSet<>();
        handlers.values().forEach(h -> all.addAll(h.actions()));
        return all.toString();
    }

    private static String mappingName(ServeEvent event) {
        StubMapping stub = event.getStubMapping();
        if (stub == null) {
            return "(none)";
        }
        return stub.getName() != null ? "\"" + stub.getName() + "\"" : stub.getId().toString();
    }
}
