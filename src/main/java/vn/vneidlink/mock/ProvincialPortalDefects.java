package vn.vneidlink.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.Account;

/**
 * The defects of a provincial system: the seeded {@link PortalDefect} (every province) and the readiness defects of
 * {@code portals.json} (one province each, {@link ReadinessDefect}) that change its routes. Each replaces one rule or
 * route of {@link ProvincialPortalMock}, which itself holds only the correct behaviour, whatever its platform.
 */
final class ProvincialPortalDefects {

    /** The refusal of the local login form of {@link ReadinessDefect#BYPASSES_NATIONAL_SSO}. */
    static final String LOCAL_LOGIN_REFUSED = "Tên đăng nhập hoặc mật khẩu không chính xác";
    /** How long the home page of {@link ReadinessDefect#SLOW_HOME} takes. */
    static final Duration SLOW_HOME_DELAY = Duration.ofMillis(7000);

    private ProvincialPortalDefects() {}

    /**
     * {@link PortalDefect#PROVINCE_IGNORES_LINK}: a VNeID login of a linked account opens the session of the citizen's
     * separate VNeID account instead (opened if need be), whichever login of the system it came through.
     */
    static void ignoresLink(ProvincialPortalMock portal) {
        PortalState state = portal.state();
        for (RelyingParty login : portal.relyingParties()) {
            UnaryOperator<Subject> correct = login.subjectOfSession;
            login.subjectOfSession = given -> {
                Subject subject = correct.apply(given);
                if (subject.method() != LoginMethod.VNEID || subject.kind() != Subject.Kind.VNCONNECT_ACCOUNT) {
                    return subject;
                }
                Account a = state.accountNamed(subject.key()).orElseThrow();
                String cccd = a.linkedVneid() != null ? a.linkedVneid() : a.cccd();
                Citizen citizen = state.citizen(cccd).orElseThrow();
                state.openSeparateVneidAccount(citizen);
                return Subject.separateVneid(cccd, subject.vneidLevel());
            };
        }
    }

    /**
     * {@link PortalDefect#MARKUP_DRIFTED} on the provincial systems of platform {@code dvc-tinh}: "Đăng nhập" moved out of
     * the header's {@code .header-actions} into the footer (same class {@code login-btn}, same text and target).
     */
    static void loginLinkMoved(ProvincialPortalMock portal) {
        if (portal.platform() == ProvincialPlatform.DVC_TINH) {
            portal.loginInFooter = true;
        }
    }

    // --- issue 11: exact identity and what persists ---

    /**
     * {@link PortalDefect#PROVINCE_LISTS_ANOTHER_CITIZENS_DOSSIER} (platform {@code liferay}): the dossier list's query
     * starts one row early in the dossier table, ordered by applicant: its first row is the last dossier of the applicant
     * before the citizen (another person's), then the citizen's own.
     */
    static void listsAnotherCitizensDossier(ProvincialPortalMock portal) {
        if (portal.platform() != ProvincialPlatform.LIFERAY) {
            return;
        }
        PortalState state = portal.state();
        Function<Subject, List<Map<String, Object>>> correct = portal.dossierRows;
        portal.dossierRows = subject -> {
            List<Map<String, Object>> rows = correct.apply(subject);
            Account a = Holders.account(state, subject);
            if (a == null || rows.isEmpty()) {
                return rows;
            }
            List<Citizen> all = state.citizens();
            int at = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).vnconnectAccount().map(v -> v.username().equals(a.username)).orElse(false)) {
                    at = i;
                }
            }
            List<Map<String, Object>> shown = new ArrayList<>();
            for (int i = at - 1; i >= 0 && shown.isEmpty(); i--) {
                List<Citizen.Dossier> before = all.get(i).dossiers();
                if (!before.isEmpty()) {
                    shown.add(Holders.dossierRow(before.get(before.size() - 1)));
                }
            }
            shown.addAll(rows);
            return shown;
        };
    }

    /**
     * {@link PortalDefect#PROVINCE_LOGOUT_HIDES_NAME_ONLY}: "Đăng xuất" leaves the session (and its cookie) alive and
     * only marks it as looking logged out, which the home page honours: the name is gone from its header, but every page
     * that needs a session (the dossier list) still opens.
     */
    static void logoutHidesNameOnly(ProvincialPortalMock portal) {
        java.util.Set<String> lookLoggedOut = new java.util.HashSet<>(); // guarded by the state lock, like every route
        String logout = "GET " + portal.platform().logoutPath();
        portal.routes().replace(logout, correct -> ex -> portal.relyingParty().session(ex).map(session -> {
            lookLoggedOut.add(session.id);
            return Reply.redirect(portal.url(portal.platform().home()));
        }).orElseGet(() -> correct.handle(ex)));
        java.util.function.Function<Exchange, java.util.Optional<PortalState.PortalSession>> visitor = portal.visitorSession;
        portal.visitorSession = ex -> visitor.apply(ex).filter(s -> !lookLoggedOut.contains(s.id));
    }

    /**
     * {@link PortalDefect#PROVINCE_LOGOUT_KEEPS_SSO_SESSION}: "Đăng xuất" ends the system's own session and goes home,
     * without the national SSO's end-session: the SSO session of the citizen who left stays in the browser.
     */
    static void logoutKeepsSsoSession(ProvincialPortalMock portal) {
        portal.routes().replace("GET " + portal.platform().logoutPath(), correct -> ex -> portal.relyingParty()
                .endSession(ex, Reply.redirect(portal.url(portal.platform().home()))));
    }

    /**
     * The readiness defect of the province's entry, where it is a change of its routes: {@code bypasses-national-sso},
     * {@code firewall-rejects}, {@code slow-home}. (The certificate flaws are made by {@link MockTls}, {@code no-answer}
     * by {@link MockPortals#start}, {@code no-vneid-option} by the national SSO's login page.)
     */
    static void applyReadinessDefect(ProvincialPortalMock portal) {
        portal.province().defect().ifPresent(defect -> {
            switch (defect) {
                case BYPASSES_NATIONAL_SSO -> bypassesNationalSso(portal);
                case FIREWALL_REJECTS -> firewallRejects(portal);
                case SLOW_HOME -> slowHome(portal);
                default -> { /* not a route of the portal */ }
            }
        });
    }

    /**
     * {@link ReadinessDefect#BYPASSES_NATIONAL_SSO}: the platform's login path shows the system's own
     * user-name/password form on its own host, which knows no account (every attempt is refused); "Đăng nhập" and the
     * pages that need a session lead there (on {@code portaldvc} instead of the API host).
     */
    static void bypassesNationalSso(ProvincialPortalMock portal) {
        String path = portal.platform().loginPath();
        portal.loginHref = path;
        portal.routes().replace("GET " + path, correct -> ex -> localLogin(portal, null));
        portal.routes().replace("POST " + path, correct -> ex -> localLogin(portal, LOCAL_LOGIN_REFUSED));
    }

    /**
     * {@link ReadinessDefect#FIREWALL_REJECTS}: a firewall in front of every host of the system answers every request
     * with the F5 "Request Rejected" page ({@link FirewallPage}).
     */
    static void firewallRejects(ProvincialPortalMock portal) {
        MockContext ctx = portal.context();
        portal.routeTables().forEach(table -> table.frontedBy(() -> true, ex -> FirewallPage.rejected(ctx)));
    }

    /** {@link ReadinessDefect#SLOW_HOME}: the platform's home page answers after {@link #SLOW_HOME_DELAY}. */
    static void slowHome(ProvincialPortalMock portal) {
        portal.routes().replace("GET " + portal.platform().home(),
                correct -> ex -> correct.handle(ex).delayedBy(SLOW_HOME_DELAY));
    }

    private static Reply localLogin(ProvincialPortalMock portal, String error) {
        Map<String, Object> model = portal.model("Đăng nhập", null);
        model.put("error", error);
        return portal.page("local-login", model);
    }
}
