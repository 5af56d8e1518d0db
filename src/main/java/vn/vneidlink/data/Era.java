package vn.vneidlink.data;

import java.time.LocalDate;

/**
 * The three eras of the real portals that public evidence shows ({@code shared/REAL-PORTALS.md}), in which the mock
 * portals can be put ({@code vneidlink.mock.era}). The national SSO's choice page follows the portals' business date
 * in every era: before the cutover date it offers the citizen VNconnect login (the guide's page), from then on the
 * relabelled page without it; so the eras {@link #GUIDE} and {@link #AFTER_CUTOVER} are the same portals at two
 * dates, and a scenario may move from one to the other by setting the date. {@link #TODAY} is another national
 * portal.
 */
public enum Era {

    /** January – June 2024, as the guide shows it: server pages under {@code /p/home/}, login through the national SSO. */
    GUIDE("guide", LocalDate.of(2024, 6, 15)),
    /**
     * July 2024 – mid 2025: the same national portal; the national SSO's choice page relabelled ({@code #icon-1/2/3},
     * {@code commonauth?idp=…}), no VNconnect login for citizens.
     */
    AFTER_CUTOVER("after-cutover", LocalDate.of(2024, 9, 16)),
    /**
     * 2025 – 2026: the national portal is a client-rendered app whose "Đăng nhập" ({@code a#dang-nhap}) goes straight
     * to the VNeID SSO (client {@code sso-c12-dvc-web}, back to {@code /sso}); the old {@code /p/home/} pages answer
     * blank, their copies live on {@code vpcp.dichvucong.gov.vn}. Provincial systems still sign in as before.
     */
    TODAY("today", LocalDate.of(2026, 11, 16));

    private final String id;
    private final LocalDate defaultPortalDate;

    Era(String id, LocalDate defaultPortalDate) {
        this.id = id;
        this.defaultPortalDate = defaultPortalDate;
    }

    /** The setting's value, e.g. {@code after-cutover}. */
    public String id() {
        return id;
    }

    /** The portals' business date when a run does not set one: a day inside the era. */
    public LocalDate defaultPortalDate() {
        return defaultPortalDate;
    }
}
