package vn.vneidlink.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A tiny browser for the tests: raw HTTP/1.1 over a socket to the mock's port with the real host name in the
 * Host header (as Chromium sends it under --host-resolver-rules), a per-host cookie jar, manual or automatic
 * redirects. https URLs go over TLS with the host as SNI (javax.net.ssl), trusting the mock's test CA only.
 * (java.net.http refuses to set Host without a JVM flag.)
 */
final class TestBrowser {

    /** One response. */
    record Response(String url, int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        String location() {
            return header("Location").orElseThrow(() -> new AssertionError("no Location header: " + this));
        }

        /** A query parameter of the Location header. */
        String locationParam(String name) {
            return queryParam(location(), name);
        }

        /** The value attribute of the input named {@code name}. */
        String inputValue(String name) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no input named " + name + " in " + url + ":\n" + body);
            }
            return unescape(m.group(1));
        }

        /** The href of the first element with this class or id attribute fragment, e.g. {@code class="login-IDP}. */
        String hrefOf(String attributeFragment) {
            Matcher m = Pattern.compile("<a[^>]*" + Pattern.quote(attributeFragment) + "[^>]*>").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no link with " + attributeFragment + " in " + url + ":\n" + body);
            }
            Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(m.group());
            if (!href.find()) {
                throw new AssertionError("link without href: " + m.group());
            }
            return unescape(href.group(1));
        }

        /** Text of every element with {@code class="cls"} (exactly that class attribute), tags stripped. */
        List<String> textsOfClass(String cls) {
            List<String> texts = new ArrayList<>();
            Matcher m = Pattern.compile("<(\\w+)[^>]*class=\"" + Pattern.quote(cls) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(body);
            while (m.find()) {
                texts.add(unescape(m.group(2).replaceAll("<[^>]+>", "").trim()));
            }
            return texts;
        }

        int count(String fragment) {
            int n = 0;
            for (int i = body.indexOf(fragment); i >= 0; i = body.indexOf(fragment, i + fragment.length())) {
                n++;
            }
            return n;
        }

        @Override
        public String toString() {
            return status + " " + url + " " + headers;
        }
    }

    private final int port;
    /** For https URLs: the TLS client (null: https URLs fail). */
    private final SSLContext tls;
    /** Whether https checks the host name against the certificate (not for {@link #lenient}). */
    private final boolean checkHostName;
    private volatile int readTimeoutMillis = 10_000;
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    final List<String> visited = new ArrayList<>();
    /** Every response received, in order. */
    final List<Response> responses = new ArrayList<>();

    /** Plain HTTP only. */
    TestBrowser(int port) {
        this(port, null, false);
    }

    /**
     * To this instance's port: http URLs in plain HTTP; https URLs over TLS with SNI = the URL's host, trusting only
     * the mock's test CA ({@link MockTls#trustKeyStore()}) and checking the host name, as a strict browser would.
     */
    TestBrowser(MockPortals portals) {
        this(portals.port(), portals.tls().map(TestBrowser::strictTls).orElse(null), true);
    }

    private TestBrowser(int port, SSLContext tls, boolean checkHostName) {
        this.port = port;
        this.tls = tls;
        this.checkHostName = checkHostName;
    }

    /** Like {@link #TestBrowser(MockPortals)} but accepting any certificate (as Chromium told the SPKI list). */
    static TestBrowser lenient(MockPortals portals) {
        return new TestBrowser(portals.port(), trustAll(), false);
    }

    /** A TLS client that accepts any certificate (to see what a server presents, whatever is wrong with it). */
    static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static SSLContext strictTls(MockTls mockTls) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(mockTls.trustKeyStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How long to wait for a response (default 10 s); a longer wait fails with an {@link UncheckedIOException}. */
    void readTimeout(java.time.Duration timeout) {
        readTimeoutMillis = (int) timeout.toMillis();
    }

    Response get(String url) {
        return send("GET", url, null);
    }

    Response post(String url, String... namesAndValues) {
        return send("POST", url, form(namesAndValues));
    }

    /** GET and follow redirects. */
    Response open(String url) {
        return follow(get(url));
    }

    /** POST and follow redirects. */
    Response submit(String url, String... namesAndValues) {
        return follow(post(url, namesAndValues));
    }

    Response follow(Response response) {
        Response current = response;
        for (int i = 0; i < 20 && current.status() >= 300 && current.status() < 400; i++) {
            current = get(URI.create(current.url()).resolve(current.location()).toString());
        }
        return current;
    }

    Optional<String> cookie(String host, String name) {
        return Optional.ofNullable(cookies.getOrDefault(host, Map.of()).get(name));
    }

    void setCookie(String host, String name, String value) {
        cookies.computeIfAbsent(host, h -> new LinkedHashMap<>()).put(name, value);
    }

    Response send(String method, String url, String body) {
        URI uri = URI.create(url);
        String host = uri.getHost();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        visited.add(method + " " + url);
        StringBuilder request = new StringBuilder();
        request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        request.append("Host: ").append(host).append("\r\n");
        request.append("Connection: close\r\n");
        request.append("Accept: text/html,application/json\r\n");
        Map<String, String> jar = cookies.getOrDefault(host, Map.of());
        if (!jar.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            jar.forEach((k, v) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.append("Cookie: ").append(cookie).append("\r\n");
        }
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\n");
            request.append("Content-Length: ").append(payload.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = connect(uri.getScheme(), host)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            Response response = parse(url, socket.getInputStream().readAllBytes());
            storeCookies(host, response);
            responses.add(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        }
    }

    private Socket connect(String scheme, String host) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(readTimeoutMillis);
        if (!"https".equals(scheme)) {
            return socket;
        }
        if (tls == null) {
            socket.close();
            throw new IllegalStateException("https URL but this TestBrowser has no TLS (the mock runs http?)");
        }
        SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setServerNames(List.of(new SNIHostName(host)));
        if (checkHostName) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private void storeCookies(String host, Response response) {
        for (String setCookie : response.headers("Set-Cookie")) {
            String[] parts = setCookie.split(";");
            String[] nameValue = parts[0].split("=", 2);
            String name = nameValue[0].trim();
            String value = nameValue.length > 1 ? nameValue[1].trim() : "";
            boolean delete = value.isEmpty();
            for (String attribute : parts) {
                if (attribute.trim().equalsIgnoreCase("Max-Age=0")) {
                    delete = true;
                }
            }
            Map<String, String> jar = cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
            if (delete) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
    }

    private static Response parse(String url, byte[] raw) {
        int headerEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (headerEnd < 0) {
            throw new AssertionError("malformed response to " + url + ": " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(raw, headerEnd + 4, raw.length);
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (encoding.stream().anyMatch(e -> e.equalsIgnoreCase("chunked"))) {
            rest = dechunk(rest);
        } else if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length").get(0));
            rest = java.util.Arrays.copyOf(rest, Math.min(length, rest.length));
        }
        return new Response(url, status, headers, new String(rest, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < data.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(data, pos, data.length), "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String sizeLine = new String(data, pos, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeLine, 16);
            pos += lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(data, pos, size);
            pos += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String form(String... namesAndValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            sb.append(sb.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    static String queryParam(String url, String name) {
        String query = URI.create(url).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (URLDecoder.decode(kv[0], StandardCharsets.UTF_8).equals(name)) {
                    return kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                }
            }
        }
        throw new AssertionError("no query parameter " + name + " in " + url);
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&#x3D;", "=")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
