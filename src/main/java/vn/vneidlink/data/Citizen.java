package vn.vneidlink.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * One fake citizen of the test data: what the National Population Database holds about him,
 * his old portal (VNconnect) account if he has one, his VNeID account and his past dossiers.
 * Immutable: the mock portals copy it into their own mutable state.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Citizen(
        String profile,
        String fullName,
        String cccd,
        String phone,
        PopulationRecord population,
        VnconnectAccount vnconnect,
        VneidAccount vneid,
        List<Dossier> dossiers) {

    public Citizen {
        dossiers = dossiers == null ? List.of() : List.copyOf(dossiers);
    }

    public Optional<VnconnectAccount> vnconnectAccount() {
        return Optional.ofNullable(vnconnect);
    }

    /** What the population database holds; the source of truth the sync compares against. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PopulationRecord(String fullName, String birthDate, String gender, String placeOfOrigin) {}

    /** The old account of the National Public Service Portal, as the citizen registered it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VnconnectAccount(
            String username,
            String password,
            String fullName,
            String birthDate,
            String cccd,
            boolean synced,
            boolean linked) {}

    /**
     * The electronic identification account issued by the Ministry of Public Security: the web password, the level
     * (1 or 2), the passcode the citizen confirms with in the VNeID phone app, and whether the app allows logging in
     * on the web ({@code webLogin}; absent means allowed: the app refuses web logins only when the citizen turned
     * them off).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VneidAccount(String password, int level, String passcode, Boolean webLogin) {

        public VneidAccount {
            webLogin = webLogin == null || webLogin;
        }

        /** Whether the citizen allowed web logins in his VNeID app. */
        public boolean webLoginAllowed() {
            return webLogin;
        }
    }

    /** A dossier (hồ sơ) the citizen submitted with his old account. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dossier(String code, String procedure, String agency, String submittedOn, String status) {}
}
