package vn.vneidlink.portals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every page object's load check takes the scheme too: a portal's page over http:// is not the page. The checks are
 * tested inside the page ({@link PageCondition}), which compares {@code location.protocol} with the scheme given here.
 */
class PortalPageSchemeTest {

    @Test
    void hostAndPathOverHttpsOnly() {
        String home = "/p/home/dvc-trang-chu.html";
        assertThat(PortalPage.at("dichvucong.gov.vn", home).json())
                .isEqualTo("{\"op\":\"at\",\"scheme\":\"https\",\"host\":\"dichvucong.gov.vn\",\"path\":\"" + home + "\"}");
        assertThat(PortalPage.onHost("dichvucong.gov.vn").json()).isEqualTo("{\"op\":\"onHost\",\"scheme\":\"https\",\"host\":\"dichvucong.gov.vn\"}");
        assertThat(PageCondition.LIBRARY)
                .contains("case 'at': return location.protocol === c.scheme + ':' && location.hostname === c.host && location.pathname === c.path;")
                .contains("case 'onHost': return location.protocol === c.scheme + ':' && location.hostname === c.host;");
    }
}
