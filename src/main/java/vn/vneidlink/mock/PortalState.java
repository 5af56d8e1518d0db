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
 * Every piece of mutable state of one {@link MockPortals} instance: the citizens' accounts, sessions of each
 * portal, OAuth2 requests and codes, OTPs, VNeID app approvals and the SMS outbox.
 *
 * <p>Thread-safety: all mutable state is guarded by one lock; handlers run a whole request under it
 * ({@link #locked}), and the public read methods take it too. The public methods return immutable snapshots.
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
    final Map<String, Citizen> population;
    /** Every fake citizen, in the order of the data file (immutable). */
    final List<Citizen> citizens;
    final Map<String, Account> accounts = new LinkedHashMap<>();
    final Map<String, VneidAccount> vneidAccounts = new LinkedHashMap<>();

    /** Sessions of the national portal and the provincial systems: host -> session id -> session. */
    final Map<String, Map<String, PortalSession>> portalSessions = new HashMap<>();
    /** Logins in progress at a portal: host -> pre-session cookie value -> expected OAuth2 state. */
    final Map<String, Map<String, String>> pendingStates = new HashMap<>();

    final Map<String, SsoAuthRequest> ssoRequests = new HashMap<>();
    final Map<String, SsoSession> ssoSessions = new HashMap<>();
    final Map<String, AuthCode> ssoCodes = new HashMap<>();

    final Map<String, VneidAuthRequest> vneidRequests = new LinkedHashMap<>();
    final Map<String, AuthCode> vneidCodes = new HashMap<>();

    /** Requests a mapping matched but the mock could not serve (provincial host not in portals.json, missing static file). */
    final List<String> unservedRequests = new ArrayList<>();

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

    // ---------------------------------------------------------------- package-private, for the handlers

    <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    Clock clock() {
        return clock;
    }

    Instant now() {
        return clock.instant();
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

    Map<String, PortalSession> sessionsOf(String host) {
        return portalSessions.computeIfAbsent(host, h -> new HashMap<>());
    }

    Map<String, String> pendingStatesOf(String host) {
        return pendingStates.computeIfAbsent(host, h -> new HashMap<>());
    }

    /**
     * Redeems an authorization code of one of the two authorization servers (national SSO, VNeID SSO):
     * single use (a refused attempt uses it up too), bound to the client and redirect URI, valid
     * {@link #CODE_VALIDITY}. Runs under the request lock, like every handler.
     */
    Redemption<Subject> redeem(Map<String, AuthCode> codes, String code, String clientId, String redirectUri) {
        AuthCode c = codes.get(code);
        if (c == null) {
            return Redemption.refused("unknown authorization code");
        }
        if (c.used) {
            return Redemption.refused("authorization code already used");
        }
        c.used = true;
        if (!c.clientId.equals(clientId)) {
            return Redemption.refused("authorization code was issued to another client");
        }
        if (!c.redirectUri.equals(redirectUri)) {
            return Redemption.refused("redirect_uri differs from the one the code was issued for");
        }
        if (expired(c.issuedAt, PortalState.CODE_VALIDITY)) {
            return Redemption.refused("authorization code expired");
        }
        return Redemption.ok(c.subject);
    }

    boolean expired(Instant issuedAt, Duration validity) {
        return !now().isBefore(issuedAt.plus(validity));
    }

    // ---------------------------------------------------------------- mutable state classes

    /** A VNconnect account of the national portal. */
    static final class Account {
        final String username;
        final String password;
        final String phone;
        String fullName;
        LocalDate birthDate;
        String cccd;
        boolean synced;
        String gender;
        String placeOfOrigin;
        String linkedVneid;
        Instant linkedAt;
        /** The business date of the link (shown as td.linked-at). */
        LocalDate linkedOn;
        /** Consecutive wrong passwords at the national SSO. */
        int failedLogins;
        /** Locked until then (mock clock), or null. */
        Instant lockedUntil;
        final List<Citizen.Dossier> dossiers;

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
                a.linkedVneid = v.cccd() != null ? v.cccd() : c.cccd();
                a.linkedAt = now; // the seed data carries no link date: "linked when the mock started"
                a.linkedOn = today;
            }
            return a;
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
        /** Set by the LOGOUT_KEEPS_SESSION defect: the header shows "logged out", the session lives on. */
        boolean appearsLoggedOut;
        /** "Cập nhật CSDL Quốc gia về Dân cư" was pressed: the identity tab shows the population data. */
        boolean populationFetched;
        String flashSuccess;
        String flashError;

        PortalSession(String id, Subject subject, Instant createdAt) {
            this.id = id;
            this.subject = subject;
            this.createdAt = createdAt;
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
        String pendingUsername;
        String otp;
        Instant otpIssuedAt;
        String vneidState;

        SsoAuthRequest(String key, String clientId, String redirectUri, String state, Instant createdAt) {
            this.key = key;
            this.clientId = clientId;
            this.redirectUri = redirectUri;
            this.state = state;
            this.createdAt = createdAt;
        }
    }

    /** An authorization request at the VNeID SSO. */
    static final class VneidAuthRequest {
        final String req;
        final String clientId;
        final String redirectUri;
        final String state;
        final Instant createdAt;
        String cccd;
        String otp;
        Instant otpIssuedAt;
        AppStatus appStatus = AppStatus.NONE;

        VneidAuthRequest(String req, String clientId, String redirectUri, String state, Instant createdAt) {
            this.req = req;
            this.clientId = clientId;
            this.redirectUri = redirectUri;
            this.state = state;
            this.createdAt = createdAt;
        }
    }

    enum AppStatus { NONE, PENDING, APPROVED, DECLINED }

    /** An authorization code: single use, bound to client and redirect URI. */
    static final class AuthCode {
        final String code;
        final String clientId;
        final String redirectUri;
        final Subject subject;
        final Instant issuedAt;
        boolean used;

        AuthCode(String code, String clientId, String redirectUri, Subject subject, Instant issuedAt) {
            this.code = code;
            this.clientId = clientId;
            this.redirectUri = redirectUri;
            this.subject = subject;
            this.issuedAt = issuedAt;
        }
    }
}
