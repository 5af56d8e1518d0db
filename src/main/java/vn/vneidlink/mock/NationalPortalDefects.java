package vn.vneidlink.mock;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.Account;
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

    /**
     * {@link PortalDefect#MARKUP_DRIFTED} on the national portal: the header's "Đăng nhập" renamed, same text and target
     * (the guide's era: class {@code btn-register} → {@code btn-dang-ky}; today: id {@code dang-nhap} → {@code btn-dang-nhap}).
     */
    static void loginButtonRenamed(NationalPortalMock portal) {
        portal.loginButtonClass = "btn-dang-ky";
        portal.todayLoginId = "btn-dang-nhap";
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

    // --- issue 11: exact identity and what persists ---

    /**
     * {@link PortalDefect#LINKED_LIST_LISTS_OTHER_ACCOUNTS}: the list's query lost its filter on the signed-in account:
     * every linked VNconnect account of the portal is listed, the citizen's among them.
     */
    static void linkedListListsOtherAccounts(NationalPortalMock portal) {
        Function<Account, List<Map<String, Object>>> correct = portal.linkedAccounts;
        PortalState state = portal.state();
        portal.linkedAccounts = account -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Citizen citizen : state.citizens()) {
                citizen.vnconnectAccount().flatMap(v -> state.accountNamed(v.username())).filter(a -> a.linkedVneid() != null)
                        .ifPresent(a -> rows.addAll(correct.apply(a)));
            }
            return rows;
        };
    }

    /**
     * {@link PortalDefect#LINKED_LIST_DUPLICATES_ROW}: the link is recorded twice (by the SSO's callback and again by the
     * portal) and the list shows every record: the old account twice.
     */
    static void linkedListDuplicatesRow(NationalPortalMock portal) {
        Function<Account, List<Map<String, Object>>> correct = portal.linkedAccounts;
        portal.linkedAccounts = account -> {
            List<Map<String, Object>> rows = new ArrayList<>(correct.apply(account));
            rows.addAll(correct.apply(account));
            return rows;
        };
    }

    /**
     * {@link PortalDefect#DOSSIERS_REDATED_BY_LINK}: the dossiers moved to the VNeID login carry the date of the link as
     * their "Ngày nộp" (the migration copied them with a new creation date).
     */
    static void dossiersRedatedByLink(NationalPortalMock portal) {
        Function<Subject, List<Map<String, Object>>> correct = portal.dossierRows;
        PortalState state = portal.state();
        portal.dossierRows = subject -> {
            List<Map<String, Object>> rows = correct.apply(subject);
            Account a = Holders.account(state, subject);
            if (subject.method() != LoginMethod.VNEID || a == null || a.linkedOn() == null) {
                return rows;
            }
            List<Map<String, Object>> redated = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Map<String, Object> copy = new LinkedHashMap<>(row);
                copy.put("submitted", Formats.date(a.linkedOn()));
                redated.add(copy);
            }
            return redated;
        };
    }

    /**
     * {@link PortalDefect#SYNC_SWAPS_BIRTH_DAY_AND_MONTH}: "Cập nhật" reads the population database's birth date month
     * first (when the day can be a month): 12 March 1985 is saved as 3 December 1985.
     */
    static void syncSwapsBirthDayAndMonth(NationalPortalMock portal) {
        BiConsumer<Account, Citizen.PopulationRecord> correct = portal.saveSync;
        portal.saveSync = (account, record) -> {
            LocalDate born = LocalDate.parse(record.birthDate());
            LocalDate read = born.getDayOfMonth() <= 12 ? LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()) : born;
            correct.accept(account, new Citizen.PopulationRecord(record.fullName(), read.toString(), record.gender(), record.placeOfOrigin()));
        };
    }

    /**
     * {@link PortalDefect#SYNC_SAVE_DROPS_PLACE_OF_ORIGIN}: "Cập nhật" says it saved, but "Quê quán" is not written (a
     * column left out of the update): the account keeps what it had (nothing), under a green check.
     */
    static void syncSaveDropsPlaceOfOrigin(NationalPortalMock portal) {
        BiConsumer<Account, Citizen.PopulationRecord> correct = portal.saveSync;
        portal.saveSync = (account, record) -> correct.accept(account,
                new Citizen.PopulationRecord(record.fullName(), record.birthDate(), record.gender(), account.placeOfOrigin()));
    }

    /**
     * {@link PortalDefect#SYNCED_NAME_WITHOUT_DIACRITICS}: once an account is synced, the header of its VNconnect sessions
     * takes the name from the population database's search field, stored without diacritics ("Nguyen Thi Hoa").
     */
    static void syncedNameWithoutDiacritics(NationalPortalMock portal) {
        Function<Subject, String> correct = portal.headerName;
        PortalState state = portal.state();
        portal.headerName = subject -> {
            Account a = Holders.account(state, subject);
            String name = correct.apply(subject);
            return subject.method() == LoginMethod.VNCONNECT && a != null && a.synced() ? withoutDiacritics(name) : name;
        };
    }

    /**
     * {@link PortalDefect#UNSYNCED_BIRTH_DATE_ONE_DAY_EARLY}: the identity tab of an account not yet synced shows its
     * registered birth date one day early (stored as midnight in Vietnam, shown in UTC).
     */
    static void unsyncedBirthDateOneDayEarly(NationalPortalMock portal) {
        BiFunction<Account, Boolean, List<Map<String, Object>>> correct = portal.accountFields;
        portal.accountFields = (account, verified) -> {
            List<Map<String, Object>> rows = correct.apply(account, verified);
            if (account.synced() || account.birthDate() == null) {
                return rows;
            }
            List<Map<String, Object>> shifted = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Map<String, Object> copy = new LinkedHashMap<>(row);
                if ("birthDate".equals(copy.get("field"))) {
                    copy.put("value", Formats.date(account.birthDate().minusDays(1)));
                }
                shifted.add(copy);
            }
            return shifted;
        };
    }

    /**
     * {@link PortalDefect#ACCOUNT_TAB_SHOWS_OLD_LOGIN}: after a VNeID login of a linked account, "Thông tin tài khoản" is
     * drawn from the old account's row: its VNconnect user name and kind, as if the citizen had signed in with them.
     */
    static void accountTabShowsOldLogin(NationalPortalMock portal) {
        Function<Subject, List<Map<String, Object>>> correct = portal.accountInfo;
        portal.accountInfo = subject -> subject.kind() == Subject.Kind.VNCONNECT_ACCOUNT && subject.method() == LoginMethod.VNEID
                ? correct.apply(Subject.vnconnect(subject.key())) : correct.apply(subject);
    }

    /**
     * {@link PortalDefect#SYNC_SAVE_LOST_AT_LOGOUT}: "Cập nhật" writes the synced fields to the portal's profile cache
     * only; the database gets the sync flag and keeps the old fields. Every page shows the cache until "Đăng xuất"
     * drops it: from the next login on, the account is "synced" with its old, incomplete data.
     */
    static void syncSaveLostAtLogout(NationalPortalMock portal) {
        Map<String, Citizen.PopulationRecord> cache = new HashMap<>(); // guarded by the state lock, like every route
        BiConsumer<Account, Citizen.PopulationRecord> save = portal.saveSync;
        portal.saveSync = (account, record) -> {
            cache.put(account.username, record);
            save.accept(account, new Citizen.PopulationRecord(account.fullName(),
                    account.birthDate() == null ? record.birthDate() : account.birthDate().toString(), account.gender(), account.placeOfOrigin()));
        };
        BiFunction<Account, Boolean, List<Map<String, Object>>> fields = portal.accountFields;
        portal.accountFields = (account, verified) -> {
            Citizen.PopulationRecord cached = cache.get(account.username);
            List<Map<String, Object>> rows = fields.apply(account, verified);
            if (cached == null) {
                return rows;
            }
            Map<String, String> values = Map.of("fullName", cached.fullName(), "birthDate", Formats.isoDate(cached.birthDate()),
                    "gender", cached.gender(), "placeOfOrigin", cached.placeOfOrigin());
            List<Map<String, Object>> shown = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Map<String, Object> copy = new LinkedHashMap<>(row);
                String value = values.get(String.valueOf(copy.get("field")));
                if (value != null) {
                    copy.put("value", value);
                }
                shown.add(copy);
            }
            return shown;
        };
        portal.routes().replace("GET /dang-xuat", correct -> ex -> {
            portal.relyingParty().session(ex).map(session -> Holders.account(portal.state(), session.subject))
                    .ifPresent(account -> cache.remove(account.username));
            return correct.handle(ex);
        });
    }

    /** Without Vietnamese diacritics (đ → d), as a search field keeps a name. */
    private static String withoutDiacritics(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
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

    // --- issue 11: protocol security ---

    /**
     * {@link PortalDefect#CALLBACK_ACCEPTS_REPLAYED_CODE}: the callback remembers every code it redeemed and who it
     * signed in; the same code again opens a session for that person once more, without looking at {@code state} (a
     * shortcut for a callback the browser loads twice).
     */
    static void callbackAcceptsReplayedCode(NationalPortalMock portal) {
        RelyingParty rp = portal.relyingParty();
        Function<Exchange, RelyingParty.Verified> correct = rp.callbackCheck;
        Map<String, Subject> redeemed = new HashMap<>(); // guarded by the state lock, like every route
        rp.callbackCheck = ex -> {
            String code = ex.query("code", "");
            Subject before = redeemed.get(code);
            if (before != null) {
                return new RelyingParty.Verified(before, null);
            }
            RelyingParty.Verified verified = correct.apply(ex);
            if (verified.error() == null) {
                redeemed.put(code, verified.subject());
            }
            return verified;
        };
    }

    /**
     * {@link PortalDefect#SESSION_ID_NOT_RENEWED_AT_LOGIN}: the session a login opens takes the id of the browser's
     * pre-login session (the {@code DVC_OAUTH} cookie that kept the state), instead of a fresh one.
     */
    static void sessionIdNotRenewedAtLogin(NationalPortalMock portal) {
        RelyingParty rp = portal.relyingParty();
        Function<Exchange, String> fresh = rp.newSessionId;
        rp.newSessionId = ex -> ex.cookie(rp.preSessionCookieName()).orElseGet(() -> fresh.apply(ex));
    }

    /**
     * {@link PortalDefect#LOGOUT_ONLY_CLEARS_COOKIE}: "Đăng xuất" clears the session cookie in the browser but never
     * ends the session on the server: the cookie, copied before, still opens it.
     */
    static void logoutOnlyClearsCookie(NationalPortalMock portal) {
        portal.routes().replace("GET /dang-xuat",
                correct -> ex -> portal.afterLogout().cookie(portal.relyingParty().expiredSessionCookie()));
    }

    /** {@link PortalDefect#SESSION_COOKIE_WITHOUT_HTTPONLY}: the session cookie {@code DVC_SESSION} is sent without HttpOnly. */
    static void sessionCookieWithoutHttpOnly(NationalPortalMock portal) {
        RelyingParty rp = portal.relyingParty();
        BiFunction<String, String, String> correct = rp.sessionSetCookie;
        rp.sessionSetCookie = (name, value) -> correct.apply(name, value).replace("; HttpOnly", "");
    }

    /**
     * {@link PortalDefect#STYLESHEET_OVER_HTTP}: the home page links its stylesheet a second time with {@code http://}
     * (mixed content, which Chromium blocks; the page still looks right through the first link).
     */
    static void stylesheetOverHttp(NationalPortalMock portal) {
        String stylesheet = portal.url("/static/css/portal.css").replaceFirst("^https://", "http://");
        portal.routes().replace("GET " + portal.paths().home(), correct -> ex -> correct.handle(ex)
                .changeBody(html -> html.replace("</head>", "<link rel=\"stylesheet\" href=\"" + stylesheet + "\">\n</head>")));
    }

    /**
     * {@link PortalDefect#CALLBACK_REDIRECTS_OVER_HTTP}: after a login the callback sends the browser on to an
     * {@code http://} address of the portal (an application behind a TLS proxy that builds its URLs from its own plain
     * HTTP); a browser that knows the portal's HSTS turns it into https itself, one that does not sends it in clear.
     */
    static void callbackRedirectsOverHttp(NationalPortalMock portal) {
        portal.routes().replace("GET " + NationalPortalMock.CALLBACK.path(), correct -> ex -> correct.handle(ex)
                .changeHeader("Location", location -> location.replaceFirst("^https://", "http://")));
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
