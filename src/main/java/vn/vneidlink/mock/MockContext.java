package vn.vneidlink.mock;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vneidlink.data.JsonFiles;

/** What every handler of one {@link MockPortals} instance shares. */
final class MockContext {

    final MockOptions options;
    final MockControls controls;
    final PortalState state;
    final PageRenderer renderer;
    final List<ProvinceConfig> provinces;
    final Path filesDir;

    MockContext(MockOptions options, MockControls controls, PortalState state, PageRenderer renderer,
            List<ProvinceConfig> provinces, Path filesDir) {
        this.options = options;
        this.controls = controls;
        this.state = state;
        this.renderer = renderer;
        this.provinces = provinces;
        this.filesDir = filesDir;
    }

    /** scheme://host + path (the browser reaches every host on its default port). */
    String url(String host, String path) {
        return options.scheme() + "://" + host + path;
    }

    Optional<ProvinceConfig> provinceByHost(String host) {
        return provinces.stream().filter(p -> p.host().equals(host)).findFirst();
    }

    /** A model with what every page needs: title, today's business date. */
    Map<String, Object> model(String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("today", Formats.today(controls.portalDate()));
        return model;
    }

    /** The portal date has reached the cutover date (VNconnect accounts no longer sign in). */
    boolean afterCutover() {
        return controls.afterCutover();
    }

    Reply page(int status, String template, Map<String, ?> model) {
        return Reply.html(status, renderer.render(template, model));
    }

    String cookie(String name, String value) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" + (secure() ? "; Secure" : "");
    }

    String expiredCookie(String name) {
        return name + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax"
                + (secure() ? "; Secure" : "");
    }

    private boolean secure() {
        return "https".equals(options.scheme());
    }

    String toJson(Object value) {
        return JsonFiles.write(value);
    }
}
