package vn.vneidlink.mock;

import java.util.Map;

/**
 * The F5-style "Request Rejected" page of a web-application firewall in front of a portal: the VNeID SSO's
 * ({@link MockControls#setVneidFirewallRejects}, {@link PortalDefect#VNEID_FIREWALL_REJECTS_BROWSER}) or a provincial
 * system's (readiness defect {@link ReadinessDefect#FIREWALL_REJECTS}). One template,
 * {@code templates/vneid/firewall-rejected.html}, so the markers the suite recognises it by
 * ({@code portals.vneid.VneidFirewall}: title "Request Rejected", "The requested URL was rejected", "support ID is:")
 * are the same wherever it shows.
 */
final class FirewallPage {

    static final String TEMPLATE = "vneid/firewall-rejected";

    private FirewallPage() {}

    /** 200, the page with a fresh 19-digit support ID. */
    static Reply rejected(MockContext ctx) {
        return ctx.page(200, TEMPLATE, Map.of("supportId", ctx.state.randomDigits(19)));
    }
}
