package vn.vneidlink.mock;

/**
 * A regression a real portal release could ship, switched on per {@link MockPortals} instance through
 * {@link MockOptions#withDefects}. The project's own tests switch one on and check that the suite fails at
 * the right step.
 *
 * <p>To add a defect: add a constant here (host + effect, for reports) and test for it with
 * {@code ctx.defect(PortalDefect.X)} in the one handler it concerns. Nothing else has to change.
 */
public enum PortalDefect {

    /** "Cập nhật CSDL Quốc gia về Dân cư" re-renders the page unchanged: no population data, no checks, no save. */
    SYNC_BUTTON_NOOP(PortalHosts.NATIONAL,
            "\"Cập nhật CSDL Quốc gia về Dân cư\" re-renders the page unchanged: no population data, no green checks, no save button"),

    /** "Đăng xuất" shows the logged-out header but the server session stays alive. */
    LOGOUT_KEEPS_SESSION(PortalHosts.NATIONAL,
            "\"Đăng xuất\" shows the logged-out header but the server session stays alive: the personal page still opens"),

    /** The national SSO's VNeID callback always opens a separate VNeID account, even for a synced one. */
    VNEID_LOGIN_DOES_NOT_LINK(PortalHosts.NATIONAL_SSO,
            "the VNeID callback always opens a separate account, even for a synced one");

    private final String host;
    private final String effect;

    PortalDefect(String host, String effect) {
        this.host = host;
        this.effect = effect;
    }

    /** The host whose behaviour the defect changes. */
    public String host() {
        return host;
    }

    /** What the defect does, in one line (for reports and test names). */
    public String effect() {
        return effect;
    }
}
