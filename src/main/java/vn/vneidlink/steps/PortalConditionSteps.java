package vn.vneidlink.steps;

import io.cucumber.java.vi.Cho;
import io.cucumber.java.vi.Khi;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The conditions a scenario sets on the portals themselves: the portals' date (never the
 * machine's clock), time passing, a slow or failing VNeID SSO.
 */
public class PortalConditionSteps {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PortalsInUse portals;

    public PortalConditionSteps(PortalsInUse portals) {
        this.portals = portals;
    }

    @Cho("hôm nay trên các cổng là ngày {string}")
    public void portalDateIs(String date) {
        try {
            portals.target().mockControls().setPortalDate(LocalDate.parse(date, VIETNAMESE_DATE));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ngày \"" + date + "\" không đúng dạng dd/MM/yyyy (ví dụ 02/07/2024)", e);
        }
    }

    @Khi("{int} phút trôi qua")
    public void minutesPass(int minutes) {
        portals.target().mockControls().advanceClock(Duration.ofMinutes(minutes));
    }

    @Cho("SSO VNeID đang chậm, mỗi trang trả lời sau {int} giây")
    public void vneidIsSlow(int seconds) {
        portals.target().mockControls().setVneidDelay(Duration.ofSeconds(seconds));
    }

    @Cho("SSO VNeID đang ngừng hoạt động")
    public void vneidIsDown() {
        portals.target().mockControls().setVneidDown(true);
    }
}
