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
        portal.routes().replace("POST " + NationalPortalMock.PROFILE + " action=fetch",
                correct -> ex -> Reply.redirect(portal.url(NationalPortalMock.IDENTITY_TAB)));
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
            return portal.toSsoLogout();
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
        portal.routes().replace("GET " + NationalPortalMock.PROFILE, correct -> ex -> portal.relyingParty().session(ex)
                .map(session -> {
                    Map<String, Object> model = portal.model("Thông báo lỗi - Cổng Dịch vụ công Quốc gia", null, session);
                    model.put("message", NationalPortalMock.INTERNAL_ERROR);
                    return portal.page(500, "national/error", model);
                })
                .orElseGet(() -> correct.handle(ex)));
    }

    /** {@link PortalDefect#PERSONAL_PAGE_CACHEABLE}: the personal page may be kept by the browser's cache. */
    static void personalPageCacheable(NationalPortalMock portal) {
        portal.routes().replace("GET " + NationalPortalMock.PROFILE,
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
}
