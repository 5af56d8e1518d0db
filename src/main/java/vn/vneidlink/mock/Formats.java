package vn.vneidlink.mock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the portals show dates: dd/MM/yyyy, in Vietnam's time zone. */
final class Formats {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {}

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An ISO date (yyyy-MM-dd) of the data files, shown dd/MM/yyyy. */
    static String isoDate(String iso) {
        return iso == null || iso.isBlank() ? "" : date(LocalDate.parse(iso));
    }

    static String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(VIETNAM).toLocalDate());
    }

    /** The top bar's date of a business date, e.g. "Thứ Bảy, 15/06/2024". */
    static String today(LocalDate today) {
        return weekday(today.getDayOfWeek()) + ", " + date(today);
    }

    private static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ Nhật";
        };
    }

    /** "090****102": the VNeID SSO's mask, the first and last 3 digits of a phone number shown, the middle starred. */
    static String vneidMaskedPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "*".repeat(phone == null ? 6 : phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 3);
    }

    /** "******0101": the last 4 digits of a phone number. */
    static String maskedPhone(String phone) {
        if (phone == null || phone.length() < 4) {
            return "******";
        }
        return "******" + phone.substring(phone.length() - 4);
    }
}
