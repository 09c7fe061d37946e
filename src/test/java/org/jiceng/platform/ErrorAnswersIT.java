package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors answered before or beside any handler, Tomcat's own included: problem+json for the API, a
 * Chinese page for people, never Tomcat's HTML report or a Whitelabel page. Raw sockets, because an HTTP
 * client would refuse to send most of these requests.
 */
@AppTest
class ErrorAnswersIT {

    @LocalServerPort
    int port;

    /** The whole answer to raw request bytes: status line, headers and body. */
    String raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before it has read everything
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException enough) {
                // keep-alive or reset: what arrived is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    String raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static void assertProblem(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"status\":" + status).contains("\"detail\":\"")
                .doesNotContain("Apache Tomcat").doesNotContain("Whitelabel");
    }

    @Test
    void anIllegalCharacterInAnApiPathIsAProblem() throws IOException {
        assertProblem(raw("GET /api/v1/cases/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(raw("GET /api/v1/cases/%5c..%5c HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void anIllegalCharacterInAPagePathIsAChinesePage() throws IOException {
        String answer = raw("GET /cases/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("请求有误").doesNotContain("Apache Tomcat");
    }

    @Test
    void aRequestLineTheConnectorCannotParseIsAnswered() throws IOException {
        String answer = raw("GET /api/v1/cases?x=<|> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Apache Tomcat");
    }

    @Test
    void aHeaderTooLargeIsAnswered() throws IOException {
        String answer = raw("GET /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("Apache Tomcat");
    }

    @Test
    void anUploadOverTheLimitIsAProblem() throws IOException {
        String token = Http.anonymous(port).postJson("/api/v1/auth/token",
                "{\"username\":\"jumin\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}").json().get("token").asString();
        String answer = raw("POST /api/v1/attachments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 30000000\r\nConnection: close\r\n\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\n");
        assertProblem(answer, 413);
    }

    @Test
    void anUnknownApiPathIsAProblem() {
        Http.Response answer = Http.as(port, "jumin").get("/api/v1/no-such-thing");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).isEqualTo("找不到该地址");
    }

    @Test
    void anUnknownPageIsAChinesePage() {
        Http.Response answer = Http.as(port, "jumin").get("/no-such-page");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("找不到该地址").doesNotContain("Whitelabel");
    }

    @Test
    void aMethodAnApiPathDoesNotTakeIsAProblem() {
        Http.Response answer = Http.as(port, "jumin").delete("/api/v1/cases");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void theContentSecurityPolicyAllowsNoInlineScript() throws IOException {
        String answer = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String policy = answer.lines().filter(l -> l.toLowerCase().startsWith("content-security-policy:"))
                .findFirst().orElseThrow();
        String scripts = policy.substring(policy.indexOf("script-src")).split(";")[0];
        assertThat(scripts).isEqualTo("script-src 'self'");
    }

    @Test
    void inDemoModeMetricsAndTheApiDescriptionAreOpen() {
        assertThat(Http.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(Http.anonymous(port).get("/v3/api-docs").status()).isEqualTo(200);
    }
}
