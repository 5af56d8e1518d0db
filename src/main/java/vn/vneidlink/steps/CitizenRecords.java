package vn.vneidlink.steps;

import static vn.vneidlink.steps.ExactRows.Expected.exactly;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.portals.DossierListPage;
import vn.vneidlink.portals.national.PersonalInfoPage;
import vn.vneidlink.steps.ExactRows.Expected;
import vn.vneidlink.steps.ExactRows.Row;

/**
 * What the portals must show about the citizen, whole, built from his data: the fake citizen of
 * {@code mocks/data/citizens.json}, or, against real portals, the test account's settings. A value the data does not
 * hold (a blank: a live account's settings name no gender, no dossier title) is not compared, but its row and its
 * column must still be there; every value the data holds is compared whole.
 */
public final class CitizenRecords {

    /** How every portal shows a date. */
    public static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A form's rows (label, value) as {@link ExactRows} compares them: the key column is the label, the one other the value. */
    public static final String FIELD = "Trường";
    public static final String VALUE = "Giá trị";

    private CitizenRecords() {}

    /**
     * "Thông tin định danh" of an old account not yet synced: what the citizen registered (name, birth date, CCCD number;
     * none yet: empty). Gender and place of origin are rows of the page, but the registration of the test data holds
     * neither: their values are not compared before the sync.
     */
    public static List<Row> registeredIdentity(Citizen citizen) {
        Citizen.VnconnectAccount account = citizen.vnconnectAccount().orElseThrow(() -> new IllegalStateException(
                "dữ liệu thử: " + citizen.fullName() + " không có tài khoản VNconnect"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PersonalInfoPage.FULL_NAME, account.fullName());
        values.put(PersonalInfoPage.BIRTH_DATE, known(shownDate(account.birthDate())));
        values.put(PersonalInfoPage.GENDER, null);
        values.put(PersonalInfoPage.CCCD_LABEL, account.cccd() == null ? "" : account.cccd());
        values.put(PersonalInfoPage.PLACE_OF_ORIGIN, null);
        return fields(values);
    }

    /** "Thông tin định danh" as the National Population Database holds the citizen: fetched, saved by the sync, or a VNeID account's. */
    public static List<Row> populationIdentity(Citizen citizen) {
        Citizen.PopulationRecord p = citizen.population();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PersonalInfoPage.FULL_NAME, known(p.fullName()));
        values.put(PersonalInfoPage.BIRTH_DATE, known(shownDate(p.birthDate())));
        values.put(PersonalInfoPage.GENDER, known(p.gender()));
        values.put(PersonalInfoPage.CCCD_LABEL, known(citizen.cccd()));
        values.put(PersonalInfoPage.PLACE_OF_ORIGIN, known(p.placeOfOrigin()));
        return fields(values);
    }

    /** How the citizen signed in: the account tab names the login, not only the person. */
    public enum Login { VNCONNECT, VNEID }

    /**
     * "Thông tin tài khoản" of the citizen signed in this way: the user name he signed in with (VNeID: his personal
     * identification number), his full name, his phone, the kind of account.
     */
    public static List<Row> accountTab(Citizen citizen, Login login) {
        Map<String, String> values = new LinkedHashMap<>();
        if (login == Login.VNCONNECT) {
            values.put(PersonalInfoPage.USERNAME, citizen.vnconnectAccount().map(Citizen.VnconnectAccount::username).orElseThrow(
                    () -> new IllegalStateException("dữ liệu thử: " + citizen.fullName() + " không có tài khoản VNconnect")));
        } else {
            values.put(PersonalInfoPage.USERNAME, citizen.cccd());
        }
        values.put(PersonalInfoPage.FULL_NAME, known(citizen.fullName()));
        values.put(PersonalInfoPage.PHONE, known(citizen.phone()));
        values.put(PersonalInfoPage.ACCOUNT_KIND, login == Login.VNCONNECT ? PersonalInfoPage.KIND_VNCONNECT : PersonalInfoPage.KIND_VNEID);
        return fields(values);
    }

    /** The citizen's dossiers as a dossier list shows them: code, procedure, agency, submission date, status. */
    public static List<Row> dossiers(Citizen citizen) {
        return citizen.dossiers().stream().map(d -> {
            Map<String, Expected> cells = new LinkedHashMap<>();
            put(cells, DossierListPage.PROCEDURE, known(d.procedure()));
            put(cells, DossierListPage.AGENCY, known(d.agency()));
            put(cells, DossierListPage.SUBMITTED_ON, known(shownDate(d.submittedOn())));
            put(cells, DossierListPage.STATUS, known(d.status()));
            return new Row(d.code(), cells);
        }).toList();
    }

    /** The one row "DANH SÁCH TÀI KHOẢN LIÊN KẾT" must hold: the old VNconnect account, its kind, the date of the link. */
    public static Row linkedAccount(Citizen.VnconnectAccount account, Expected linkedOn) {
        Map<String, Expected> cells = new LinkedHashMap<>();
        cells.put(PersonalInfoPage.LINKED_KIND, exactly(PersonalInfoPage.KIND_VNCONNECT));
        cells.put(PersonalInfoPage.LINKED_ON, linkedOn);
        return new Row(account.username(), cells);
    }

    /** The date of a link made today: exactly today's date. */
    public static Expected linkedToday(LocalDate today) {
        return exactly(SHOWN_DATE.format(today));
    }

    /** The date of a link made before the scenario (the data does not say when): a date, not after today. */
    public static Expected linkedBefore(LocalDate today) {
        return Expected.matching("một ngày dd/MM/yyyy không sau hôm nay (" + SHOWN_DATE.format(today) + ")", shown -> {
            try {
                return !LocalDate.parse(shown, SHOWN_DATE).isAfter(today);
            } catch (DateTimeParseException notADate) {
                return false;
            }
        });
    }

    /** Rows of a form (label → value): the rows to compare with {@link #FIELD} as key, a null value not compared. */
    private static List<Row> fields(Map<String, String> values) {
        return values.entrySet().stream().map(e -> {
            Map<String, Expected> cells = new LinkedHashMap<>();
            put(cells, VALUE, e.getValue());
            return new Row(e.getKey(), cells);
        }).toList();
    }

    /** A form's rows as shown (label, value), for {@link ExactRows#compare}. */
    public static Map<String, String> shownField(String label, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(FIELD, label);
        row.put(VALUE, value);
        return row;
    }

    private static void put(Map<String, Expected> cells, String column, String value) {
        if (value != null) {
            cells.put(column, exactly(value));
        }
    }

    /** A value of the data, or null (not compared) where the data holds none. */
    private static String known(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An ISO date of the data (yyyy-MM-dd) as the portals show it; blank stays blank. */
    private static String shownDate(String iso) {
        return iso == null || iso.isBlank() ? "" : SHOWN_DATE.format(LocalDate.parse(iso));
    }
}
