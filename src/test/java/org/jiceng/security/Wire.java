package org.jiceng.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Raw HTTP for the harnesses: any method, any content type, a path sent exactly as written (bad percent-escapes
 * included), no cookies, so each request stands alone as a client's would.
 */
final class Wire {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Wire(int port) {
        this.base = "http://localhost:" + port;
    }

    record Answer(int status, String contentType, String body) {
        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    Answer send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + path));
        } catch (IllegalArgumentException notAUri) {
            // a path java.net.URI refuses (e.g. "%%%") goes out byte for byte over a socket instead
            return RawSocket.send(base, method, path, token);
        }
        request.timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer send(String method, String path, String token, String contentType, String body) {
        return send(method, path, token, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** A bare HTTP/1.1 exchange for request lines no URI class accepts. */
    static final class RawSocket {
        static Answer send(String base, String method, String path, String token) {
            URI uri = URI.create(base);
            try (var socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(30_000);
                String request = method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                        + "\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n";
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                byte[] raw = socket.getInputStream().readAllBytes();
                String text = new String(raw, StandardCharsets.ISO_8859_1);
                int headersEnd = text.indexOf("\r\n\r\n");
                int status = Integer.parseInt(text.substring(9, 12));
                String contentType = "";
                boolean chunked = false;
                for (String line : text.substring(0, Math.max(headersEnd, 0)).split("\r\n")) {
                    String lower = line.toLowerCase();
                    if (lower.startsWith("content-type:")) {
                        contentType = line.substring(13).trim();
                    }
                    chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
                }
                var body = new java.io.ByteArrayOutputStream();
                int at = headersEnd < 0 ? raw.length : headersEnd + 4;
                if (!chunked) {
                    body.write(raw, at, raw.length - at);
                }
                while (chunked && at < raw.length) {
                    int lineEnd = text.indexOf("\r\n", at);
                    int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    body.write(raw, lineEnd + 2, size);
                    at = lineEnd + 2 + size + 2;
                }
                return new Answer(status, contentType, body.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            }
        }
    }
}
