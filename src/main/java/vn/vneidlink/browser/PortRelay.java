package vn.vneidlink.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the mock portals, for a Chromium that outlives one scenario: the browser's
 * {@code --host-resolver-rules} are fixed when it starts, so they point every portal host at this relay, and each
 * scenario points the relay at its own mock portals ({@link #forwardTo}). Bytes pass through unchanged: TLS ends at
 * the mock portals, which still see the browser's SNI and requests. A connection opened while no scenario holds the
 * browser is refused (closed at once), as a portal that does not answer.
 *
 * <p>Connections live no longer than the isolated browser context that opened them (a closed context closes its
 * sockets), so a connection never carries one scenario's requests to another scenario's portals.
 */
final class PortRelay implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ServerSocket server;
    private final ExecutorService pumps = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "vneidlink-relay-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile InetSocketAddress backend;

    /** Listens on {@code bindAddress} at a free port. */
    PortRelay(String bindAddress) {
        try {
            server = new ServerSocket(0, 128, InetAddress.getByName(bindAddress));
        } catch (IOException e) {
            throw new UncheckedIOException("Không mở được cổng chuyển tiếp tới cổng giả lập trên " + bindAddress, e);
        }
        pumps.execute(this::accept);
    }

    /** Where the browser connects: every portal host is mapped here. */
    InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    /** From now on new connections go to {@code target} (the scenario's mock portals); null: refused. */
    void forwardTo(InetSocketAddress target) {
        backend = target;
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            InetSocketAddress target = backend;
            if (target == null) {
                closeQuietly(client);
                continue;
            }
            pumps.execute(() -> connect(client, target));
        }
    }

    private void connect(Socket client, InetSocketAddress target) {
        Socket upstream = new Socket();
        try {
            upstream.setTcpNoDelay(true);
            client.setTcpNoDelay(true);
            upstream.connect(target);
        } catch (IOException refused) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        open.add(client);
        open.add(upstream);
        AtomicInteger directions = new AtomicInteger(2);
        pumps.execute(() -> pump(upstream, client, directions));
        pump(client, upstream, directions);
    }

    /** Copies one direction until its end, then half-closes the other side; the second direction to end closes both. */
    private void pump(Socket from, Socket to, AtomicInteger directions) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException endedOrReset) {
            // a reset or closed connection: the other direction ends too
            closeQuietly(from);
            closeQuietly(to);
        } finally {
            if (directions.decrementAndGet() == 0) {
                forget(from);
                forget(to);
            }
        }
    }

    private void forget(Socket socket) {
        open.remove(socket);
        closeQuietly(socket);
    }

    @Override
    public void close() {
        closeQuietly(server);
        open.forEach(PortRelay::closeQuietly);
        open.clear();
        pumps.shutdownNow();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing: nothing left to do
        }
    }
}
