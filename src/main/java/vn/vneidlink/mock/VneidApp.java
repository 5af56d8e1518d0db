package vn.vneidlink.mock;

import vn.vneidlink.mock.PortalState.AppStatus;
import vn.vneidlink.mock.PortalState.VneidAuthRequest;

/**
 * The citizen's VNeID phone app: approves or declines the login request the VNeID SSO is waiting for
 * (after "Xác thực trên ứng dụng VNeID"). The browser's waiting page polls and moves on by itself.
 */
public final class VneidApp {

    private final PortalState state;

    VneidApp(PortalState state) {
        this.state = state;
    }

    /** Whether a login request for this CCCD waits for approval in the app. */
    public boolean hasPendingRequest(String cccd) {
        return state.locked(() -> state.pendingAppRequest(cccd).isPresent());
    }

    /**
     * Approves the latest pending login request of this CCCD.
     *
     * @throws IllegalStateException if none is pending
     */
    public void approve(String cccd) {
        resolve(cccd, AppStatus.APPROVED, "approve");
    }

    /**
     * Declines the latest pending login request of this CCCD.
     *
     * @throws IllegalStateException if none is pending
     */
    public void decline(String cccd) {
        resolve(cccd, AppStatus.DECLINED, "decline");
    }

    private void resolve(String cccd, AppStatus status, String verb) {
        state.locked(() -> {
            VneidAuthRequest request = state.pendingAppRequest(cccd).orElseThrow(() -> new IllegalStateException(
                    "Cannot " + verb + ": no VNeID login request is pending in the app for CCCD " + cccd
                            + " (the browser must sign in at the VNeID SSO and choose \"Xác thực trên ứng dụng VNeID\" first)"));
            request.answerInApp(status);
            return null;
        });
    }
}
