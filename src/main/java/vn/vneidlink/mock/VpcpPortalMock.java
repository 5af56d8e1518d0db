package vn.vneidlink.mock;

import vn.vneidlink.data.Era;
import java.util.Map;

/**
 * The mock of {@code vpcp.dichvucong.gov.vn} in era {@link Era#TODAY}: the old national portal's public pages, kept
 * there since the portal was rebuilt (public evidence), read-only. Its "Đăng nhập" leads to today's portal.
 */
final class VpcpPortalMock {

    private final RouteTable routes = new RouteTable(PortalHosts.VPCP);

    VpcpPortalMock(MockContext ctx) {
        routes.get("/", ex -> Reply.redirect(ctx.url(PortalHosts.VPCP, NationalPortalMock.HOME)))
                .get(NationalPortalMock.HOME, ex -> page(ctx, "national/home", "Trang chủ - Cổng Dịch vụ công Quốc gia", null))
                .getMatching("/p/home/dvc-[a-z0-9-]+\\.html", ex -> page(ctx, "national/info", "Cổng Dịch vụ công Quốc gia", ex.path()))
                .get("/dang-nhap", ex -> Reply.redirect(ctx.url(PortalHosts.NATIONAL, "/")));
    }

    RouteTable routes() {
        return routes;
    }

    private static Reply page(MockContext ctx, String template, String title, String path) {
        Map<String, Object> model = ctx.model(title);
        model.put("paths", NationalPortalMock.Paths.GUIDE.model());
        model.put("loginButtonClass", NationalPortalMock.LOGIN_BUTTON_CLASS);
        model.put("heading", path == null ? "Trang chủ" : "Trang cũ của Cổng Dịch vụ công Quốc gia");
        model.put("tiles", java.util.List.of());
        return ctx.page(200, template, model);
    }
}
