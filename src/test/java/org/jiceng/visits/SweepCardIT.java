package org.jiceng.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.SealedPhone;
import org.jiceng.support.AppTest;
import org.jiceng.support.Http;
import org.jiceng.visits.internal.HouseholdProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The 明白卡: the household's 包保 chain with masked numbers on screen, full ones on the printed card and PDF. */
@AppTest
class SweepCardIT {

    static final String PHONE = "13912345678";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    HouseholdProjection projection;

    @Autowired
    PeopleApi people;

    String grid;
    long held;
    long unheld;

    /** The last grid of 堂琅社区 (other tests work its first): one household held along the whole chain, one not. */
    @BeforeEach
    void chain() {
        projection.refresh(SweepFixtures.TANGLANG);
        // the last grid with households (other tests may add empty grids to the community)
        grid = jdbc.sql("""
                        select territory_code from visits.household where territory_code like :village || '%'
                        group by territory_code having count(*) >= 2 order by territory_code desc limit 1""")
                .param("village", SweepFixtures.TANGLANG).query(String.class).single();
        List<Long> households = SweepFixtures.households(jdbc, grid, 2);
        held = households.get(0);
        unheld = households.get(1);
        // nobody holds the second any more: its demo holder's assignment ended yesterday
        java.time.LocalDate today = org.jiceng.Beijing.today(clock);
        jdbc.sql("""
                        update visits.assignment set ends_on = :yesterday where level = 'HOUSEHOLD' and household_id = :h
                          and starts_on < :today and (ends_on is null or ends_on >= :today)""")
                .param("h", unheld).param("today", today).param("yesterday", today.minusDays(1)).update();
        // the demo holds these households too; the card shows the newest holder of each link, which is this test's
        boolean done = jdbc.sql("select exists (select 1 from visits.assignment where household_id = :h and holder_id = 880001)")
                .param("h", held).query(Boolean.class).single();
        if (done) {
            return;
        }
        SealedPhone phone = people.sealPhone("assignment.holder_phone", PHONE);
        SweepFixtures.assign(jdbc, clock, "HOUSEHOLD", grid, held, "RESIDENT", 880001, "王户长", "户长",
                phone.sealed(), phone.masked());
        SweepFixtures.assign(jdbc, clock, "CHIEF", grid, 880001L, "PARTY_MEMBER", 880002, "赵党员", "党员中心户", null, null);
        SweepFixtures.assign(jdbc, clock, "GROUP", grid, null, "ACCOUNT", 880003, "孙委员", "社区两委委员", null, null);
        SweepFixtures.assign(jdbc, clock, "VILLAGE", SweepFixtures.TANGLANG, null, "ACCOUNT", 880004, "周干部", "街道干部",
                null, null);
        SweepFixtures.assign(jdbc, clock, "TOWN", SweepFixtures.GUCHENG, null, "ACCOUNT", 880005, "吴县长", "县领导",
                null, null);
    }

    @Test
    void theCardAsJsonShowsTheWholeChainWithNumbersMasked() {
        var answer = Http.as(port, "shequ").get("/api/v1/sweeps/cards/" + held);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode chain = answer.json().get("chain");
        assertThat(chain.valueStream().map(l -> l.get("name").asString()))
                .containsExactly("王户长", "赵党员", "孙委员", "周干部", "吴县长");
        assertThat(chain.get(0).get("phone").asString()).contains("*").doesNotContain(PHONE);
        assertThat(answer.body()).doesNotContain(PHONE);
        assertThat(answer.json().get("hotline").asString()).isEqualTo("12345");
        assertThat(answer.json().get("mineUrl").asString()).endsWith("/visits/assignments");
    }

    @Test
    void thePrintedCardCarriesTheFullNumberAndIsLoggedAsABulkRead() {
        Http shequ = Http.anonymous(port);
        shequ.formLogin("shequ", Http.DEMO_PASSWORD);
        long logged = logEntries();
        var page = shequ.get("/visits/cards/" + held);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(PHONE).contains("王户长").contains("吴县长").contains("<svg").contains("visits-sweeps.css")
                .doesNotContain("责任人待落实");
        assertThat(shequ.get("/css/visits-sweeps.css").body()).contains("size: A6");
        assertThat(logEntries()).isEqualTo(logged + 1);
    }

    @Test
    void aHouseholdNobodyHoldsSaysTheResponsiblePersonIsStillToBeNamed() {
        JsonNode chain = Http.as(port, "shequ").get("/api/v1/sweeps/cards/" + unheld).json().get("chain");
        assertThat(chain.get(0).get("pending").asBoolean()).isTrue();
        assertThat(chain.get(0).get("name").asString()).isEqualTo("责任人待落实");
        assertThat(chain.get(1).get("name").asString()).isEqualTo("责任人待落实");
        assertThat(chain.get(2).get("name").asString()).isEqualTo("孙委员");
        Http shequ = Http.anonymous(port);
        shequ.formLogin("shequ", Http.DEMO_PASSWORD);
        assertThat(shequ.get("/visits/cards/" + unheld).body()).contains("责任人待落实");
    }

    @Test
    void thePdfOfAGridHasOneCardPerHousehold() throws Exception {
        long households = jdbc.sql("select count(*) from visits.household where territory_code = :g").param("g", grid)
                .query(Long.class).single();
        var pdf = Http.as(port, "shequ").download("/visits/cards.pdf?territory=" + grid);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo((int) households);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(PHONE);
        }
    }

    private long logEntries() {
        return jdbc.sql("select count(*) from people.reveal_log where username = 'shequ' and fields like '明白卡%'")
                .query(Long.class).single();
    }
}
