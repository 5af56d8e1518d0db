package vn.vneidlink.mock;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

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

    /**
     * Why an authorization request ({@code client_id}, {@code redirect_uri}, {@code response_type}, {@code state}) is
     * refused, in the user's words, or empty when it is valid: a registered client, exactly its redirect URI, the code
     * flow, a state.
     *
     * @param clients        the registered clients: client id -> redirect URI
     * @param registeredWhere how the refusal names the registry, e.g. " với hệ thống xác thực" (or "")
     */
    static Optional<String> refusal(Exchange ex, Map<String, String> clients, String registeredWhere) {
        return refusal(ex, clients, registeredWhere, EXACT_REDIRECT_URI);
    }

    /** The one correct comparison of a {@code redirect_uri} with the registered one: the whole string, exactly. */
    BiPredicate<String, String> EXACT_REDIRECT_URI = String::equals;

    /**
     * As {@link #refusal(Exchange, Map, String)}, comparing the {@code redirect_uri} with the registered one by
     * {@code redirectUriAccepted} ({@code (registered, given) -> …}; {@link #EXACT_REDIRECT_URI} is the correct one).
     */
    static Optional<String> refusal(Exchange ex, Map<String, String> clients, String registeredWhere,
            BiPredicate<String, String> redirectUriAccepted) {
        String clientId = ex.query("client_id", "");
        String redirectUri = ex.query("redirect_uri", "");
        String registered = clients.get(clientId);
        if (registered == null) {
            return Optional.of("Ứng dụng không hợp lệ: client_id \"" + clientId + "\" chưa được đăng ký" + registeredWhere + ".");
        }
        if (!redirectUriAccepted.test(registered, redirectUri)) {
            return Optional.of("Địa chỉ chuyển hướng không hợp lệ: redirect_uri \"" + redirectUri
                    + "\" không khớp với địa chỉ đã đăng ký của ứng dụng " + clientId + ".");
        }
        if (!"code".equals(ex.query("response_type", ""))) {
            return Optional.of("Yêu cầu không hợp lệ: response_type phải là \"code\".");
        }
        if (ex.query("state", "").isBlank()) {
            return Optional.of("Yêu cầu không hợp lệ: thiếu tham số state.");
        }
        return Optional.empty();
    }
}
