package org.jiceng.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API description names every operation of 设岗定责, pledges, campaigns, the board and the 三长 at work, each
 * with its permission. The first description of a cold application takes long to build, so this waits for it.
 */
@AppTest
class DutyApiDocsIT {

    @LocalServerPort
    int port;

    @Test
    void theApiDescriptionNamesTheDutyOperationsWithTheirPermissions() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/v3/api-docs")).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("/api/v1/party/duty-posts/{id}", "/api/v1/party/pledges/{id}/closing",
                "/api/v1/party/campaigns/{id}/signatures", "/api/v1/party/board/{community}",
                "/api/v1/party/posts/{id}/reports", "/api/v1/party/posts/{id}/evaluations", "NEIGHBOURHOOD_DUTY");
    }
}
