package org.jiceng.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jiceng.cases.ClosedCases;
import org.jiceng.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A department's similar cases, and two trainings at once (in {@code DispatchIT}'s context: the same settings, so one
 * context for both).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jiceng.data-dir=target/it-data/${random.uuid}",
        "jiceng.db.embedded.clean=true",
        "jiceng.db.url=",
        "jiceng.demo.year=true",
        "jiceng.demo.scale=town",
        "jiceng.demo.seed=2026",
        "jiceng.demo.year-cases=3000",
        "jiceng.cases.background-sweeps=false",
})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchGapsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClosedCases closed;

    @Autowired
    CaseWords words;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    long unit(String user) {
        return Http.as(port, user).get("/api/v1/me").json().get("unitId").asLong();
    }

    /** A finished case the department led, whose words the model keeps (so it has neighbours of its category). */
    long ledBy(long unit) {
        return jdbc.sql("""
                select w.case_id from dispatch.case_words w join cases.case_file c on c.id = w.case_id
                where c.lead_unit_id = :unit order by w.case_id limit 1""").param("unit", unit).query(Long.class).single();
    }

    @Test
    void aDepartmentSeesSimilarCasesAmongThoseWhistledToItOnly() {
        long unit = unit("bumen");
        long caseId = ledBy(unit);
        Http.Response answer = Http.as(port, "bumen").get("/api/v1/dispatch/similar/" + caseId);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode items = answer.json().get("items");
        assertThat(items.size()).isBetween(1, 5);
        for (JsonNode item : items) {
            long id = item.get("id").asLong();
            assertThat(id).isNotEqualTo(caseId);
            Long lead = jdbc.sql("select lead_unit_id from cases.case_file where id = :id").param("id", id)
                    .query(Long.class).optional().orElse(null);
            boolean assisted = jdbc.sql("select count(*) > 0 from cases.case_unit where case_id = :id and unit_id = :unit")
                    .param("id", id).param("unit", unit).query(Boolean.class).single();
            assertThat(lead != null && lead == unit || assisted).as("case %d whistled to the department", id).isTrue();
        }
        assertThat(Http.as(port, "bumen").get("/dispatch/similar/" + caseId).body()).contains("相似的已办结诉求");
    }

    @Test
    void aDepartmentIsRefusedSimilarCasesOfACaseNotWhistledToIt() {
        long unit = unit("bumen");
        long other = jdbc.sql("""
                select w.case_id from dispatch.case_words w join cases.case_file c on c.id = w.case_id
                where c.lead_unit_id <> :unit
                  and not exists (select 1 from cases.case_unit u where u.case_id = c.id and u.unit_id = :unit)
                order by w.case_id limit 1""").param("unit", unit).query(Long.class).single();
        assertThat(Http.as(port, "bumen").get("/api/v1/dispatch/similar/" + other).status()).isIn(403, 404);
        // the town still sees them all
        assertThat(Http.as(port, "gucheng").get("/api/v1/dispatch/similar/" + ledBy(unit)).status()).isEqualTo(200);
    }

    @Test
    void twoTrainingsAtOnceOnTwoNodesEachWriteOneVersionAndTheWordsOnce() {
        int before = jdbc.sql("select coalesce(max(version), 0) from dispatch.model").query(Integer.class).single();
        // two nodes: each its own store and trainer, sharing only the database
        DispatchTrainer first = new DispatchTrainer(closed, new ModelStore(jdbc, clock), words, transaction);
        DispatchTrainer second = new DispatchTrainer(closed, new ModelStore(jdbc, clock), words, transaction);
        CompletableFuture<DispatchTrainer.Trained> a = CompletableFuture.supplyAsync(() -> first.train(line -> { }));
        CompletableFuture<DispatchTrainer.Trained> b = CompletableFuture.supplyAsync(() -> second.train(line -> { }));

        List<Integer> versions = List.of(a.join().version(), b.join().version());
        assertThat(versions).containsExactlyInAnyOrder(before + 1, before + 2);
        assertThat(jdbc.sql("select count(*) from dispatch.model where version > :v").param("v", before)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) = count(distinct (county, case_id)) from dispatch.case_words")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from dispatch.case_words").query(Long.class).single())
                .isEqualTo((long) a.join().cases());
    }
}
