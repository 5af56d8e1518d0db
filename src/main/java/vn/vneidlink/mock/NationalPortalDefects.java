package vn.vneidlink.mock;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.PortalSession;

/**
 * The seeded defects of the national portal ({@link PortalDefect}): each replaces one rule or one route of
 * {@link NationalPortalMock}, which itself holds only the correct behaviour.
 */
final class NationalPortalDefects {

    private NationalPortalDefects() {}

    /** {@link PortalDefect#SYNC_BUTTON_NOOP}: the fetch re-renders the identity tab unchanged. */
    static void syncButtonNoop(NationalPortalMock portal) {
        portal.routes().replace("POST " + portal.paths().profile() + " action=fetch",
                correct -> ex -> Reply.redirect(portal.url(portal.paths().identityTab())));
    }

    /** {@link PortalDefect#SYNC_SAVE_NOT_PERSISTED}: "Cập nhật" says it saved, but nothing is written. */
    static void syncSaveNotPersisted(NationalPortalMock portal) {
        portal.saveSync = (account, record) -> { };
    }

    /** {@link PortalDefect#GREEN_CHECKS_ON_MISMATCH}: the account never differs from the population record. */
    static void greenChecksOnMismatch(NationalPortalMock portal) {
        portal.mismatches = (account, record) -> List.of();
    }

    /** {@link PortalDefect#LINKED_LIST_OMITS_OLD_ACCOUNT}: the linked-accounts list stays empty. */
    static void linkedListOmitsOldAccount(NationalPortalMock portal) {
        portal.linkedAccounts = account -> List.of();
    }

    /**
     * {@link PortalDefect#LOGOUT_KEEPS_SESSION}: "Đăng xuất" leaves the session (and its cookie) alive; only the pages
     * open to everyone stop showing it, so the header looks logged out.
     */
    static void logoutKeepsSession(NationalPortalMock portal) {
        Set<String> lookLoggedOut = new HashSet<>(); // guarded by the state lock, like every route
        portal.routes().replace("GET /dang-xuat", correct -> ex -> {
            Optional<PortalSession> session = portal.relyingParty().session(ex);
            if (session.isEmpty()) {
                return correct.handle(ex);
            }
            lookLoggedOut.add(session.get().id);
            return portal.afterLogout();
        });
        Function<Exchange, Optional<PortalSession>> visitor = portal.visitorSession;
        portal.visitorSession = ex -> visitor.apply(ex).filter(s -> !lookLoggedOut.contains(s.id));
    }

    /** {@link PortalDefect#OTHER_CITIZENS_NAME}: the header names the next citizen of the data. */
    static void otherCitizensName(NationalPortalMock portal) {
        Function<Subject, String> correct = portal.headerName;
        portal.headerName = subject -> nextCitizensName(portal.state().citizens(), correct.apply(subject));
    }

    /** {@link PortalDefect#OAUTH_STATE_NOT_CHECKED}: the callback accepts any state. */
    static void oauthStateNotChecked(NationalPortalMock portal) {
        portal.relyingParty().stateMatches = (expected, given) -> true;
    }

    /** {@link PortalDefect#FETCH_BUTTON_RENAMED}: the fetch button carries another label (same id, still works). */
    static void fetchButtonRenamed(NationalPortalMock portal) {
        portal.fetchLabel = "Đồng bộ dữ liệu dân cư";
    }

    /** {@link PortalDefect#PERSONAL_PAGE_500}: the personal page answers 500 with the error page (signed in; else the login). */
    static void personalPage500(NationalPortalMock portal) {
        portal.routes().replace("GET " + portal.paths().profile(), correct -> ex -> portal.relyingParty().session(ex)
                .map(session -> {
                    Map<String, Object> model = portal.model("Thông báo lỗi - Cổng Dịch vụ công Quốc gia", null, session);
                    model.put("message", NationalPortalMock.INTERNAL_ERROR);
                    return portal.page(500, "national/error", model);
                })
                .orElseGet(() -> correct.handle(ex)));
    }

    /** {@link PortalDefect#PERSONAL_PAGE_CACHEABLE}: the personal page may be kept by the browser's cache. */
    static void personalPageCacheable(NationalPortalMock portal) {
        portal.routes().replace("GET " + portal.paths().profile(),
                correct -> ex -> correct.handle(ex).cacheControl("private, max-age=600"));
    }

    /** {@link PortalDefect#CCCD_PROMPT_SKIPPED}: no CCCD prompt after login. */
    static void cccdPromptSkipped(NationalPortalMock portal) {
        portal.asksForCccd = (account, subject) -> false;
    }

    /** {@link PortalDefect#LEVEL_CHECK_MISSING}: every login may use the level-2 service. */
    static void levelCheckMissing(NationalPortalMock portal) {
        portal.levelSufficient = subject -> true;
    }

    /**
     * {@link PortalDefect#TODAY_LOGIN_WRONG_CALLBACK} (era today): "Đăng nhập" ({@code a#dang-nhap}) carries a callback on
     * another host, {@code https://vpcp.dichvucong.gov.vn/sso}, which the VNeID SSO refuses.
     */
    static void todayLoginWrongCallback(NationalPortalMock portal) {
        String right = "redirect_uri=" + Urls.encode(portal.url("/sso"));
        String wrong = "redirect_uri=" + Urls.encode(portal.url("/sso").replace("://" + PortalHosts.NATIONAL, "://" + PortalHosts.VPCP));
        portal.loginLink = url -> url.replace(right, wrong);
    }

    /**
     * {@link PortalDefect#TODAY_CALLBACK_DOES_NOT_LINK} (era today): the portal's own VNeID callback ignores the link and
     * opens the citizen's separate VNeID account, even for a synced or linked one. Only today's portal signs in there.
     */
    static void todayCallbackDoesNotLink(NationalPortalMock portal, NationalSsoMock sso) {
        if (portal.paths() == NationalPortalMock.Paths.TODAY) {
            portal.relyingParty().subjectOfSession = sso::separateAccount;
        }
    }

    /** The next citizen of the data (wrapping) with another name. */
    private static String nextCitizensName(List<Citizen> all, String fullName) {
        int at = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).fullName().equals(fullName)) {
                at = i;
                break;
            }
        }
        for (int i = 1; i <= all.size(); i++) {
            String other = all.get((at + i) % all.size()).fullName();
            if (!other.equals(fullName)) {
                return other;
            }
        }
        return fullName;
    }

    /**
     * {@link PortalDefect#CCCD_OF_ANOTHER_CITIZEN_SAVED}: a number the population database holds is saved whoever holds
     * it: the account then carries another citizen's CCCD, and that citizen's VNeID login would link to it.
     */
    static void cccdOfAnotherCitizenSaved(NationalPortalMock portal) {
        portal.cccdHolder = (account, record) -> true;
    }

    /**
     * {@link PortalDefect#DOSSIER_LIST_CACHEABLE}: the dossier list goes out cacheable, so the browser may show it again
     * from its cache, to whoever uses it next.
     */
    static void dossierListCacheable(NationalPortalMock portal) {
        portal.routes().replace("GET " + portal.paths().dossiers(),
                correct -> ex -> correct.handle(ex).cacheControl("private, max-age=600"));
    }

    /**
     * {@link PortalDefect#CCCD_SAVED_WITH_SPACES}: the checks run on the number without its surrounding spaces, but the
     * number is saved as typed: the account's CCCD is then not the population database's, and the sync finds nothing.
     */
    static void cccdSavedWithSpaces(NationalPortalMock portal) {
        portal.cccdStored = typed -> typed;
    }
}
