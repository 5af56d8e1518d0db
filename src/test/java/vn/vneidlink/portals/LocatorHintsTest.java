package vn.vneidlink.portals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.vneidlink.portals.sso.SsoLoginPage;

/** What the drift check reads of a locator to find the candidates of a missing element: the element's own names only. */
class LocatorHintsTest {

    @Test
    void theNationalLoginButtonNamesItsIdClassAndTextNotItsAncestor() {
        LocatorHints hints = LocatorHints.of(SiteHeader.NATIONAL.loginButton());
        assertThat(hints.ids()).containsExactly("dang-nhap");
        assertThat(hints.classes()).as("header-account is an ancestor: what a moved button no longer has").containsExactly("btn-register");
        assertThat(hints.texts()).containsExactly(SiteHeader.LOGIN_LABEL);
        assertThat(hints.tags()).containsExactly("a");
    }

    @Test
    void aCssSelectorNamesItsLastCompoundOnly() {
        LocatorHints moved = LocatorHints.of(By.cssSelector(".header-actions a.login-btn"));
        assertThat(moved.classes()).containsExactly("login-btn");
        assertThat(moved.tags()).containsExactly("a");

        LocatorHints byId = LocatorHints.of(By.cssSelector("div.user-area a#btnLogin"));
        assertThat(byId.ids()).containsExactly("btnLogin");
        assertThat(byId.classes()).isEmpty();

        LocatorHints alternatives = LocatorHints.of(By.cssSelector(".login-options .login-option .option-title, .idp-options a[id^='icon-']"));
        assertThat(alternatives.classes()).containsExactly("option-title");
        assertThat(alternatives.idPrefixes()).containsExactly("icon-");
        assertThat(alternatives.tags()).containsExactly("a");

        assertThat(LocatorHints.of(By.cssSelector("input[name='username']")).names()).containsExactly("username");
    }

    @Test
    void theSimpleLocatorsNameWhatTheySay() {
        assertThat(LocatorHints.of(By.id("btn-fetch-population")).ids()).containsExactly("btn-fetch-population");
        assertThat(LocatorHints.of(By.name("cccd")).names()).containsExactly("cccd");
        assertThat(LocatorHints.of(By.className("login-IDP")).classes()).containsExactly("login-IDP");
        LocatorHints link = LocatorHints.of(By.linkText("Đăng xuất"));
        assertThat(link.texts()).containsExactly("Đăng xuất");
        assertThat(link.tags()).containsExactly("a");
        assertThat(LocatorHints.of(new Within(By.id("user-dropdown"), By.xpath(".//a[normalize-space()='Đăng xuất']"))).ids())
                .as("the outer locator of Within is the element's surroundings").isEmpty();
    }

    @Test
    void theVneidOptionOfTheChoicePageNamesItsClassesAndEveryWording() {
        Expected option = SsoLoginPage.expectedWithoutAccount(true).stream().filter(e -> e.name().equals("lựa chọn VNeID của công dân"))
                .findFirst().orElseThrow();
        LocatorHints hints = LocatorHints.of(option);
        assertThat(hints.classes()).contains("login-IDP", "option-title");
        assertThat(hints.texts()).containsExactlyElementsOf(SsoLoginPage.VNEID_KIND.accepted());
        assertThat(hints.tags()).containsExactly("a");
    }

    @Test
    void aLabelIsItsWordings() {
        Expected label = Expected.label("nhãn", Wording.of("Đăng nhập", "ĐĂNG NHẬP"));
        LocatorHints hints = LocatorHints.of(label);
        assertThat(hints.label()).isTrue();
        assertThat(hints.texts()).isEqualTo(List.of("Đăng nhập", "ĐĂNG NHẬP"));
        assertThat(label.describeLocator()).isEqualTo("nhãn «Đăng nhập» hoặc «ĐĂNG NHẬP»");
    }
}
