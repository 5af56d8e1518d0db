package vn.vneidlink.mock;

import java.util.function.Consumer;

/**
 * A regression a real portal release could ship, switched on per {@link MockPortals} instance through
 * {@link MockOptions#withDefects}. The project's own tests switch one on and check that the suite fails at
 * the right step.
 *
 * <p>Each defect replaces one behaviour in one place: a rule field or a route of the portal mock it breaks, written
 * in that portal's defects class ({@link NationalPortalDefects}, {@link NationalSsoDefects}, {@link VneidSsoDefects},
 * {@link ProvincialPortalDefects}); the portal mocks themselves hold only the correct behaviour. To add a defect: add
 * its override there (a rule field in the mock if the behaviour has none yet) and a constant here naming it, with
 * the host and the effect for reports; then its entry in the self-test's catalogue.
 */
public enum PortalDefect {

    /** "Cập nhật CSDL Quốc gia về Dân cư" re-renders the page unchanged: no population data, no checks, no save. */
    SYNC_BUTTON_NOOP(PortalHosts.NATIONAL,
            "\"Cập nhật CSDL Quốc gia về Dân cư\" re-renders the page unchanged: no population data, no green checks, no save button",
            m -> NationalPortalDefects.syncButtonNoop(m.national())),

    /** "Đăng xuất" shows the logged-out header but the server session stays alive. */
    LOGOUT_KEEPS_SESSION(PortalHosts.NATIONAL,
            "\"Đăng xuất\" shows the logged-out header but the server session stays alive: the personal page still opens",
            m -> NationalPortalDefects.logoutKeepsSession(m.national())),

    /** The national SSO's VNeID callback always opens a separate VNeID account, even for a synced one. */
    VNEID_LOGIN_DOES_NOT_LINK(PortalHosts.NATIONAL_SSO,
            "the VNeID callback always opens a separate account, even for a synced one",
            m -> NationalSsoDefects.vneidLoginDoesNotLink(m.sso())),

    /** "Cập nhật" reports success but the account stays not synced. */
    SYNC_SAVE_NOT_PERSISTED(PortalHosts.NATIONAL,
            "\"Cập nhật\" shows \"Cập nhật thông tin thành công\" but the account stays not synced (no checks on reload, no link later)",
            m -> NationalPortalDefects.syncSaveNotPersisted(m.national())),

    /** The fetch confirms every field even when name or birth date differ, and offers "Cập nhật". */
    GREEN_CHECKS_ON_MISMATCH(PortalHosts.NATIONAL,
            "the fetch shows green checks on every field even when name or birth date differ, no error, and offers \"Cập nhật\" (which then marks synced)",
            m -> NationalPortalDefects.greenChecksOnMismatch(m.national())),

    /** The link is made but the linked-accounts list stays empty. */
    LINKED_LIST_OMITS_OLD_ACCOUNT(PortalHosts.NATIONAL,
            "the link is made (the old dossiers show) but DANH SÁCH TÀI KHOẢN LIÊN KẾT shows \"Chưa có tài khoản liên kết\"",
            m -> NationalPortalDefects.linkedListOmitsOldAccount(m.national())),

    /** A VNeID login on a provincial system lands on the separate VNeID account. */
    PROVINCE_IGNORES_LINK(PortalHosts.PROVINCIAL,
            "a VNeID login on the provincial system resolves to the separate VNeID account: its dossier list (\"Hồ sơ của tôi\" / \"Dịch vụ công của tôi\") is empty, though the name is right",
            m -> m.provinces().forEach(ProvincialPortalDefects::ignoresLink)),

    /** Any 6-digit OTP is accepted. */
    WRONG_OTP_ACCEPTED(PortalHosts.NATIONAL_SSO,
            "any 6-digit OTP is accepted on otp.do",
            m -> NationalSsoDefects.wrongOtpAccepted(m.sso())),

    /** The header shows another citizen's name. */
    OTHER_CITIZENS_NAME(PortalHosts.NATIONAL,
            "#user-name shows another citizen's full name (the next citizen of the data) on every national page",
            m -> NationalPortalDefects.otherCitizensName(m.national())),

    /** The callback does not compare the state with what the portal stored. */
    OAUTH_STATE_NOT_CHECKED(PortalHosts.NATIONAL,
            "the /sso callback does not check state: an unsolicited callback with a valid code and a foreign state signs the browser in",
            m -> NationalPortalDefects.oauthStateNotChecked(m.national())),

    /** After a successful login the SSO redirects to an unreachable host. */
    REDIRECT_TO_WRONG_HOST(PortalHosts.NATIONAL_SSO,
            "after a successful login the SSO redirects to http://dvc-dichvucong.gov.vn/sso?... (unreachable) instead of the registered redirect_uri",
            m -> NationalSsoDefects.redirectToWrongHost(m.sso())),

    /** After the cutover a VNconnect login is still accepted. */
    CUTOVER_IGNORED(PortalHosts.NATIONAL_SSO,
            "after the cutover the choice page is still the guide's: the citizen VNconnect login is offered and accepted as before",
            m -> NationalSsoDefects.cutoverIgnored(m.sso())),

    /** Before the cutover the choice page already drops the citizen VNconnect login. */
    CUTOVER_TOO_EARLY(PortalHosts.NATIONAL_SSO,
            "before the cutover date the choice page is already that of after it: no VNconnect login for citizens, who can no longer sync",
            m -> NationalSsoDefects.cutoverTooEarly(m.sso())),

    /** After the cutover the choice page has no VNeID option for citizens. */
    CITIZEN_VNEID_OPTION_MISSING(PortalHosts.NATIONAL_SSO,
            "after the cutover the choice page offers only the organisations' options (#icon-1, #icon-3): no \"Tài khoản Định danh điện tử cấp bởi Bộ Công an dành cho Công dân\"",
            m -> NationalSsoDefects.citizenVneidOptionMissing(m.sso())),

    /** Today's "Đăng nhập" carries a callback on another host. */
    TODAY_LOGIN_WRONG_CALLBACK(PortalHosts.NATIONAL,
            "(era today) a#dang-nhap leads to the VNeID SSO with redirect_uri=https://vpcp.dichvucong.gov.vn/sso instead of https://dichvucong.gov.vn/sso",
            m -> NationalPortalDefects.todayLoginWrongCallback(m.national())),

    /** Today's portal's VNeID callback ignores the link. */
    TODAY_CALLBACK_DOES_NOT_LINK(PortalHosts.NATIONAL,
            "(era today) the portal's /sso callback opens the separate VNeID account even for a linked citizen: no linked account, no old dossiers",
            m -> NationalPortalDefects.todayCallbackDoesNotLink(m.national(), m.sso())),

    /** The fetch button carries another label. */
    FETCH_BUTTON_RENAMED(PortalHosts.NATIONAL,
            "button#btn-fetch-population reads \"Đồng bộ dữ liệu dân cư\" instead of \"Cập nhật CSDL Quốc gia về Dân cư\" (same id, still works)",
            m -> NationalPortalDefects.fetchButtonRenamed(m.national())),

    /** The personal page fails. */
    PERSONAL_PAGE_500(PortalHosts.NATIONAL,
            "the personal page answers 500 with the error page \"Đã có lỗi xảy ra. Vui lòng thử lại sau.\"",
            m -> NationalPortalDefects.personalPage500(m.national())),

    /** The VNeID SSO answers after 15 s. */
    VNEID_SLOWER_THAN_TIMEOUT(PortalHosts.VNEID_SSO,
            "every VNeID SSO response is delayed 15 s (longer than the suite's default 10 s wait)",
            m -> VneidSsoDefects.slowerThanTimeout(m.vneid())),

    /** No CCCD prompt after login. */
    CCCD_PROMPT_SKIPPED(PortalHosts.NATIONAL,
            "an account without CCCD goes straight to the home page after login, no prompt",
            m -> NationalPortalDefects.cccdPromptSkipped(m.national())),

    /** Wrong passwords never lock the account. */
    NO_LOCKOUT(PortalHosts.NATIONAL_SSO,
            "wrong passwords never lock the account",
            m -> NationalSsoDefects.noLockout(m.sso())),

    /** An expired OTP is accepted. */
    EXPIRED_OTP_ACCEPTED(PortalHosts.NATIONAL_SSO,
            "an OTP older than 5 minutes is still accepted",
            m -> NationalSsoDefects.expiredOtpAccepted(m.sso())),

    /** Declining in the app still signs in. */
    DECLINE_STILL_SIGNS_IN(PortalHosts.VNEID_SSO,
            "declining in the VNeID app still completes the login (the page, polling, goes on to the portal, signed in)",
            m -> VneidSsoDefects.declineStillSignsIn(m.vneid())),

    /** Any six digits pass in the VNeID code modal. */
    VNEID_WRONG_CODE_ACCEPTED(PortalHosts.VNEID_SSO,
            "any six digits typed in the VNeID code modal are accepted (verify-otp signs in; non-digits are still refused)",
            m -> VneidSsoDefects.wrongCodeAccepted(m.vneid())),

    /** The VNeID modal shows the whole phone number. */
    VNEID_PHONE_UNMASKED(PortalHosts.VNEID_SSO,
            "authenticate answers the whole phone number (0900000106 instead of 090****106), which the code modal shows",
            m -> VneidSsoDefects.phoneUnmasked(m.vneid())),

    /** The VNeID SSO ignores the app's web-login setting. */
    VNEID_WEB_LOGIN_NOT_CHECKED(PortalHosts.VNEID_SSO,
            "a citizen whose VNeID app does not allow web login still gets a code and the modal, no refusal",
            m -> VneidSsoDefects.webLoginNotChecked(m.vneid())),

    /** The VNeID SSO's firewall rejects the browser. */
    VNEID_FIREWALL_REJECTS_BROWSER(PortalHosts.VNEID_SSO,
            "the web-application firewall in front of the VNeID SSO answers every request with its F5 \"Request Rejected\" page and a support ID (as it has answered automated browsers)",
            m -> VneidSsoDefects.firewallRejectsBrowser(m.vneid())),

    /** A scanned QR code signs in without the passcode. */
    VNEID_QR_SKIPS_PASSCODE(PortalHosts.VNEID_SSO,
            "a QR code scanned by the VNeID app signs in at once, without waiting for the app's passcode",
            m -> VneidSsoDefects.qrSkipsPasscode(m.vneid())),

    /** A level-1 VNeID account gets the level-2 service. */
    LEVEL_CHECK_MISSING(PortalHosts.NATIONAL,
            "a level-1 VNeID account gets the form of the level-2 service \"Nộp hồ sơ trực tuyến\"",
            m -> NationalPortalDefects.levelCheckMissing(m.national())),

    /** The personal page may be cached by the browser. */
    PERSONAL_PAGE_CACHEABLE(PortalHosts.NATIONAL,
            "the personal page is sent with Cache-Control: private, max-age=600 instead of no-store: Back after logout can show it from the cache",
            m -> NationalPortalDefects.personalPageCacheable(m.national())),

    // --- issue 11: exact identity and what persists ---

    /** The linked-accounts list shows every linked account of the portal. */
    LINKED_LIST_LISTS_OTHER_ACCOUNTS(PortalHosts.NATIONAL,
            "DANH SÁCH TÀI KHOẢN LIÊN KẾT lists every linked VNconnect account of the portal (the query lost its filter): other citizens' accounts beside his",
            m -> NationalPortalDefects.linkedListListsOtherAccounts(m.national())),

    /** The linked-accounts list shows the old account twice. */
    LINKED_LIST_DUPLICATES_ROW(PortalHosts.NATIONAL,
            "the link is recorded twice (SSO callback and portal) and DANH SÁCH TÀI KHOẢN LIÊN KẾT shows the old account twice",
            m -> NationalPortalDefects.linkedListDuplicatesRow(m.national())),

    /** The old dossiers are dated with the date of the link. */
    DOSSIERS_REDATED_BY_LINK(PortalHosts.NATIONAL,
            "after the link, \"Quản lý hồ sơ đã nộp\" shows the date of the link as every old dossier's \"Ngày nộp\" (codes, titles and statuses right)",
            m -> NationalPortalDefects.dossiersRedatedByLink(m.national())),

    /** One provincial platform lists another citizen's dossier first. */
    PROVINCE_LISTS_ANOTHER_CITIZENS_DOSSIER(PortalHosts.PROVINCIAL,
            "(platform liferay) the dossier list starts one row early in the dossier table: the first row is another citizen's last dossier, then his own",
            m -> m.provinces().forEach(ProvincialPortalDefects::listsAnotherCitizensDossier)),

    /** The sync saves the birth date with day and month swapped. */
    SYNC_SWAPS_BIRTH_DAY_AND_MONTH(PortalHosts.NATIONAL,
            "\"Cập nhật\" reads the population database's birth date month first (day ≤ 12): 12/03/1985 is saved and shown as 03/12/1985, under a green check",
            m -> NationalPortalDefects.syncSwapsBirthDayAndMonth(m.national())),

    /** The sync saves every field but "Quê quán". */
    SYNC_SAVE_DROPS_PLACE_OF_ORIGIN(PortalHosts.NATIONAL,
            "\"Cập nhật\" shows \"Cập nhật thông tin thành công\" and marks the account synced, but \"Quê quán\" is not written: read again, it is empty under a green check",
            m -> NationalPortalDefects.syncSaveDropsPlaceOfOrigin(m.national())),

    /** After the sync the header shows the name without diacritics. */
    SYNCED_NAME_WITHOUT_DIACRITICS(PortalHosts.NATIONAL,
            "once the account is synced, #user-name of its VNconnect sessions shows the name without diacritics (\"Nguyen Thi Hoa\"); VNeID sessions are right",
            m -> NationalPortalDefects.syncedNameWithoutDiacritics(m.national())),

    /** Before the sync the identity tab shows the birth date one day early. */
    UNSYNCED_BIRTH_DATE_ONE_DAY_EARLY(PortalHosts.NATIONAL,
            "the identity tab of an account not yet synced shows its registered birth date one day early (11/03/1985 for 12/03/1985: midnight shown in UTC)",
            m -> NationalPortalDefects.unsyncedBirthDateOneDayEarly(m.national())),

    /** After a VNeID login the account tab shows the old VNconnect login. */
    ACCOUNT_TAB_SHOWS_OLD_LOGIN(PortalHosts.NATIONAL,
            "after a VNeID login of a linked account, \"Thông tin tài khoản\" shows the old VNconnect user name and kind instead of the VNeID login",
            m -> NationalPortalDefects.accountTabShowsOldLogin(m.national())),

    /** The sync's fields are kept in a cache that logout drops. */
    SYNC_SAVE_LOST_AT_LOGOUT(PortalHosts.NATIONAL,
            "\"Cập nhật\" writes the synced fields to a profile cache only (the database gets the sync flag): right until \"Đăng xuất\", then the next login shows the old, empty fields as synced",
            m -> NationalPortalDefects.syncSaveLostAtLogout(m.national())),

    // --- issue 11: protocol security ---

    /** The national portal's callback signs in again with a code it redeemed before. */
    CALLBACK_ACCEPTS_REPLAYED_CODE(PortalHosts.NATIONAL,
            "the /sso callback remembers the codes it redeemed: the same callback URL again, in any browser, opens a new session for the same citizen (state unchecked)",
            m -> NationalPortalDefects.callbackAcceptsReplayedCode(m.national())),

    /** The national SSO redeems a code more than once. */
    SSO_CODE_REUSABLE(PortalHosts.NATIONAL_SSO,
            "an authorization code is redeemed again and again until it expires (60 s): a used code with a fresh state of the attacker's own login signs him in",
            m -> NationalSsoDefects.codeReusable(m.sso())),

    /** The national SSO accepts any redirect_uri on the client's host. */
    SSO_REDIRECT_URI_ANY_PATH(PortalHosts.NATIONAL_SSO,
            "/oauth2/authorize accepts any redirect_uri with the registered callback's scheme and host, whatever the path, and sends the code there",
            m -> NationalSsoDefects.redirectUriAnyPath(m.sso())),

    /** The VNeID SSO accepts any redirect_uri that starts with the client's origin. */
    VNEID_REDIRECT_URI_PREFIX_MATCH(PortalHosts.VNEID_SSO,
            "/auth accepts any redirect_uri that begins with the registered callback's scheme://host (https://host.ke-gian.example/…, https://host@ke-gian.example/…, other paths)",
            m -> VneidSsoDefects.redirectUriPrefixMatch(m.vneid())),

    /** The national portal's session keeps the pre-login id. */
    SESSION_ID_NOT_RENEWED_AT_LOGIN(PortalHosts.NATIONAL,
            "the session opened at login takes the id of the browser's pre-login cookie DVC_OAUTH: DVC_SESSION after login = DVC_OAUTH before (session fixation)",
            m -> NationalPortalDefects.sessionIdNotRenewedAtLogin(m.national())),

    /** "Đăng xuất" clears the cookie, the session lives on. */
    LOGOUT_ONLY_CLEARS_COOKIE(PortalHosts.NATIONAL,
            "\"Đăng xuất\" clears DVC_SESSION in the browser but the session stays alive on the server: the old cookie value sent again opens it",
            m -> NationalPortalDefects.logoutOnlyClearsCookie(m.national())),

    /** The national session cookie lacks HttpOnly. */
    SESSION_COOKIE_WITHOUT_HTTPONLY(PortalHosts.NATIONAL,
            "DVC_SESSION is set without HttpOnly: any script on the portal's pages can read the session",
            m -> NationalPortalDefects.sessionCookieWithoutHttpOnly(m.national())),

    /** The national SSO's session cookie lacks SameSite. */
    SSO_COOKIE_WITHOUT_SAMESITE(PortalHosts.NATIONAL_SSO,
            "commonAuthId (the SSO session) is set without SameSite: browsers without a Lax default send it with other sites' requests",
            m -> NationalSsoDefects.sessionCookieWithoutSameSite(m.sso())),

    /** The national home page links a stylesheet over http. */
    STYLESHEET_OVER_HTTP(PortalHosts.NATIONAL,
            "the home page also links its stylesheet as http://dichvucong.gov.vn/static/css/portal.css (mixed content, blocked by Chromium; the page still looks right)",
            m -> NationalPortalDefects.stylesheetOverHttp(m.national())),

    /** The national portal's callback redirects through http. */
    CALLBACK_REDIRECTS_OVER_HTTP(PortalHosts.NATIONAL,
            "after a login the /sso callback redirects to http://dichvucong.gov.vn/… (the browser's HSTS turns it into https, so the page still loads)",
            m -> NationalPortalDefects.callbackRedirectsOverHttp(m.national())),

    // --- issue 11: boundary inputs, and each failure case on every portal (VNeID SSO, provincial logout, shared computer) ---

    /** The VNeID SSO finds the account by the start of the ID number. */
    VNEID_ID_PREFIX_MATCH(PortalHosts.VNEID_SSO,
            "authenticate looks the account up by the start of the ID number (LIKE 'number%'): the first 11 of the 12 digits with the right password get a code",
            m -> VneidSsoDefects.idPrefixMatch(m.vneid())),

    /** The VNeID SSO compares passwords without regard to case. */
    VNEID_PASSWORD_CASE_INSENSITIVE(PortalHosts.VNEID_SSO,
            "authenticate compares the password without regard to case (a case-insensitive collation): \"fake#vneidgiang\" opens the account of \"Fake#VneidGiang\"",
            m -> VneidSsoDefects.passwordCaseInsensitive(m.vneid())),

    /** The VNeID code modal accepts the first digits of the code. */
    VNEID_CODE_PREFIX_ACCEPTED(PortalHosts.VNEID_SSO,
            "verify-otp compares only the digits typed: the first five digits of the code (one box left empty) sign in",
            m -> VneidSsoDefects.codePrefixAccepted(m.vneid())),

    /** The national SSO's OTP page compares the first six characters only. */
    OTP_EXTRA_CHARACTERS_ACCEPTED(PortalHosts.NATIONAL_SSO,
            "otp.do compares only the first six characters typed: the right code followed by anything (a seventh digit) signs in",
            m -> NationalSsoDefects.otpExtraCharactersAccepted(m.sso())),

    /** The CCCD prompt saves any number the population database knows. */
    CCCD_OF_ANOTHER_CITIZEN_SAVED(PortalHosts.NATIONAL,
            "the CCCD prompt saves any number the population database holds, without comparing its holder's name and birth date with the account",
            m -> NationalPortalDefects.cccdOfAnotherCitizenSaved(m.national())),

    /** The provincial "Đăng xuất" only hides the name. */
    PROVINCE_LOGOUT_HIDES_NAME_ONLY(PortalHosts.PROVINCIAL,
            "the provincial \"Đăng xuất\" leaves the session alive and only hides the name on the home page: the dossier list's address still opens",
            m -> m.provinces().forEach(ProvincialPortalDefects::logoutHidesNameOnly)),

    /** The provincial "Đăng xuất" skips the national SSO's end-session. */
    PROVINCE_LOGOUT_KEEPS_SSO_SESSION(PortalHosts.PROVINCIAL,
            "the provincial \"Đăng xuất\" ends only the system's own session, not the national SSO's: the next \"Đăng nhập\" signs the previous citizen in again without asking",
            m -> m.provinces().forEach(ProvincialPortalDefects::logoutKeepsSsoSession)),

    /** The national dossier list may be cached by the browser. */
    DOSSIER_LIST_CACHEABLE(PortalHosts.NATIONAL,
            "\"Quản lý hồ sơ đã nộp\" is sent with Cache-Control: private, max-age=600 instead of no-store: the next citizen at the same browser is shown the previous citizen's list from the cache",
            m -> NationalPortalDefects.dossierListCacheable(m.national())),

    /** The CCCD prompt saves the number with the spaces typed around it. */
    CCCD_SAVED_WITH_SPACES(PortalHosts.NATIONAL,
            "the CCCD prompt checks the number without its surrounding spaces but saves it as typed (\" 045190000345 \"): the sync then finds no such number in the population database",
            m -> NationalPortalDefects.cccdSavedWithSpaces(m.national())),

    // --- issue 13: a portal release that changes the markup ---

    /** Three pages anyone can open drift: a button renamed, a label reworded, a link moved. */
    MARKUP_DRIFTED(PortalHosts.NATIONAL,
            "the markup drifts on three pages anyone can open: the national header's \"Đăng nhập\" renamed (class btn-register → btn-dang-ky;"
                    + " today id dang-nhap → btn-dang-nhap), the national SSO's VNeID option reworded (\"Tài khoản VNeID cấp bởi Bộ Công an\"),"
                    + " and on platform dvc-tinh \"Đăng nhập\" moved from .header-actions into the footer; each still works",
            m -> {
                NationalPortalDefects.loginButtonRenamed(m.national());
                NationalSsoDefects.vneidOptionReworded(m.sso());
                m.provinces().forEach(ProvincialPortalDefects::loginLinkMoved);
            });

    private final String host;
    private final String effect;
    private final Consumer<PortalMocks> override;

    PortalDefect(String host, String effect, Consumer<PortalMocks> override) {
        this.host = host;
        this.effect = effect;
        this.override = override;
    }

    /** Switches the defect on: replaces the one rule or route of the portal mock it breaks. */
    void applyTo(PortalMocks mocks) {
        override.accept(mocks);
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
