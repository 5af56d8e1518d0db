package vn.vneidlink.mock;

/**
 * How the national SSO treats VNconnect accounts once the portal date has reached the cutover date
 * ({@link MockControls#setAfterCutoverPhase}). Before the cutover it does not matter.
 */
public enum CutoverPhase {
    /** The login page still shows the VNconnect form, but a VNconnect login is refused with a notice pointing to VNeID. */
    REFUSE_WITH_NOTICE,
    /** The login page offers VNeID only (no VNconnect form); a VNconnect login posted anyway is refused the same way. */
    VNEID_ONLY
}
