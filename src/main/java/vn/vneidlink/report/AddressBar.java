package vn.vneidlink.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws an address bar above a headless screenshot, showing the URL the browser was at. A headless
 * browser has no address bar of its own, and a reader of the report must see which host served
 * the page (dichvucong.gov.vn, sso.dancuquocgia.gov.vn...).
 */
final class AddressBar {

    private static final int HEIGHT = 40;

    private AddressBar() {}

    /** The screenshot (PNG or JPEG) under an address bar, as a JPEG. */
    static byte[] above(byte[] screenshot, String url) {
        try {
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(screenshot));
            if (shot == null) {
                throw new IOException("không đọc được ảnh chụp màn hình (" + screenshot.length + " byte)");
            }
            BufferedImage framed = new BufferedImage(shot.getWidth(), shot.getHeight() + HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = framed.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setColor(new Color(0xDE, 0xE1, 0xE6));
                g.fillRect(0, 0, shot.getWidth(), HEIGHT);
                g.setColor(Color.WHITE);
                g.fillRoundRect(10, 6, shot.getWidth() - 20, HEIGHT - 12, HEIGHT - 12, HEIGHT - 12);
                g.setColor(new Color(0x20, 0x21, 0x24));
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
                g.drawString(url, 26, HEIGHT / 2 + 5);
                g.drawImage(shot, 0, HEIGHT, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // JPEG: a fraction of a PNG's encoding time and size, for a screenshot after every step.
            ImageIO.write(framed, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không vẽ được thanh địa chỉ lên ảnh chụp", e);
        }
    }
}
