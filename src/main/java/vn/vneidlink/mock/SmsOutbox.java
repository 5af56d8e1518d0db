package vn.vneidlink.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The text messages the mock portals "sent" to citizens' phones (one outbox per {@link MockPortals}).
 * Thread-safe. Stands for the citizen's phone: scenarios read the OTP from here.
 */
public final class SmsOutbox {

    /** One text message. {@code otp} is the one-time code it carries. */
    public record SmsMessage(String phone, String sender, String text, String otp, Instant sentAt) {}

    private final ConcurrentHashMap<String, CopyOnWriteArrayList<SmsMessage>> byPhone = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<SmsMessage> all = new CopyOnWriteArrayList<>();

    SmsOutbox() {}

    void sendOtp(String phone, String sender, String otp, Instant now) {
        String text = "[" + sender + "] Mã xác thực (OTP) của bạn là " + otp
                + ". Mã có hiệu lực trong 5 phút. Tuyệt đối không cung cấp mã này cho bất kỳ ai.";
        SmsMessage message = new SmsMessage(phone, sender, text, otp, now);
        byPhone.computeIfAbsent(phone, p -> new CopyOnWriteArrayList<>()).add(message);
        all.add(message);
    }

    /** The OTP of the latest message sent to {@code phone}, if any was sent. */
    public Optional<String> latestOtp(String phone) {
        return latest(phone).map(SmsMessage::otp);
    }

    /** The latest message sent to {@code phone}. */
    public Optional<SmsMessage> latest(String phone) {
        List<SmsMessage> messages = byPhone.get(phone);
        if (messages == null || messages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(messages.get(messages.size() - 1));
    }

    /** Every message sent to {@code phone}, oldest first (a snapshot). */
    public List<SmsMessage> messages(String phone) {
        List<SmsMessage> messages = byPhone.get(phone);
        return messages == null ? List.of() : List.copyOf(messages);
    }

    /** Every message sent, oldest first (a snapshot). */
    public List<SmsMessage> all() {
        return List.copyOf(new ArrayList<>(all));
    }
}
