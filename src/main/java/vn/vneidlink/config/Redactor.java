package vn.vneidlink.config;

import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Masks what must never reach a report or a log of a run against real portals: passwords, OTPs,
 * ID numbers and the phone numbers used as user names. Against the mock portals (fake data) it
 * masks nothing, so that failure messages show the values.
 */
public final class Redactor {

    private final boolean active;
    private final Set<String> secrets = new ConcurrentSkipListSet<>(Comparator.comparing(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));

    public Redactor(boolean active) {
        this.active = active;
    }

    /** Remembers a value to mask from now on (an account's password, an OTP just received...). */
    public void add(String secret) {
        if (secret != null && secret.length() >= 4) {
            secrets.add(secret);
        }
    }

    public boolean active() {
        return active;
    }

    /** The text with every known secret masked. */
    public String mask(String text) {
        if (!active || text == null) {
            return text;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, masked(secret));
        }
        return masked;
    }

    /** How one value is shown: digits keep their first 3 and last 2, anything else becomes stars. */
    public String masked(String value) {
        if (!active) {
            return value;
        }
        if (value.matches("\\d{9,}")) {
            return value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
        }
        return "******";
    }
}
