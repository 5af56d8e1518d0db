package vn.vneidlink.steps;

import java.util.Optional;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.data.ProvincialSystem;

/**
 * What one scenario remembers between its steps: the citizen it follows and the portal in use
 * (the national portal, or a provincial system). A fresh one per scenario.
 */
public final class Journey {

    private Citizen citizen;
    private ProvincialSystem province;
    private boolean changesAccount;

    /** Whether the scenario changes its test account (tag @thay-doi-tai-khoan). */
    public void changesAccount(boolean changes) {
        this.changesAccount = changes;
    }

    public boolean changesAccount() {
        return changesAccount;
    }

    /** The citizen is now on the national portal. */
    public void useNationalPortal() {
        this.province = null;
    }

    /** The citizen is now on this provincial system. */
    public void useProvincialSystem(ProvincialSystem system) {
        this.province = system;
    }

    /** The provincial system in use, or empty on the national portal. */
    public Optional<ProvincialSystem> province() {
        return Optional.ofNullable(province);
    }

    public void follow(Citizen citizen) {
        this.citizen = citizen;
    }

    public Citizen citizen() {
        if (citizen == null) {
            throw new IllegalStateException("Kịch bản chưa nói công dân nào: thêm bước «Cho công dân \"<họ và tên>\" ...» lên đầu kịch bản.");
        }
        return citizen;
    }

    public Citizen.VnconnectAccount vnconnect() {
        return citizen().vnconnectAccount().orElseThrow(() -> new IllegalStateException(
                "Công dân \"" + citizen.fullName() + "\" không có tài khoản VNconnect trong dữ liệu thử."));
    }
}
