package org.jiceng.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.deliberation.BallotsApiIT.ballot;
import static org.jiceng.deliberation.BallotsApiIT.created;
import static org.jiceng.deliberation.BallotsApiIT.estateJson;
import static org.jiceng.deliberation.BallotsApiIT.paper;

import java.time.Duration;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A ballot ends when its closing time passes on the application's clock, not the database's. */
@AppTest
class BallotClockIT {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aBallotTakesVotesUntilItsClosingTimeAndThenShowsAsEnded() {
        Http shequ = Http.as(port, "shequ");
        long estate = created(shequ.postJson("/api/v1/estates",
                estateJson("时钟小区" + BallotsApiIT.ESTATES.incrementAndGet(), 3, "90")));
        long ballot = ballot(shequ, estate, "ORDINARY", false, false);
        assertThat(paper(shequ, ballot, "业主1", "YES").status()).isEqualTo(201);

        clock.advance(Duration.ofDays(6));
        shequ = Http.as(port, "shequ"); // a token lives twelve hours on the same clock
        assertThat(shequ.get("/api/v1/ballots/" + ballot).json().get("status").asString()).isEqualTo("OPEN");

        clock.advance(Duration.ofDays(2));
        shequ = Http.as(port, "shequ");
        assertThat(shequ.get("/api/v1/ballots/" + ballot).json().get("status").asString()).isEqualTo("ENDED");
        var late = paper(shequ, ballot, "业主2", "YES");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.detail()).contains("结束");
    }
}
