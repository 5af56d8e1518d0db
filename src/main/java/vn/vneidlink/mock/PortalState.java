package vn.vneidlink.mock;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import vn.vneidlink.data.Citizen;

/**
 * Every piece of mutable state of one {@link MockPortals} instance: the citizens' accounts, the sessions of each
 * portal, OAuth2 requests and codes, OTPs, VNeID app approvals and the SMS outbox. What can happen to each is a
 * method here or on the state class it concerns (an account syncs from the population record, a session ends, a
 * code is redeemed once); the portal mocks call those methods and hold no state of their own.
 *
 * <p>Thread-safety: all mutable state is guarded by one lock; a request runs whole under it
 * ({@link RouteDispatcher}), and the public read methods take it too. The public methods return immutable snapshots.
 */
public final class PortalState {

    /** How long an SMS OTP is valid. */
    public static final Duration OTP_VALIDITY = Duration.ofMinutes(5);
    /** How long an authorization code is valid. */
    public static final Duration CODE_VALIDITY = Duration.ofSeconds(60);
    /** Consecutive wrong passwords that lock a VNconnect account. */
    public static final int MAX_FAILED_LOGINS = 5;
    /** How long a locked VNconnect account stays locked. */
    public static final Duration LOCKOUT_DURATION = Duration.ofMinutes(30);

    /** A VNconnect account as the portal holds it now (snapshot). */
    public record AccountView(
            String username,
            String phone,
            String fullName,
            LocalDate birthDate,
            String cccd,
            boolean synced,
            String linkedVneid,
            Instant linkedAt,
            List<String> dossierCodes) {
        public boolean linked() {
            return linkedVneid != null;
        }
    }

    /** A separate VNeID account (opened by a VNeID login that found no synced VNconnect account). */
    public record VneidAccountView(String cccd, String fullName, LocalDate birthDate, Instant openedAt) {}

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final SmsOutbox sms = new SmsOutbox();

    /** The population database: every fake citizen, by CCCD (immutable). */
    private final Map<String, Citizen> population;
    /** Every fake citizen, in the order of the data file (immutable). */
    private final List<Citizen> citizens;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, VneidAccount> vneidAccounts = new LinkedHashMap<>();

    /** Sessions of the national portal and the provincial systems: host -> session id -> session. */
    private final Map<String, Map<String, PortalSession>> portalSessions = new HashMap<>();
    /** Logins in progress at a portal: host -> pre-session cookie value -> the OAuth2 state it was given. */
    private final Map<String, Map<String, String>> pendingStates = new HashMap<>();
    /** One-time login tickets an API host gave a portal (platform portaldvc): portal host -> ticket -> who, when. */
    private final Map<String, Map<String, LoginTicket>> loginTickets = new HashMap<>();

    private final Map<String, SsoAuthRequest> ssoRequests = new HashMap<>();
    private final Map<String, SsoSession> ssoSessions = new HashMap<>();
    private final Map<String, AuthCode> ssoCodes = new HashMap<>();

    private final Map<String, VneidAuthRequest> vneidRequests = new LinkedHashMap<>();
    private final Map<String, AuthCode> vneidCodes = new HashMap<>();

    /**
     * @param clock    the mock clock (expiry of OTPs, codes, lockouts)
     * @param seedDate the business date shown as the link date of accounts seeded as linked
     */
    PortalState(List<Citizen> citizens, Clock clock, LocalDate seedDate) {
        this.clock = clock;
        Map<String, Citizen> byCccd = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (Citizen c : citizens) {
            byCccd.put(c.cccd(), c);
            c.vnconnectAccount().ifPresent(v -> accounts.put(v.username(), Account.seed(c, v, now, seedDate)));
        }
        this.population = Map.copyOf(byCccd);
        this.citizens = List.copyOf(citizens);
    }

    // ---------------------------------------------------------------- public, read-only

    public SmsOutbox sms() {
        return sms;
    }

    public List<AccountView> accounts() {
        return locked(() -> accounts.values().stream().map(Account::view).toList());
    }

    public Optional<AccountView> account(String username) {
        return locked(() -> Optional.ofNullable(accounts.get(username)).map(Account::view));
    }

    /** The VNconnect account carrying this CCCD, if any. */
    public Optional<AccountView> accountByCccd(String cccd) {
        return locked(() -> accountWithCccd(cccd).map(Account::view));
    }

    public Optional<VneidAccountView> separateVneidAccount(String cccd) {
        return locked(() -> Optional.ofNullable(vneidAccounts.get(cccd)).map(VneidAccount::view));
    }

    /**
     * Until when (mock clock) this VNconnect account is locked after {@value #MAX_FAILED_LOGINS} wrong passwords;
     * empty when it is not locked now.
     */
    public Optional<Instant> lockedUntil(String username) {
        return locked(() -> Optional.ofNullable(accounts.get(username))
                .map(a -> a.lockedUntil)
                .filter(until -> now().isBefore(until)));
    }

    /** How many sessions are alive at this host (portal or national SSO; the VNeID SSO keeps none). */
    public int liveSessions(String host) {
        return locked(() -> {
            if (PortalHosts.NATIONAL_SSO.equals(host)) {
                return ssoSessions.size();
            }
            Map<String, PortalSession> sessions = portalSessions.get(host);
            return sessions == null ? 0 : sessions.size();
        });
    }

    // ---------------------------------------------------------------- package-private, under the lock

    <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    Instant now() {
        return clock.instant();
    }

    boolean expired(Instant issuedAt, Duration validity) {
        return !now().isBefore(issuedAt.plus(validity));
    }

    String randomDigits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    String randomToken() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ---------------------------------------------------------------- citizens and accounts

    /** The population record holder of this CCCD, if the population database knows it. */
    Optional<Citizen> citizen(String cccd) {
        return Optional.ofNullable(cccd).map(population::get);
    }

    /** Every fake citizen, in the order of the data file. */
    List<Citizen> citizens() {
        return citizens;
    }

    Optional<Account> accountNamed(String username) {
        return Optional.ofNullable(username).map(accounts::get);
    }

    Optional<Account> accountWithCccd(String cccd) {
        return accounts.values().stream().filter(a -> cccd != null && cccd.equals(a.cccd)).findFirst();
    }

    /** The account a user name or CCCD signs in to (VNconnect accepts either). */
    Optional<Account> accountByLogin(String login) {
        if (login == null) {
            return Optional.empty();
        }
        Account byName = accounts.get(login.trim());
        return byName != null ? Optional.of(byName) : accountWithCccd(login.trim());
    }

    Optional<VneidAccount> vneidAccount(String cccd) {
        return Optional.ofNullable(cccd).map(vneidAccounts::get);
    }

    /** The separate VNeID account of this citizen: opened now, or the one opened before. */
    VneidAccount openSeparateVneidAccount(Citizen citizen) {
        return vneidAccounts.computeIfAbsent(citizen.cccd(), cccd -> new VneidAccount(citizen, now()));
    }

    // ---------------------------------------------------------------- sessions of the portals

    PortalSession openSession(String host, Subject subject) {
        return openSession(host, subject, randomToken());
    }

    /** A session under the given id (the correct portals always take a fresh one: {@link #openSession(String, Subject)}). */
    PortalSession openSession(String host, Subject subject, String id) {
        PortalSession session = new PortalSession(id, subject, now());
        sessionsOf(host).put(session.id, session);
        return session;
    }

    Optional<PortalSession> session(String host, String id) {
        return Optional.ofNullable(id).map(sessionsOf(host)::get);
    }

    void endSession(String host, String id) {
        sessionsOf(host).remove(id);
    }

    /** A login starts at a portal: a fresh OAuth2 state kept under a fresh pre-session id (both returned). */
    PendingLogin beginLogin(String host) {
        PendingLogin login = new PendingLogin(randomToken(), randomToken());
        pendingStatesOf(host).put(login.preSession(), login.oauthState());
        return login;
    }

    /** The state this pre-session was given, once: a second callback finds nothing. */
    Optional<String> takeLoginState(String host, String preSession) {
        return Optional.ofNullable(preSession).map(pendingStatesOf(host)::remove);
    }

    record PendingLogin(String preSession, String oauthState) {}

    private record LoginTicket(Subject subject, Instant issuedAt) {}

    /**
     * A fresh one-time ticket for the portal at {@code host}, standing for who signed in at its API host; valid
     * {@link #CODE_VALIDITY}, like an authorization code.
     */
    String issueLoginTicket(String host, Subject subject) {
        String ticket = randomToken();
        loginTickets.computeIfAbsent(host, h -> new HashMap<>()).put(ticket, new LoginTicket(subject, now()));
        return ticket;
    }

    /** Who a ticket stands for, once: used up by its first redemption; empty if unknown, used or expired. */
    Optional<Subject> redeemLoginTicket(String host, String ticket) {
        LoginTicket t = ticket == null ? null : loginTickets.getOrDefault(host, Map.of()).get(ticket);
        if (t == null) {
            return Optional.empty();
        }
        loginTickets.get(host).remove(ticket);
        return expired(t.issuedAt(), CODE_VALIDITY) ? Optional.empty() : Optional.of(t.subject());
    }

    private Map<String, PortalSession> sessionsOf(String host) {
        return portalSessions.computeIfAbsent(host, h -> new HashMap<>());
    }

    private Map<String, String> pendingStatesOf(String host) {
        return pendingStates.computeIfAbsent(host, h -> new HashMap<>());
    }

    // ---------------------------------------------------------------- the national SSO

    SsoAuthRequest newSsoRequest(String clientId, String redirectUri, String oauthState) {
        SsoAuthRequest request = new SsoAuthRequest(randomToken(), clientId, redirectUri, oauthState, now());
        ssoRequests.put(request.key, request);
        return request;
    }

    Optional<SsoAuthRequest> ssoRequest(String key) {
        return Optional.ofNullable(key).map(ssoRequests::get);
    }

    /** The citizen signed in: the request is done, a new SSO session replaces the browser's old one. */
    SsoSession finishSsoRequest(SsoAuthRequest request, Subject subject, Optional<String> oldSession) {
        ssoRequests.remove(request.key);
        oldSession.ifPresent(ssoSessions::remove);
        SsoSession session = new SsoSession(randomToken(), subject, now());
        ssoSessions.put(session.id(), session);
        return session;
    }

    Optional<SsoSession> ssoSession(String id) {
        return Optional.ofNullable(id).map(ssoSessions::get);
    }

    void endSsoSession(String id) {
        ssoSessions.remove(id);
    }

    /** An authorization code of the national SSO: single use, bound to client and redirect URI. */
    String issueSsoCode(String clientId, String redirectUri, Subject subject) {
        return issue(ssoCodes, clientId, redirectUri, subject);
    }

    Redemption<Subject> redeemSsoCode(String code, String clientId, String redirectUri) {
        return redeem(ssoCodes, code, clientId, redirectUri, true);
    }

    /**
     * Redeems a code of the national SSO as {@link #redeemSsoCode} does, except that a code already used is accepted
     * again (client, redirect URI and expiry still checked): what a seeded defect of the SSO does.
     */
    Redemption<Subject> redeemSsoCodeAgainAndAgain(String code, String clientId, String redirectUri) {
        return redeem(ssoCodes, code, clientId, redirectUri, false);
    }

    // ---------------------------------------------------------------- the VNeID SSO

    VneidAuthRequest newVneidRequest(String clientId, String redirectUri, String oauthState) {
        VneidAuthRequest request = new VneidAuthRequest(randomToken(), clientId, redirectUri, oauthState, now());
        vneidRequests.put(request.req, request);
        return request;
    }

    Optional<VneidAuthRequest> vneidRequest(String req) {
        return Optional.ofNullable(req).map(vneidRequests::get);
    }

    void dropVneidRequest(VneidAuthRequest request) {
        vneidRequests.remove(request.req);
    }

    /**
     * The latest login request of this CCCD that waits in his VNeID app: a code sent for it (the app shows the login
     * request, and the code too if it went to the app), or a QR code he scanned, waiting for his passcode.
     */
    Optional<VneidAuthRequest> pendingAppRequest(String cccd) {
        VneidAuthRequest latest = null;
        for (VneidAuthRequest r : vneidRequests.values()) {
            if (r.waitsInApp() && cccd != null && cccd.equals(r.cccd)) {
                latest = r;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The request whose QR code (shown on its login page, not scanned yet) carries this payload. */
    Optional<VneidAuthRequest> vneidRequestShowingQr(String payload) {
        return vneidRequests.values().stream()
                .filter(r -> r.appStatus == AppStatus.QR_SHOWN && payload != null && payload.equals(r.qrPayload))
                .findFirst();
    }

    /** The request is done: a VNeID authorization code for who signed in (the CCCD, with the account's level). */
    String issueVneidCode(VneidAuthRequest request, Subject subject) {
        vneidRequests.remove(request.req);
        return issue(vneidCodes, request.clientId, request.redirectUri, subject);
    }

    Redemption<Subject> redeemVneidCode(String code, String clientId, String redirectUri) {
        return redeem(vneidCodes, code, clientId, redirectUri, true);
    }

    // ---------------------------------------------------------------- authorization codes

    private String issue(Map<String, AuthCode> codes, String clientId, String redirectUri, Subject subject) {
        String code = randomToken();
        codes.put(code, new AuthCode(clientId, redirectUri, subject, now()));
        return code;
    }

    /**
     * Redeems a code: single use (a refused attempt uses it up too), bound to the client and redirect URI, valid
     * {@link #CODE_VALIDITY}.
     */
    private Redemption<Subject> redeem(Map<String, AuthCode> codes, String code, String clientId, String redirectUri, boolean singleUse) {
        AuthCode c = codes.get(code);
        if (c == null) {
            return Redemption.refused("unknown authorization code");
        }
        if (c.used && singleUse) {
            return Redemption.refused("authorization code already used");
        }
        c.used = true;
        if (!c.clientId.equals(clientId)) {
            return Redemption.refused("authorization code was issued to another client");
        }
        if (!c.redirectUri.equals(redirectUri)) {
            return Redemption.refused("redirect_uri differs from the one the code was issued for");
        }
        if (expired(c.issuedAt, CODE_VALIDITY)) {
            return Redemption.refused("authorization code expired");
        }
        return Redemption.ok(c.subject);
    }

    // ---------------------------------------------------------------- mutable state classes

    /** A VNconnect account of the national portal. */
    static final class Account {
        final String username;
        final String password;
        final String phone;
        final List<Citizen.Dossier> dossiers;
        private String fullName;
        private LocalDate birthDate;
        private String cccd;
        private boolean synced;
        private String gender;
        private String placeOfOrigin;
        private String linkedVneid;
        /** The business date of the link (shown as td.linked-at). */
        private LocalDate linkedOn;
        private Instant linkedAt;
        /** Consecutive wrong passwords at the national SSO. */
        private int failedLogins;
        /** Locked until then (mock clock), or null. */
        private Instant lockedUntil;

        private Account(String username, String password, String phone, List<Citizen.Dossier> dossiers) {
            this.username = username;
            this.password = password;
            this.phone = phone;
            this.dossiers = List.copyOf(dossiers);
        }

        static Account seed(Citizen c, Citizen.VnconnectAccount v, Instant now, LocalDate today) {
            Account a = new Account(v.username(), v.password(), c.phone(), c.dossiers());
            a.fullName = v.fullName();
            a.birthDate = v.birthDate() == null ? null : LocalDate.parse(v.birthDate());
            a.cccd = v.cccd();
            a.synced = v.synced();
            if (v.synced() && c.population() != null) {
                a.gender = c.population().gender();
                a.placeOfOrigin = c.population().placeOfOrigin();
            }
            if (v.linked()) {
                a.linkTo(v.cccd() != null ? v.cccd() : c.cccd(), now, today); // the seed has no link date: "when the mock started"
            }
            return a;
        }

        String fullName() {
            return fullName;
        }

        LocalDate birthDate() {
            return birthDate;
        }

        String cccd() {
            return cccd;
        }

        String gender() {
            return gender;
        }

        String placeOfOrigin() {
            return placeOfOrigin;
        }

        boolean synced() {
            return synced;
        }

        String linkedVneid() {
            return linkedVneid;
        }

        LocalDate linkedOn() {
            return linkedOn;
        }

        boolean passwordIs(String given) {
            return password.equals(given);
        }

        /** The citizen gave his CCCD number (checked against the population database by the portal). */
        void giveCccd(String cccd) {
            this.cccd = cccd;
        }

        /** "Cập nhật": the account takes the population record's data and is synced from now on. */
        void syncFrom(Citizen.PopulationRecord record) {
            fullName = record.fullName();
            birthDate = LocalDate.parse(record.birthDate());
            gender = record.gender();
            placeOfOrigin = record.placeOfOrigin();
            synced = true;
        }

        /** The VNeID account of this CCCD signs in to this account from now on (a second link changes nothing). */
        void linkTo(String vneidCccd, Instant at, LocalDate on) {
            if (linkedVneid == null) {
                linkedVneid = vneidCccd;
                linkedAt = at;
                linkedOn = on;
            }
        }

        /** Whether the account is locked now; a lock that ran out is lifted (and the count starts again). */
        boolean lockedAt(Instant now) {
            if (lockedUntil == null) {
                return false;
            }
            if (now.isBefore(lockedUntil)) {
                return true;
            }
            lockedUntil = null;
            failedLogins = 0;
            return false;
        }

        /** A wrong password: the {@code max}-th in a row locks the account for {@code lockout}; returns the attempts left (0: locked). */
        int wrongPassword(Instant now, int max, Duration lockout) {
            failedLogins++;
            if (failedLogins >= max) {
                failedLogins = 0;
                lockedUntil = now.plus(lockout);
                return 0;
            }
            return max - failedLogins;
        }

        /** A right password: the count of wrong ones starts again. */
        void passwordAccepted() {
            failedLogins = 0;
            lockedUntil = null;
        }

        AccountView view() {
            return new AccountView(username, phone, fullName, birthDate, cccd, synced, linkedVneid, linkedAt,
                    dossiers.stream().map(Citizen.Dossier::code).toList());
        }
    }

    /** A separate VNeID account: no dossiers, no linked account. */
    static final class VneidAccount {
        final String cccd;
        final String fullName;
        final LocalDate birthDate;
        final String gender;
        final String placeOfOrigin;
        final String phone;
        final Instant openedAt;

        VneidAccount(Citizen c, Instant openedAt) {
            this.cccd = c.cccd();
            this.fullName = c.population().fullName();
            this.birthDate = LocalDate.parse(c.population().birthDate());
            this.gender = c.population().gender();
            this.placeOfOrigin = c.population().placeOfOrigin();
            this.phone = c.phone();
            this.openedAt = openedAt;
        }

        VneidAccountView view() {
            return new VneidAccountView(cccd, fullName, birthDate, openedAt);
        }
    }

    /** A session at the national portal or at a provincial system. */
    static final class PortalSession {
        final String id;
        final Subject subject;
        final Instant createdAt;
        /** "Cập nhật CSDL Quốc gia về Dân cư" was pressed: the identity tab shows the population data. */
        private boolean populationFetched;
        private String flashSuccess;
        private String flashError;

        PortalSession(String id, Subject subject, Instant createdAt) {
            this.id = id;
            this.subject = subject;
            this.createdAt = createdAt;
        }

        boolean populationFetched() {
            return populationFetched;
        }

        void fetchPopulationData() {
            populationFetched = true;
        }

        void forgetPopulationData() {
            populationFetched = false;
        }

        /** A message for the next page this session sees. */
        void flashSuccess(String message) {
            flashSuccess = message;
        }

        void flashError(String message) {
            flashError = message;
        }

        /** The message for this page, shown once. */
        Optional<String> takeSuccess() {
            Optional<String> message = Optional.ofNullable(flashSuccess);
            flashSuccess = null;
            return message;
        }

        Optional<String> takeError() {
            Optional<String> message = Optional.ofNullable(flashError);
            flashError = null;
            return message;
        }
    }

    /** A session at the national SSO ({@code commonAuthId}). */
    record SsoSession(String id, Subject subject, Instant createdAt) {}

    /** An authorization request waiting at the national SSO for the citizen to sign in. */
    static final class SsoAuthRequest {
        final String key;
        final String clientId;
        final String redirectUri;
        final String state;
        final Instant createdAt;
        private String pendingUsername;
        private String otp;
        private Instant otpIssuedAt;
        private String vneidState;

        SsoAuthRequest(String key, String clientId, String redirectUri, String state, Instant createdAt) {
            this.key = key;
            this.clientId = clientId;
            this.redirectUri = redirectUri;
            this.state = state;
            this.createdAt = createdAt;
        }

        /** The password was right: this code, sent by SMS, is now awaited for this account. */
        void awaitOtp(String username, String code, Instant issuedAt) {
            pendingUsername = username;
            otp = code;
            otpIssuedAt = issuedAt;
        }

        /** Back to the start: no account, no code awaited. */
        void restart() {
            pendingUsername = null;
            otp = null;
        }

        /** The code can no longer be used (expired): only a new login sends a new one. */
        void useUpOtp() {
            otp = null;
        }

        Optional<String> pendingUsername() {
            return Optional.ofNullable(pendingUsername);
        }

        Optional<String> otp() {
            return Optional.ofNullable(otp);
        }

        Instant otpIssuedAt() {
            return otpIssuedAt;
        }

        /** A trip to the VNeID SSO starts with this state. */
        void awaitVneid(String oauthState) {
            vneidState = oauthState;
        }

        /** The state the trip to the VNeID SSO was given, once. */
        Optional<String> takeVneidState() {
            Optional<String> expected = Optional.ofNullable(vneidState);
            vneidState = null;
            return expected;
        }
    }

    /**
     * An authorization request at the VNeID SSO, from its login page ({@code req}) to the code for the client. Either
     * the ID number and password were right and a one-time code went to the VNeID app or by SMS, or the page showed
     * a QR code that the citizen's app scanned and confirmed with his passcode; the citizen may decline in the app.
     */
    static final class VneidAuthRequest {
        final String req;
        final String clientId;
        final String redirectUri;
        final String state;
        final Instant createdAt;
        private String cccd;
        private String code;
        private Instant codeIssuedAt;
        private CodeChannel channel;
        private String qrPayload;
        private Instant qrIssuedAt;
        private AppStatus appStatus = AppStatus.NONE;

        VneidAuthRequest(String req, String clientId, String redirectUri, String state, Instant createdAt) {
            this.req = req;
            this.clientId = clientId;
            this.redirectUri = redirectUri;
            this.state = state;
            this.createdAt = createdAt;
        }

        /** The identification number and password were right. */
        void signedIn(String cccd) {
            this.cccd = cccd;
        }

        Optional<String> cccd() {
            return Optional.ofNullable(cccd);
        }

        /** A fresh one-time code, sent to the app or by SMS; it replaces any earlier one. */
        void sendCode(String code, Instant issuedAt, CodeChannel channel) {
            this.code = code;
            this.codeIssuedAt = issuedAt;
            this.channel = channel;
            appStatus = AppStatus.CODE_SENT;
        }

        Optional<String> code() {
            return Optional.ofNullable(code);
        }

        Instant codeIssuedAt() {
            return codeIssuedAt;
        }

        CodeChannel channel() {
            return channel;
        }

        /** The code can no longer be used (expired, or the login was declined): only a new one signs in. */
        void useUpCode() {
            code = null;
        }

        /** The login page shows a QR code with this payload for the VNeID app to scan. */
        void showQr(String payload, Instant issuedAt) {
            qrPayload = payload;
            qrIssuedAt = issuedAt;
            appStatus = AppStatus.QR_SHOWN;
        }

        Optional<String> qrPayload() {
            return Optional.ofNullable(qrPayload);
        }

        Instant qrIssuedAt() {
            return qrIssuedAt;
        }

        /** The citizen's app scanned the QR code: he is who signs in, once he confirms with his passcode. */
        void scannedBy(String cccd) {
            this.cccd = cccd;
            qrPayload = null;
            appStatus = AppStatus.SCANNED;
        }

        /** The passcode was right in the app. */
        void approveInApp() {
            appStatus = AppStatus.APPROVED;
        }

        /** The citizen declined in the app: no code signs this request in any more. */
        void declineInApp() {
            code = null;
            appStatus = AppStatus.DECLINED;
        }

        AppStatus appStatus() {
            return appStatus;
        }

        /** Whether the citizen's app shows this login request now (a code sent, or a QR scan awaiting the passcode). */
        boolean waitsInApp() {
            return appStatus == AppStatus.CODE_SENT || appStatus == AppStatus.SCANNED;
        }
    }

    /** Where a VNeID login request is: nothing yet, code sent, QR shown or scanned, approved, declined. */
    enum AppStatus { NONE, CODE_SENT, QR_SHOWN, SCANNED, APPROVED, DECLINED }

    /** Where a VNeID one-time code went: to the VNeID app (the default) or by SMS. */
    enum CodeChannel { APP, SMS }

    /** An authorization code: single use, bound to client and redirect URI. */
    private static final class AuthCode {
        final String clientId;
        final String redirectUri;
        final Subject subject;
        final Instant issuedAt;
        boolean used;

        AuthCode(String clientId, String redirectUri, Subject subject, Instant issuedAt) {
            this.clientId = clientId;
            this.redirectUri = redirectUri;
            this.subject = subject;
            this.issuedAt = issuedAt;
        }
    }
}
