package vn.vneidlink.target;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;
import vn.vneidlink.config.NotApplicable;
import vn.vneidlink.config.Redactor;
import vn.vneidlink.config.Settings;

/**
 * The citizen's phone on real portals: a person (the operator) holds it. He types each OTP on the
 * console, or writes it into a file, and approves logins in the VNeID app; the suite waits for
 * him, bounded. Without a person (CI, or {@code vneidlink.operator=false}) such scenarios are
 * skipped with the reason; they never hang.
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
        requirePerson("nhập mã OTP gửi tới số " + redactor.masked(phone));
        String code = settings.operatorOtpFile()
                .map(file -> otpFromFile(file, phone))
                .orElseGet(() -> otpFromConsole(phone));
        redactor.add(code);
        return code;
    }

    @Override
    public boolean anyOtpSentTo(String phone) {
        throw NotApplicable.because("trên cổng thật bộ kiểm thử không đọc được tin nhắn SMS để biết có mã OTP nào được gửi hay không");
    }

    @Override
    public Duration approveInVneidApp(String cccd) {
        return askInApp("XÁC NHẬN", cccd);
    }

    @Override
    public Duration declineInVneidApp(String cccd) {
        return askInApp("TỪ CHỐI", cccd);
    }

    private Duration askInApp(String answer, String cccd) {
        requirePerson(answer.toLowerCase() + " đăng nhập trên ứng dụng VNeID");
        say("Mở ứng dụng VNeID của tài khoản " + redactor.masked(cccd) + " và " + answer + " yêu cầu đăng nhập trong "
                + settings.operatorTimeout().toSeconds() + " giây.");
        return settings.operatorTimeout();
    }

    private void requirePerson(String what) {
        if (!settings.operatorAllowed()) {
            throw NotApplicable.because("cần một người cầm điện thoại để " + what
                    + ", nhưng lần chạy này không có người (CI hoặc vneidlink.operator=false)");
        }
        if (settings.operatorOtpFile().isEmpty() && System.console() == null && what.startsWith("nhập mã")) {
            throw NotApplicable.because("cần người vận hành " + what + ": chạy trong cửa sổ dòng lệnh, hoặc đặt "
                    + "-Dvneidlink.operator.otp-file=<tệp> để ghi mã vào tệp");
        }
    }

    private String otpFromFile(Path file, String phone) {
        Instant asked = Instant.now();
        say("Ghi mã OTP vừa gửi tới số " + redactor.masked(phone) + " vào tệp " + file.toAbsolutePath() + " trong "
                + settings.operatorTimeout().toSeconds() + " giây.");
        return new FluentWait<>(file)
                .withTimeout(settings.operatorTimeout())
                .pollingEvery(Duration.ofMillis(250))
                .withMessage("Người vận hành không ghi mã OTP (6 chữ số) vào " + file.toAbsolutePath() + " trong "
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

    private String otpFromConsole(String phone) {
        Console console = System.console();
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "operator-otp");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<char[]> typed = reader.submit(() -> console.readPassword("Nhập mã OTP vừa gửi tới số %s (%d giây): ",
                    redactor.masked(phone), settings.operatorTimeout().toSeconds()));
            char[] otp = typed.get(settings.operatorTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return otp == null ? "" : new String(otp).trim();
        } catch (TimeoutException e) {
            throw new AssertionError("Người vận hành không nhập mã OTP trong " + settings.operatorTimeout().toSeconds() + " giây");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi chờ mã OTP", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Không đọc được mã OTP từ cửa sổ dòng lệnh", e.getCause());
        } finally {
            reader.shutdownNow();
        }
    }

    private static void say(String line) {
        System.out.println("[vneid-link-verify] " + line);
    }
}
