package vn.vneidlink.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A Set-Cookie header read whole, and what a session cookie lacks. */
class SetCookieTest {

    @Test
    void aSessionCookieWithEveryProtectionLacksNothing() {
        SetCookie cookie = SetCookie.parse("DVC_SESSION=abc=; Path=/; HttpOnly; SameSite=Lax; Secure");
        assertThat(cookie.name()).isEqualTo("DVC_SESSION");
        assertThat(cookie.value()).isEqualTo("abc=");
        assertThat(cookie.missingProtections()).isEmpty();
        assertThat(cookie.removal()).isFalse();
        assertThat(SetCookie.parse("a=1; path=/; httponly; samesite=Strict; secure").missingProtections()).isEmpty();
        assertThat(SetCookie.parse("a=1; Path=/portaldvc; HttpOnly; SameSite=None; Secure").missingProtections()).isEmpty();
    }

    @Test
    void eachMissingProtectionIsNamedWhole() {
        assertThat(SetCookie.parse("a=1").missingProtections())
                .containsExactly("thiếu Secure", "thiếu HttpOnly", "thiếu SameSite", "thiếu Path");
        assertThat(SetCookie.parse("a=1; Path=/; HttpOnly; SameSite=None").missingProtections())
                .containsExactly("thiếu Secure", "SameSite=None mà không có Secure");
        assertThat(SetCookie.parse("a=1; Path=p; HttpOnly; SameSite=Loose; Secure").missingProtections())
                .containsExactly("SameSite=Loose không hợp lệ (phải là Lax, Strict, hoặc None kèm Secure)", "Path=p không bắt đầu bằng /");
    }

    @Test
    void aRemovalIsAnEmptyValueAZeroMaxAgeOrAPastExpiry() {
        assertThat(SetCookie.parse("a=; Path=/").removal()).isTrue();
        assertThat(SetCookie.parse("a=1; Max-Age=0").removal()).isTrue();
        assertThat(SetCookie.parse("a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT").removal()).isTrue();
        assertThat(SetCookie.parse("a=1; Max-Age=3600").removal()).isFalse();
        assertThat(SetCookie.parse("a=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT").removal()).isFalse();
    }
}
