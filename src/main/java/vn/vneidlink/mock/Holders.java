package vn.vneidlink.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.PortalState.Account;
import vn.vneidlink.mock.PortalState.VneidAccount;

/** What a portal shows of the account a session stands for (shared by the national and provincial portals). */
final class Holders {

    static final String KIND_VNCONNECT = "Tài khoản cấp bởi Cổng dịch vụ công quốc gia";
    static final String KIND_VNEID = "Tài khoản định danh điện tử cấp bởi Bộ Công an";

    private Holders() {}

    /** The VNconnect account the subject stands for, or null (a separate VNeID account). */
    static Account account(PortalState state, Subject subject) {
        return subject.kind() == Subject.Kind.VNCONNECT_ACCOUNT ? state.accountNamed(subject.key()).orElse(null) : null;
    }

    /** The separate VNeID account the subject stands for, or null (a VNconnect account). */
    static VneidAccount vneidAccount(PortalState state, Subject subject) {
        return subject.kind() == Subject.Kind.VNEID_ACCOUNT ? state.vneidAccount(subject.key()).orElse(null) : null;
    }

    /** The full name as the portal holds it. */
    static String fullName(PortalState state, Subject subject) {
        Account a = account(state, subject);
        if (a != null) {
            return a.fullName();
        }
        VneidAccount v = vneidAccount(state, subject);
        return v != null ? v.fullName : "";
    }

    /** The dossiers rows (a separate VNeID account has none). */
    static List<Map<String, Object>> dossiers(PortalState state, Subject subject) {
        Account a = account(state, subject);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (a == null) {
            return rows;
        }
        for (Citizen.Dossier d : a.dossiers) {
            rows.add(dossierRow(d));
        }
        return rows;
    }

    /** One row of a dossier list. */
    static Map<String, Object> dossierRow(Citizen.Dossier d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", d.code());
        row.put("procedure", d.procedure());
        row.put("agency", d.agency());
        row.put("submitted", Formats.isoDate(d.submittedOn()));
        row.put("status", d.status());
        return row;
    }
}
