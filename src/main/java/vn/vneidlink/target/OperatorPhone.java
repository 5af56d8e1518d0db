package vn.vneidlink.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.config.Redactor;
import vn.vneidlink.config.Settings;

/**
 * The citizen's phone on real portals: a person (the operator) holds it. He types each code (an SMS OTP, or the
 * login code his VNeID app shows) on the console, or writes it into a file; he declines, or scans the login page's QR
 * code and confirms with his passcode, in the VNeID app; the suite waits for him, bounded. Without a person (CI, or
 * {@code vneidlink.operator=false}) such scenarios are skipped with the reason; they never hang.
 */
final class OperatorPhone implements SecondFactor {

    private final Settings settings;
    private final Redactor redactor;

    OperatorPhone(Settings settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
    }

    @Override
    public String latestOtpSentTo(String phone) {
        return askForCode("mã OTP vừa gửi tới số " + redactor.masked(phone));
    }

    @Override
    public boolean anyOtpSentTo(String phone) {
        throw NotApplicable.because("trên cổng thật bộ kiểm thử không đọc được tin nhắn SMS để biết có mã OTP nào được gửi hay không");
    }

    @Override
    public boolean vneidAppHasLoginRequest(String cccd) {
        throw NotApplicable.because("trên cổng thật bộ kiểm thử không đọc được ứng dụng VNeID để biết có yêu cầu đăng nhập nào hay không");
    }

    @Override
    public String codeShownInVneidApp(String cccd) {
        return askForCode("mã xác nhận đăng nhập mà ứng dụng VNeID của tài khoản " + redactor.masked(cccd) + " đang hiện");
    }

    @Override
    public Duration declineInVneidApp(String cccd) {
        requirePerson("từ chối đăng nhập trên ứng dụng VNeID");
        return askInApp("Mở ứng dụng VNeID của tài khoản " + redactor.masked(cccd) + " và TỪ CHỐI yêu cầu đăng nhập");
    }

    @Override
    public Duration scanQrWithVneidApp(String cccd, String payload) {
        requirePerson("quét mã QR bằng ứng dụng VNeID");
        if (settings.headless()) {
            throw NotApplicable.because("cần người vận hành quét mã QR trên màn hình, nhưng trình duyệt chạy ẩn (headless): "
                    + "chạy với -Dvneidlink.headless=false");
        }
        return askInApp("Mở ứng dụng VNeID của tài khoản " + redactor.masked(cccd)
                + ", QUÉT MÃ QR đang hiện trên trình duyệt (chưa nhập mã passcode)");
    }

    @Override
    public Duration confirmInVneidAppWithPasscode(String cccd, String passcode) {
        requirePerson("xác nhận đăng nhập bằng mã passcode trên ứng dụng VNeID");
        return askInApp("Trên ứng dụng VNeID của tài khoản " + redactor.masked(cccd) + ", NHẬP MÃ PASSCODE để xác nhận đăng nhập");
    }

    /** Says what to do in the app and returns how long the page may wait for it. */
    private Duration askInApp(String what) {
        say(what + " trong " + settings.operatorTimeout().toSeconds() + " giây.");
        return settings.operatorTimeout();
    }

    /** A six-digit code the operator reads on his phone ({@code what} names it) and gives, from the file or the console. */
    private String askForCode(String what) {
        requirePerson("nhập " + what);
        String code = settings.operatorOtpFile()
                .map(file -> codeFromFile(file, what))
                .orElseGet(() -> codeFromConsole(what));
        redactor.add(code);
        return code;
    }

    private void requirePerson(String what) {
        if (!settings.operatorAllowed()) {
            throw NotApplicable.because("cần một người cầm điện thoại để " + what
                    + ", nhưng lần chạy này không có người (CI hoặc vneidlink.operator=false)");
        }
        // Under ./mvnw the console is the terminal that started Maven (/dev/tty, OperatorTerminal): only a run
        // without any terminal (CI, a detached job) cannot be asked for a typed code.
        if (settings.operatorOtpFile().isEmpty() && what.startsWith("nhập mã") && OperatorTerminal.find().isEmpty()) {
            throw NotApplicable.because("cần người vận hành " + what + ", nhưng lần chạy này không có cửa sổ dòng lệnh (terminal) nào "
                    + "để gõ mã: chạy ./mvnw trong một cửa sổ dòng lệnh, hoặc đặt -Dvneidlink.operator.otp-file=<tệp> để ghi mã vào tệp");
        }
    }

    private String codeFromFile(Path file, String what) {
        Instant asked = Instant.now();
        say("Ghi " + what + " vào tệp " + file.toAbsolutePath() + " trong " + settings.operatorTimeout().toSeconds() + " giây.");
        return new FluentWait<>(file)
                .withTimeout(settings.operatorTimeout())
                .pollingEvery(Duration.ofMillis(250))
                .withMessage("Người vận hành không ghi " + what + " (6 chữ số) vào " + file.toAbsolutePath() + " trong "
                        + settings.operatorTimeout().toSeconds() + " giây")
                .until(f -> freshOtp(f, asked).orElse(null));
    }

    private static Optional<String> freshOtp(Path file, Instant asked) {
        try {
            if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).compareTo(FileTime.from(asked.minusSeconds(1))) < 0) {
                return Optional.empty();
            }
            String content = Files.readString(file, StandardCharsets.UTF_8).trim();
            return content.matches("\\d{6}") ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String codeFromConsole(String what) {
        OperatorTerminal terminal = OperatorTerminal.find().orElseThrow();
        say("Chờ người vận hành gõ " + what + " ở cửa sổ dòng lệnh (" + settings.operatorTimeout().toSeconds() + " giây).");
        try {
            return terminal.ask("[vneid-link-verify] Nhập " + what + " rồi bấm Enter (" + settings.operatorTimeout().toSeconds() + " giây): ",
                    settings.operatorTimeout());
        } catch (TimeoutException e) {
            throw new AssertionError("Người vận hành không nhập " + what + " trong " + settings.operatorTimeout().toSeconds() + " giây");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi chờ " + what, e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Không đọc được " + what + " từ cửa sổ dòng lệnh: " + e.getMessage(), e);
        }
    }

    private static void say(String line) {
        System.out.println("[vneid-link-verify] " + line);
    }
}
