package vn.vneidlink.mock;

/**
 * An OAuth2 authorization server a portal signs in through, as {@link RelyingParty} needs it: the national SSO
 * (the national portal, most provincial systems) or the VNeID SSO (provincial systems of login
 * {@code vneid-direct}). Codes are redeemed in-process.
 */
interface AuthorizationServer {

    /** The authorize URL a portal's login redirects the browser to. */
    String authorizeUrl(String clientId, String redirectUri, String oauthState);

    /** Redeems a code (single use), checking client, redirect URI and expiry. */
    Redemption<Subject> redeem(String code, String clientId, String redirectUri);
}
