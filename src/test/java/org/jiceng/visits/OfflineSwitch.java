package org.jiceng.visits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The village's signal, as a switch between the browser and the app: the browser talks to {@link #port()}, which
 * passes bytes to the app until {@link #cut()} drops every connection and refuses new ones. Chromium's own offline
 * emulation reaches the page but not its service worker, which would still fetch from the server; cutting here
 * takes the network from both.
 */
final class OfflineSwitch implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    OfflineSwitch(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0);
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    void cut() {
        cut = true;
        open.forEach(OfflineSwitch::closeQuietly);
        open.clear();
    }

    void restore() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket browser = server.accept();
                if (cut) {
                    closeQuietly(browser);
                    continue;
                }
                Socket app = new Socket("127.0.0.1", target);
                open.add(browser);
                open.add(app);
                Thread.ofVirtual().start(() -> pipe(browser, app));
                Thread.ofVirtual().start(() -> pipe(app, browser));
            } catch (IOException e) {
                // the switch closed, or one connection failed: the next accept goes on
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // a cut or a closed connection ends the pipe
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
