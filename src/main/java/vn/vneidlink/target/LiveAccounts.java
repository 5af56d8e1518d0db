package vn.vneidlink.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.vneidlink.config.Secrets;
import vn.vneidlink.data.Citizen;

/**
 * The real test accounts that stand in, on real portals, for the fake citizens the scenarios
 * name. A scenario says "Nguyễn Thị Hoà, never synced"; against real portals the suite signs in
 * with the test account configured for that profile ({@code citizen.never-synced.*}).
 */
public final class LiveAccounts {

    /** The keys a profile's account needs; VNeID-only profiles need no vnconnect keys. */
    static List<String> requiredKeys(Citizen fake) {
        List<String> keys = new ArrayList<>(List.of("full-name", "cccd", "phone", "vneid.password"));
        if (fake.vnconnect() != null) {
            keys.addAll(List.of("vnconnect.username", "vnconnect.password"));
        }
        return keys;
    }

    private final Secrets secrets;
    private final Set<String> sensitive = new TreeSet<>();

    public LiveAccounts(Secrets secrets) {
        this.secrets = secrets;
    }

    /** The keys still missing for the account standing in for this fake citizen. */
    public List<String> missingKeys(Citizen fake) {
        return requiredKeys(fake).stream()
                .map(field -> "citizen." + fake.profile() + "." + field)
                .filter(key -> secrets.get(key).isEmpty())
                .toList();
    }

    /** The real account for the fake citizen's profile, when every key is configured. */
    public Optional<Citizen> accountFor(Citizen fake) {
        if (!missingKeys(fake).isEmpty()) {
            return Optional.empty();
        }
        String prefix = "citizen." + fake.profile() + ".";
        String fullName = value(prefix + "full-name");
        String cccd = value(prefix + "cccd");
        Citizen.VnconnectAccount vnconnect = fake.vnconnect() == null ? null : new Citizen.VnconnectAccount(
                value(prefix + "vnconnect.username"), value(prefix + "vnconnect.password"),
                fullName, secrets.get(prefix + "birth-date").orElse(""), cccd, // blank: not known, not compared
                fake.vnconnect().synced(), fake.vnconnect().linked());
        // The passcode stays with the person who holds the phone: a live run never needs it.
        Citizen.VneidAccount vneid = new Citizen.VneidAccount(value(prefix + "vneid.password"),
                secrets.get(prefix + "vneid.level").map(Integer::parseInt).orElse(fake.vneid().level()),
                null, fake.vneid().webLoginAllowed());
        List<Citizen.Dossier> dossiers = secrets.get(prefix + "dossiers")
                .map(codes -> Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                        .map(code -> new Citizen.Dossier(code, "", "", "", "")).toList())
                .orElse(List.of());
        Citizen live = new Citizen(fake.profile(), fullName, cccd, value(prefix + "phone"),
                new Citizen.PopulationRecord(fullName, secrets.get(prefix + "birth-date").orElse(""), "", ""),
                vnconnect, vneid, dossiers);
        remember(live);
        return Optional.of(live);
    }

    private String value(String key) {
        return secrets.get(key).orElseThrow();
    }

    private void remember(Citizen live) {
        sensitive.add(live.cccd());
        sensitive.add(live.vneid().password());
        live.vnconnectAccount().ifPresent(a -> sensitive.add(a.password()));
    }

    /** The passwords and ID numbers handed out so far: what reports must never show. */
    public Set<String> sensitiveValues() {
        return Set.copyOf(sensitive);
    }
}
