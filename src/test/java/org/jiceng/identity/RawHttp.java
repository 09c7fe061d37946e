package org.jiceng.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One request with its headers in view (Set-Cookie, Retry-After, Referrer-Policy), which {@code Http} hides. */
final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private RawHttp() {
    }

    static HttpResponse<String> get(int port, String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), headers);
    }

    static HttpResponse<String> postJson(int port, String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    static HttpResponse<String> postForm(int port, String path, String form, String... headers) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            return CLIENT.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
