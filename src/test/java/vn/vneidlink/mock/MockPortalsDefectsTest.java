package vn.vneidlink.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vneidlink.mock.Flows.DOSSIERS;
import static vn.vneidlink.mock.Flows.HOME;
import static vn.vneidlink.mock.Flows.IDENTITY_TAB;
import static vn.vneidlink.mock.Flows.NATIONAL;
import static vn.vneidlink.mock.Flows.PROFILE;
import static vn.vneidlink.mock.Flows.QUANGTRI;
import static vn.vneidlink.mock.Flows.SSO;
import static vn.vneidlink.mock.Flows.VNEID;
import static vn.vneidlink.mock.Flows.userName;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vneidlink.data.Citizen;
import vn.vneidlink.mock.TestBrowser.Response;

/** Each defect changes the behaviour it names, and only when switched on. */
class MockPortalsDefectsTest {

    @Test
    void syncButtonNoopLeavesTheIdentityTabUnchanged() {
        Citizen hoa = Flows.citizen("never-synced");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.SYNC_BUTTON_NOOP))) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(hoa);
            Response before = flows.browser.open(IDENTITY_TAB);
            Response after = flows.browser.submit(PROFILE, "action", "fetch");
            assertThat(after.url()).isEqualTo(IDENTITY_TAB);
            assertThat(after.body()).doesNotContain("verified-check", "id=\"btn-save\"", "Xã Gio Mỹ")
                    .contains("Chưa đồng bộ với CSDL Quốc gia về Dân cư", "id=\"btn-fetch-population\"");
            assertThat(after.body()).isEqualTo(before.body());
            assertThat(portals.state().account(hoa.vnconnect().username()).orElseThrow().synced()).isFalse();
        }
    }

    @Test
    void logoutKeepsSessionShowsLoggedOutButThePersonalPageStillOpens() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.LOGOUT_KEEPS_SESSION))) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(binh);
            Response afterLogout = flows.logout();
            assertThat(afterLogout.url()).isEqualTo(HOME);
            assertThat(afterLogout.body()).contains("class=\"btn btn-register\"").doesNotContain("id=\"user-name\"");
            Response profile = flows.browser.get(PROFILE);
            assertThat(profile.status()).isEqualTo(200);
            assertThat(userName(profile)).isEqualTo("Trần Văn Bình");
            assertThat(portals.state().liveSessions("dichvucong.gov.vn")).isEqualTo(1);
        }
    }

    @Test
    void withoutTheDefectLogoutEndsTheSession() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(binh);
            String sessionId = flows.browser.cookie("dichvucong.gov.vn", "DVC_SESSION").orElseThrow();
            flows.logout();
            // even the old cookie (the back button) no longer opens the personal page
            flows.browser.setCookie("dichvucong.gov.vn", "DVC_SESSION", sessionId);
            assertThat(flows.browser.get(PROFILE).location()).isEqualTo(Flows.NATIONAL + "/dang-nhap");
        }
    }

    @Test
    void vneidLoginDoesNotLinkOpensASeparateAccountForASyncedOne() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(PortalDefect.VNEID_LOGIN_DOES_NOT_LINK))) {
            Flows flows = new Flows(portals);
            Response landed = flows.vneidLogin(binh);
            assertThat(userName(landed)).isEqualTo("Trần Văn Bình");
            assertThat(flows.browser.open(DOSSIERS).body()).contains("Không có hồ sơ nào");
            assertThat(flows.browser.open(IDENTITY_TAB).body()).contains("Chưa có tài khoản liên kết")
                    .doesNotContain("class=\"linked-account\"");
            assertThat(portals.state().account("0900000102").orElseThrow().linked()).isFalse();
            assertThat(portals.state().separateVneidAccount(binh.cccd())).isPresent();
        }
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            Flows flows = new Flows(portals);
            flows.vneidLogin(binh);
            assertThat(flows.browser.open(DOSSIERS).textsOfClass("dossier-code")).containsExactly("G22.45.01-231215-0107");
            assertThat(portals.state().account("0900000102").orElseThrow().linked()).isTrue();
        }
    }

    @Test
    void everyDefectNamesItsHostAndEffect() {
        for (PortalDefect defect : PortalDefect.values()) {
            assertThat(defect.host()).isIn(PortalHosts.NATIONAL, PortalHosts.NATIONAL_SSO, PortalHosts.VNEID_SSO, PortalHosts.PROVINCIAL);
            assertThat(defect.effect()).isNotBlank();
        }
    }

    @Test
    void markupDriftedRenamesTheLoginButtonRewordsTheVneidOptionAndMovesTheDvcTinhLogin() {
        try (MockPortals portals = withDefect(PortalDefect.MARKUP_DRIFTED)) {
            Flows flows = new Flows(portals);
            assertThat(flows.browser.open(HOME).body()).contains("<a class=\"btn btn-dang-ky\" href=\"/dang-nhap\">Đăng nhập</a>")
                    .doesNotContain("btn-register");
            assertThat(flows.openSsoLoginPage().body()).contains("<h3 class=\"option-title\">Tài khoản VNeID cấp bởi Bộ Công an</h3>",
                    "<span class=\"badge\">VNeID</span> Tài khoản VNeID cấp bởi Bộ Công an</a>")
                    .doesNotContain("Tài khoản định danh điện tử cấp bởi Bộ Công an");
            String quangtri = flows.browser.open(QUANGTRI + "/").body();
            assertThat(quangtri).doesNotContainPattern("<div class=\"header-actions\">\\s*<a class=\"login-btn\"")
                    .contains("<p class=\"footer-actions\"><a class=\"login-btn\" href=\"/dang-nhap\">Đăng nhập</a></p>");
            assertThat(flows.browser.open(QUANGTRI + "/dang-nhap").url()).as("the moved link still signs in")
                    .startsWith(SSO + "/authenticationendpoint/login.do");
        }
    }

    // ------------------------------------------------------------------ defects added with the run-time controls

    private static final String SUBMIT_SERVICE = NATIONAL + "/p/home/dvc-nop-ho-so-truc-tuyen.html";

    private static MockPortals withDefect(PortalDefect defect) {
        return MockPortals.start(MockOptions.defaults(Flows.MOCKS).withDefects(defect));
    }

    @Test
    void syncSaveNotPersistedReportsSuccessButNothingIsSaved() {
        Citizen hoa = Flows.citizen("never-synced");
        try (MockPortals portals = withDefect(PortalDefect.SYNC_SAVE_NOT_PERSISTED)) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(hoa);
            Response saved = flows.sync();
            assertThat(saved.textsOfClass("alert alert-success")).containsExactly("Cập nhật thông tin thành công");
            assertThat(saved.textsOfClass("not-synced")).containsExactly("Chưa đồng bộ với CSDL Quốc gia về Dân cư");
            Response reload = flows.browser.open(IDENTITY_TAB);
            assertThat(reload.body()).doesNotContain("class=\"verified-check\"").contains("class=\"not-synced\"");
            assertThat(portals.state().account("0900000101").orElseThrow().synced()).isFalse();
            // no link later
            flows.logout();
            flows.vneidLogin(hoa);
            assertThat(portals.state().account("0900000101").orElseThrow().linked()).isFalse();
            assertThat(flows.browser.open(DOSSIERS).body()).contains("Không có hồ sơ nào");
        }
    }

    @Test
    void greenChecksOnMismatchConfirmsEveryFieldAndSavesAMismatchedAccount() {
        Citizen dung = Flows.citizen("cccd-mismatch");
        try (MockPortals portals = withDefect(PortalDefect.GREEN_CHECKS_ON_MISMATCH)) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(dung);
            Response fetched = flows.browser.submit(PROFILE, "action", "fetch");
            assertThat(fetched.count("class=\"verified-check\"")).isEqualTo(5);
            assertThat(fetched.textsOfClass("alert alert-danger")).isEmpty();
            assertThat(fetched.body()).doesNotContain("Không khớp").contains("id=\"btn-save\"");
            Response saved = flows.browser.submit(PROFILE, "action", "save");
            assertThat(saved.textsOfClass("alert alert-success")).containsExactly("Cập nhật thông tin thành công");
            assertThat(portals.state().account("0900000104").orElseThrow().synced()).isTrue();
        }
    }

    @Test
    void linkedListOmitsOldAccountShowsAnEmptyListThoughTheLinkIsMade() {
        Citizen giang = Flows.citizen("linked");
        try (MockPortals portals = withDefect(PortalDefect.LINKED_LIST_OMITS_OLD_ACCOUNT)) {
            Flows flows = new Flows(portals);
            flows.vneidLogin(giang);
            assertThat(flows.browser.open(DOSSIERS).textsOfClass("dossier-code")).containsExactly("G22.45.02-231030-0078");
            Response identity = flows.browser.open(IDENTITY_TAB);
            assertThat(identity.body()).contains("id=\"linked-accounts\"").doesNotContain("class=\"linked-account\"");
            assertThat(identity.textsOfClass("empty")).containsExactly("Chưa có tài khoản liên kết");
            assertThat(portals.state().account("0900000106").orElseThrow().linked()).isTrue();
        }
    }

    @Test
    void provinceIgnoresLinkShowsTheRightNameButNoDossiers() {
        Citizen giang = Flows.citizen("linked");
        for (boolean defect : new boolean[] {true, false}) {
            MockOptions options = MockOptions.defaults(Flows.MOCKS);
            try (MockPortals portals = MockPortals.start(defect ? options.withDefects(PortalDefect.PROVINCE_IGNORES_LINK) : options)) {
                Flows flows = new Flows(portals);
                Response ssoPage = flows.browser.open(QUANGTRI + "/dang-nhap");
                assertThat(ssoPage.url()).startsWith(SSO + "/authenticationendpoint/login.do");
                Response landed = flows.approveInApp(flows.vneidCredentials(flows.openVneidLoginPage(ssoPage), giang), giang);
                assertThat(landed.url()).isEqualTo(QUANGTRI + "/");
                assertThat(userName(landed)).isEqualTo("Đỗ Văn Giang");
                Response dossiers = flows.browser.open(QUANGTRI + "/ho-so-cua-toi");
                if (defect) {
                    assertThat(dossiers.textsOfClass("empty")).containsExactly("Không có hồ sơ nào");
                    assertThat(dossiers.body()).doesNotContain("G22.45.02-231030-0078");
                    // the national portal is not affected
                    assertThat(flows.browser.open(NATIONAL + "/dang-nhap").url()).isEqualTo(HOME);
                    assertThat(flows.browser.open(DOSSIERS).textsOfClass("dossier-code")).containsExactly("G22.45.02-231030-0078");
                } else {
                    assertThat(dossiers.textsOfClass("dossier-code")).containsExactly("G22.45.02-231030-0078");
                }
            }
        }
    }

    @Test
    void wrongOtpAcceptedLetsAnySixDigitCodeIn() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = withDefect(PortalDefect.WRONG_OTP_ACCEPTED)) {
            Flows flows = new Flows(portals);
            Response otpPage = flows.toOtpPage(binh);
            String otp = portals.sms().latestOtp(binh.phone()).orElseThrow();
            String wrong = otp.equals("123456") ? "654321" : "123456";
            Response notDigits = flows.browser.submit(SSO + "/commonauth/otp", "otp", "abc", "sessionDataKey", otpPage.inputValue("sessionDataKey"));
            assertThat(notDigits.textsOfClass("alert alert-danger")).containsExactly("Mã OTP không chính xác");
            Response landed = flows.browser.submit(SSO + "/commonauth/otp", "otp", wrong, "sessionDataKey", otpPage.inputValue("sessionDataKey"));
            assertThat(landed.url()).isEqualTo(HOME);
            assertThat(userName(landed)).isEqualTo("Trần Văn Bình");
        }
    }

    @Test
    void otherCitizensNameShowsTheNextCitizenInTheHeader() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = withDefect(PortalDefect.OTHER_CITIZENS_NAME)) {
            Flows flows = new Flows(portals);
            Response home = flows.vnconnectLogin(binh);
            assertThat(userName(home)).isEqualTo("Lê Thị Cúc");
            assertThat(userName(flows.browser.open(PROFILE))).isEqualTo("Lê Thị Cúc");
            assertThat(userName(flows.browser.open(DOSSIERS))).isEqualTo("Lê Thị Cúc");
        }
        Citizen lan = Flows.citizen("vneid-level-1"); // the last citizen: wraps to the first
        try (MockPortals portals = withDefect(PortalDefect.OTHER_CITIZENS_NAME)) {
            assertThat(userName(new Flows(portals).vneidLogin(lan))).isEqualTo("Nguyễn Thị Hoà");
        }
    }

    @Test
    void oauthStateNotCheckedLetsAnUnsolicitedCallbackSignIn() {
        Citizen binh = Flows.citizen("synced-not-linked");
        for (boolean defect : new boolean[] {true, false}) {
            MockOptions options = MockOptions.defaults(Flows.MOCKS);
            try (MockPortals portals = MockPortals.start(defect ? options.withDefects(PortalDefect.OAUTH_STATE_NOT_CHECKED) : options)) {
                Flows flows = new Flows(portals);
                // the attacker's own login yields a valid code, not redeemed
                Response otpPage = flows.toOtpPage(binh);
                Response back = flows.browser.post(SSO + "/commonauth/otp", "otp", portals.sms().latestOtp(binh.phone()).orElseThrow(),
                        "sessionDataKey", otpPage.inputValue("sessionDataKey"));
                String code = back.locationParam("code");
                // the victim's browser never started a login
                TestBrowser victim = new TestBrowser(portals);
                Response callback = victim.open(NATIONAL + "/sso?code=" + code + "&state=chosen-by-attacker");
                if (defect) {
                    assertThat(callback.url()).isEqualTo(HOME);
                    assertThat(userName(callback)).isEqualTo("Trần Văn Bình");
                    assertThat(victim.get(PROFILE).status()).isEqualTo(200);
                } else {
                    assertThat(callback.status()).isEqualTo(400);
                    assertThat(callback.textsOfClass("alert alert-danger")).containsExactly("Yêu cầu đăng nhập không hợp lệ:"
                            + " tham số state không khớp với phiên đăng nhập của trình duyệt (state mismatch).");
                    assertThat(callback.body()).contains("id=\"error-message\"");
                    assertThat(victim.cookie(PortalHosts.NATIONAL, "DVC_SESSION")).isEmpty();
                }
            }
        }
    }

    @Test
    void redirectToWrongHostSendsTheBrowserToAnUnreachableHost() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = withDefect(PortalDefect.REDIRECT_TO_WRONG_HOST)) {
            Flows flows = new Flows(portals);
            Response otpPage = flows.toOtpPage(binh);
            Response back = flows.browser.post(SSO + "/commonauth/otp", "otp", portals.sms().latestOtp(binh.phone()).orElseThrow(),
                    "sessionDataKey", otpPage.inputValue("sessionDataKey"));
            assertThat(back.status()).isEqualTo(302);
            assertThat(back.location()).startsWith("https://dvc-dichvucong.gov.vn/sso?code=").contains("&state=");
            assertThat(portals.hostResolverRules()).doesNotContain("MAP dvc-dichvucong.gov.vn");
            assertThat(portals.state().liveSessions(PortalHosts.NATIONAL)).isZero();
        }
    }

    @Test
    void cutoverIgnoredStillAcceptsAVnconnectLogin() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS).withPortalDate(LocalDate.of(2024, 7, 2))
                .withDefects(PortalDefect.CUTOVER_IGNORED))) {
            Flows flows = new Flows(portals);
            Response page = flows.openSsoLoginPage();
            assertThat(page.body()).contains("id=\"vnconnect-form\"");
            Response landed = flows.vnconnectLogin(page, binh);
            assertThat(landed.url()).isEqualTo(HOME);
            assertThat(userName(landed)).isEqualTo("Trần Văn Bình");
        }
    }

    @Test
    void fetchButtonRenamedKeepsItsIdAndStillWorks() {
        Citizen hoa = Flows.citizen("never-synced");
        try (MockPortals portals = withDefect(PortalDefect.FETCH_BUTTON_RENAMED)) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(hoa);
            Response identity = flows.browser.open(IDENTITY_TAB);
            assertThat(identity.body()).contains("id=\"btn-fetch-population\" class=\"btn btn-secondary\" type=\"submit\" name=\"action\""
                    + " value=\"fetch\">Đồng bộ dữ liệu dân cư</button>").doesNotContain("Cập nhật CSDL Quốc gia về Dân cư</button>");
            assertThat(flows.sync().textsOfClass("alert alert-success")).containsExactly("Cập nhật thông tin thành công");
        }
    }

    @Test
    void personalPage500AnswersTheErrorPage() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = withDefect(PortalDefect.PERSONAL_PAGE_500)) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(binh);
            for (String url : new String[] {PROFILE, IDENTITY_TAB}) {
                Response broken = flows.browser.get(url);
                assertThat(broken.status()).isEqualTo(500);
                assertThat(broken.body()).contains("<h2>Thông báo lỗi</h2>", "id=\"error-message\"", "portal-national");
                assertThat(broken.textsOfClass("alert alert-danger")).containsExactly("Đã có lỗi xảy ra. Vui lòng thử lại sau.");
            }
            assertThat(flows.browser.get(DOSSIERS).status()).isEqualTo(200);
            flows.logout();
            assertThat(flows.browser.get(PROFILE).location()).isEqualTo(NATIONAL + "/dang-nhap");
        }
    }

    @Test
    void vneidSlowerThanTimeoutHoldsVneidPagesFifteenSeconds() {
        try (MockPortals portals = withDefect(PortalDefect.VNEID_SLOWER_THAN_TIMEOUT)) {
            Flows flows = new Flows(portals);
            Response ssoPage = flows.openSsoLoginPage();
            String vneidUrl = flows.browser.get(SSO + ssoPage.hrefOf("class=\"login-IDP")).location();
            assertThat(vneidUrl).startsWith(VNEID + "/auth?");
            assertThat(portals.controls().vneidDelay()).isZero();
            flows.browser.readTimeout(Duration.ofSeconds(2));
            long started = System.nanoTime();
            assertThatThrownBy(() -> flows.browser.get(vneidUrl)).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(SocketTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            // the national portal answers at once
            assertThat(flows.browser.get(HOME).status()).isEqualTo(200);
        }
    }

    @Test
    void cccdPromptSkippedSendsAnAccountWithoutCccdHome() {
        Citizen cuc = Flows.citizen("no-cccd");
        try (MockPortals portals = withDefect(PortalDefect.CCCD_PROMPT_SKIPPED)) {
            Response landed = new Flows(portals).vnconnectLogin(cuc);
            assertThat(landed.url()).isEqualTo(HOME);
            assertThat(landed.body()).doesNotContain("id=\"btn-update-cccd\"");
        }
        try (MockPortals portals = MockPortals.start(MockOptions.defaults(Flows.MOCKS))) {
            assertThat(new Flows(portals).vnconnectLogin(cuc).url()).isEqualTo(NATIONAL + "/p/home/dvc-cap-nhat-cccd.html");
        }
    }

    @Test
    void noLockoutNeverLocksTheAccount() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = withDefect(PortalDefect.NO_LOCKOUT)) {
            Flows flows = new Flows(portals);
            Response page = flows.openSsoLoginPage();
            for (int i = 0; i < 7; i++) {
                page = flows.submitPassword(page, binh.vnconnect().username(), "wrong");
                assertThat(page.textsOfClass("alert alert-danger")).containsExactly("Tên đăng nhập hoặc mật khẩu không chính xác");
            }
            assertThat(portals.state().lockedUntil(binh.vnconnect().username())).isEmpty();
            Response otpPage = flows.submitPassword(page, binh.vnconnect().username(), binh.vnconnect().password());
            assertThat(otpPage.url()).startsWith(SSO + "/authenticationendpoint/otp.do");
        }
    }

    @Test
    void expiredOtpAcceptedLetsAnOldCodeIn() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = withDefect(PortalDefect.EXPIRED_OTP_ACCEPTED)) {
            Flows flows = new Flows(portals);
            Response otpPage = flows.toOtpPage(binh);
            portals.controls().advanceClock(Duration.ofMinutes(6));
            Response landed = flows.browser.submit(SSO + "/commonauth/otp", "otp", portals.sms().latestOtp(binh.phone()).orElseThrow(),
                    "sessionDataKey", otpPage.inputValue("sessionDataKey"));
            assertThat(landed.url()).isEqualTo(HOME);
            assertThat(userName(landed)).isEqualTo("Trần Văn Bình");
        }
    }

    @Test
    void declineStillSignsInCompletesTheLogin() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = withDefect(PortalDefect.DECLINE_STILL_SIGNS_IN)) {
            Flows flows = new Flows(portals);
            Flows.VneidLogin login = flows.vneidCredentials(flows.openVneidLoginPage(flows.openSsoLoginPage()), binh);
            portals.vneidApp().decline(binh.cccd());
            Response landed = flows.followApproval(flows.vneidStatus(login.req()));
            assertThat(landed.url()).isEqualTo(HOME);
            assertThat(userName(landed)).isEqualTo("Trần Văn Bình");
            assertThat(portals.state().account("0900000102").orElseThrow().linked()).isTrue();
        }
    }

    @Test
    void vneidWrongCodeAcceptedLetsAnySixDigitsIn() {
        Citizen giang = Flows.citizen("linked");
        try (MockPortals portals = withDefect(PortalDefect.VNEID_WRONG_CODE_ACCEPTED)) {
            Flows flows = new Flows(portals);
            Flows.VneidLogin login = flows.vneidCredentials(flows.openVneidLoginPage(flows.openSsoLoginPage()), giang);
            String code = portals.vneidApp().codeShownFor(giang.cccd()).orElseThrow();
            String wrong = code.equals("123456") ? "654321" : "123456";
            Response notDigits = flows.vneidAction("verify-otp", login.req(), "otp", "12345a");
            assertThat(Flows.json(notDigits).get("error_description").asText()).isEqualTo("Mã OTP không chính xác.");
            Response landed = flows.followApproval(flows.vneidAction("verify-otp", login.req(), "otp", wrong));
            assertThat(userName(landed)).isEqualTo("Đỗ Văn Giang");
        }
    }

    @Test
    void vneidPhoneUnmaskedAnswersTheWholeNumber() {
        Citizen giang = Flows.citizen("linked");
        try (MockPortals portals = withDefect(PortalDefect.VNEID_PHONE_UNMASKED)) {
            Flows flows = new Flows(portals);
            Response answer = flows.vneidAction("authenticate", Flows.req(flows.openVneidLoginPage(flows.openSsoLoginPage())),
                    "username", giang.cccd(), "password", giang.vneid().password());
            assertThat(Flows.json(answer).get("phoneNumber").asText()).isEqualTo("0900000106");
        }
    }

    @Test
    void vneidWebLoginNotCheckedSendsACodeToAnAppThatForbidsWebLogins() {
        Citizen mai = Flows.citizen("vneid-web-login-off");
        try (MockPortals portals = withDefect(PortalDefect.VNEID_WEB_LOGIN_NOT_CHECKED)) {
            Flows flows = new Flows(portals);
            Flows.VneidLogin login = flows.vneidCredentials(flows.openVneidLoginPage(flows.openSsoLoginPage()), mai);
            assertThat(userName(flows.approveInApp(login, mai))).isEqualTo("Ngô Thị Mai");
        }
    }

    @Test
    void vneidFirewallRejectsBrowserAnswersRequestRejectedWhateverTheControl() {
        try (MockPortals portals = withDefect(PortalDefect.VNEID_FIREWALL_REJECTS_BROWSER)) {
            Flows flows = new Flows(portals);
            assertThat(portals.controls().vneidFirewallRejects()).isFalse();
            Response ssoPage = flows.openSsoLoginPage();
            Response rejected = flows.browser.open(SSO + ssoPage.hrefOf("class=\"login-IDP"));
            assertThat(rejected.url()).startsWith(VNEID + "/auth?");
            assertThat(rejected.body()).startsWith("<html><head><title>Request Rejected</title></head>")
                    .containsPattern("Your support ID is: \\d{19}<br>");
            assertThat(flows.browser.get(HOME).status()).isEqualTo(200);
        }
    }

    @Test
    void vneidQrSkipsPasscodeSignsInAtTheScan() {
        Citizen giang = Flows.citizen("linked");
        try (MockPortals portals = withDefect(PortalDefect.VNEID_QR_SKIPS_PASSCODE)) {
            Flows flows = new Flows(portals);
            String req = Flows.req(flows.openVneidLoginPage(flows.openSsoLoginPage()));
            portals.vneidApp().scanQr(giang.cccd(), Flows.json(flows.vneidAction("qr-code", req)).get("qrCode").asText());
            Response landed = flows.followApproval(flows.vneidStatus(req));
            assertThat(userName(landed)).isEqualTo("Đỗ Văn Giang");
        }
    }

    @Test
    void levelCheckMissingGivesALevelOneAccountTheForm() {
        Citizen lan = Flows.citizen("vneid-level-1");
        try (MockPortals portals = withDefect(PortalDefect.LEVEL_CHECK_MISSING)) {
            Flows flows = new Flows(portals);
            flows.vneidLogin(lan);
            Response service = flows.browser.open(SUBMIT_SERVICE);
            assertThat(service.body()).contains("id=\"submit-dossier-form\"").doesNotContain("level-error");
        }
    }

    @Test
    void personalPageCacheableLetsTheBrowserKeepThePersonalPage() {
        Citizen binh = Flows.citizen("synced-not-linked");
        try (MockPortals portals = withDefect(PortalDefect.PERSONAL_PAGE_CACHEABLE)) {
            Flows flows = new Flows(portals);
            flows.vnconnectLogin(binh);
            Response profile = flows.browser.get(PROFILE);
            assertThat(profile.status()).isEqualTo(200);
            assertThat(profile.headers("Cache-Control")).containsExactly("private, max-age=600");
            assertThat(flows.browser.get(DOSSIERS).header("Cache-Control")).contains("no-store");
            // the server still ends the session at logout
            flows.logout();
            assertThat(flows.browser.get(PROFILE).location()).isEqualTo(NATIONAL + "/dang-nhap");
        }
    }
}
