package vn.vneidlink.mock;

import java.util.Map;
import java.util.function.UnaryOperator;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.Account;

/**
 * The defects of a provincial system: the seeded {@link PortalDefect} (every province) and the readiness defects of
 * {@code portals.json} (one province each, {@link ReadinessDefect}) that change its routes. Each replaces one rule or
 * route of {@link ProvincialPortalMock}, which itself holds only the correct behaviour.
 */
final class ProvincialPortalDefects {

    /** The refusal of the local login form of {@link ReadinessDefect#BYPASSES_NATIONAL_SSO}. */
    static final String LOCAL_LOGIN_REFUSED = "Tên đăng nhập hoặc mật khẩu không chính xác";

    private ProvincialPortalDefects() {}

    /**
     * {@link PortalDefect#PROVINCE_IGNORES_LINK}: a VNeID login of a linked account opens the session of the citizen's
     * separate VNeID account instead (opened if need be).
     */
    static void ignoresLink(ProvincialPortalMock portal) {
        PortalState state = portal.state();
        UnaryOperator<Subject> correct = portal.relyingParty().subjectOfSession;
        portal.relyingParty().subjectOfSession = given -> {
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

    /**
     * {@link ReadinessDefect#BYPASSES_NATIONAL_SSO}: "Đăng nhập" shows the system's own user-name/password form on its
     * own host, which knows no account (every attempt is refused).
     */
    static void bypassesNationalSso(ProvincialPortalMock portal) {
        portal.routes().replace("GET /dang-nhap", correct -> ex -> localLogin(portal, null));
        portal.routes().replace("POST /dang-nhap", correct -> ex -> localLogin(portal, LOCAL_LOGIN_REFUSED));
    }

    private static Reply localLogin(ProvincialPortalMock portal, String error) {
        Map<String, Object> model = portal.model("Đăng nhập - " + portal.province().title(), null);
        model.put("error", error);
        return portal.page("province/local-login", model);
    }
}
