package vn.vneidlink.selftest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Servers that accept every connection and never send a byte (a real overloaded or half-dead server), closed together. */
public final class SilentServers implements AutoCloseable {

    private final List<ServerSocket> servers = new ArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    /** A new silent server on a free loopback port; its port. */
    public int open() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(server);
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    held.add(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-" + server.getLocalPort());
        accept.setDaemon(true);
        accept.start();
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : held) {
            socket.close();
        }
        for (ServerSocket server : servers) {
            server.close();
        }
    }
}
