package org.jiceng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** An API token's lifetime is counted on the application's clock, so moving the clock expires it. */
@AppTest
class TokenClockIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private String token() {
        var answer = RawHttp.postJson(port, "/api/v1/auth/token",
                "{\"username\":\"shequ\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("token").asString();
    }

    @Test
    void aTokenStillWorksElevenHoursLaterAndNotThirteen() {
        Http holder = Http.anonymous(port).withToken(token());
        assertThat(holder.get("/api/v1/me").status()).isEqualTo(200);

        clock.advance(Duration.ofHours(11));
        assertThat(holder.get("/api/v1/me").status()).as("within its twelve hours").isEqualTo(200);

        clock.advance(Duration.ofHours(2));
        assertThat(holder.get("/api/v1/me").status()).as("past its twelve hours").isEqualTo(401);
    }

    @Test
    void aTokenIssuedWhenTheClockStandsLaterExpiresTwelveHoursAfterThat() {
        clock.advance(Duration.ofDays(3));
        var answer = JSON.readTree(RawHttp.postJson(port, "/api/v1/auth/token",
                "{\"username\":\"shequ\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}").body());
        var expires = java.time.Instant.parse(answer.get("expiresAt").asString());
        assertThat(expires).isBetween(clock.instant().plus(Duration.ofHours(11)), clock.instant().plus(Duration.ofHours(12)));
        Http holder = Http.anonymous(port).withToken(answer.get("token").asString());
        assertThat(holder.get("/api/v1/me").status()).isEqualTo(200);
    }
}
