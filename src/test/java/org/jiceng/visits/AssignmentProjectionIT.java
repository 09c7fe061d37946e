package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.visits.AssignmentFixtures.GRID;
import static org.jiceng.visits.AssignmentFixtures.SECOND_GRID;

import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register tells visits when its households change, and visits' own copy follows. */
@AppTest
class AssignmentProjectionIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String projectedGrid(long household) {
        return jdbc.sql("select territory_code from visits.household where id = :id").param("id", household)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void theDemoRegisterIsProjectedAtStartup() {
        long register = jdbc.sql("select count(*) from people.household").query(Long.class).single();
        long projected = jdbc.sql("select count(*) from visits.household").query(Long.class).single();
        assertThat(projected).isGreaterThan(0).isLessThanOrEqualTo(register);
    }

    @Test
    void aHouseholdRegisteredThroughTheRegisterShowsUpInVisitsAsAGap() {
        long household = AssignmentFixtures.household(port, SECOND_GRID, "东风巷 7 号（同步测试）");
        assertThat(projectedGrid(household)).isEqualTo(SECOND_GRID);
        var gaps = Http.as(port, "shequ").get("/api/v1/assignments/gaps?territory=" + SECOND_GRID).json();
        assertThat(gaps.get("households").valueStream().map(h -> h.get("id").asLong())).contains(household);
    }

    @Test
    void aHouseholdMovedToAnotherGridMovesInVisitsToo() {
        long household = AssignmentFixtures.household(port, SECOND_GRID, "东风巷 8 号（迁移测试）");
        var moved = Http.as(port, "shequ").postJson("/api/v1/households/" + household + "/move",
                "{\"territoryCode\": \"%s\", \"address\": \"东风巷 8 号之一\", \"reason\": \"整户迁移\"}".formatted(GRID));
        assertThat(moved.status()).as(moved.body()).isLessThan(300);
        for (int i = 0; i < 100 && !GRID.equals(projectedGrid(household)); i++) {
            AssignmentFixtures.sleep();
        }
        assertThat(projectedGrid(household)).isEqualTo(GRID);
    }
}
