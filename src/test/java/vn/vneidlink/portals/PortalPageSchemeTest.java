package vn.vneidlink.portals;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/** Every page object's load check takes the scheme too: a portal's page over http:// is not the page. */
class PortalPageSchemeTest {

    private static WebDriver at(String url) {
        return (WebDriver) Proxy.newProxyInstance(WebDriver.class.getClassLoader(), new Class<?>[] {WebDriver.class}, (proxy, method, args) -> {
            if (method.getName().equals("getCurrentUrl")) {
                return url;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    @Test
    void hostAndPathOverHttpsOnly() {
        String home = "/p/home/dvc-trang-chu.html";
        assertThat(PortalPage.at("dichvucong.gov.vn", home).apply(at("https://dichvucong.gov.vn" + home + "?x=1"))).isTrue();
        assertThat(PortalPage.at("dichvucong.gov.vn", home).apply(at("http://dichvucong.gov.vn" + home))).isFalse();
        assertThat(PortalPage.onHost("dichvucong.gov.vn").apply(at("https://dichvucong.gov.vn/"))).isTrue();
        assertThat(PortalPage.onHost("dichvucong.gov.vn").apply(at("http://dichvucong.gov.vn/"))).isFalse();
        assertThat(PortalPage.onHost("dichvucong.gov.vn").apply(at("https://vpcp.dichvucong.gov.vn/"))).isFalse();
    }
}
