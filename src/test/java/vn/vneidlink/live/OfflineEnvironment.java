package vn.vneidlink.live;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Properties;
import vn.vneidlink.mock.MockPortals;
import vn.vneidlink.mock.MockTls;

/**
 * An environment file that points a "live" run at mock portals started by the test: the real
 * host names, resolved by the browser to the mock, its certificates trusted by their keys and by
 * the certificate checks' own trust store (the mock's test CA, written next to the environment file). Proves offline what a run against real portals does.
 */
final class OfflineEnvironment {

    private OfflineEnvironment() {}

    static Path write(Path folder, MockPortals portals, List<String> provinceLines) throws IOException {
        MockTls tls = portals.tls().orElseThrow(() -> new IllegalStateException("the mock portals must serve HTTPS"));
        Path portalList = folder.resolve("portals.csv");
        Files.write(portalList, provinceLines, StandardCharsets.UTF_8);
        Properties env = new Properties();
        env.setProperty("description", "Cổng giả lập đóng vai cổng thật (kiểm thử của dự án)");
        env.setProperty("national.url", "https://dichvucong.gov.vn");
        env.setProperty("national-sso.url", "https://xacthuc.dichvucong.gov.vn");
        env.setProperty("vneid-sso.url", "https://sso.dancuquocgia.gov.vn");
        env.setProperty("portals.file", portalList.getFileName().toString());
        env.setProperty("browser.host-resolver-rules", portals.hostResolverRules());
        env.setProperty("browser.trusted-spki", portals.browserTrustSpkiList());
        Path trustStore = folder.resolve("mock-tls-truststore.p12");
        char[] password = tls.keystorePassword();
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            tls.trustKeyStore().store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the mock's trust store to " + trustStore, e);
        }
        env.setProperty("tls.trust-store", trustStore.toAbsolutePath().toString());
        env.setProperty("tls.trust-store-password", new String(password));
        env.setProperty("tls.connect-to", portals.options().bindAddress() + ":" + portals.port());
        Path file = folder.resolve("mock-as-live.properties");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            env.store(writer, "written by OfflineEnvironment");
        }
        return file;
    }
}
