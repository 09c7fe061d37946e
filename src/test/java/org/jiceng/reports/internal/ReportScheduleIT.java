package org.jiceng.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The monthly generation keeps one report per county and town, and a second run (another node's) writes nothing. */
@AppTest
class ReportScheduleIT {

    @Autowired
    ReportSchedule schedule;

    @Autowired
    JdbcClient jdbc;

    List<String> kept(YearMonth month) {
        return jdbc.sql("select territory_code || ' ' || generated_at from reports.monthly_report where month = :month"
                        + " and length(territory_code) <= 9 order by territory_code")
                .param("month", month.atDay(1)).query(String.class).list();
    }

    @Test
    void lastMonthsReportsOfTheCountyAndEveryTownAreKeptOnceHoweverOftenItRuns() {
        YearMonth month = YearMonth.now(Beijing.ZONE).minusMonths(3);
        int asked = schedule.generate(month);
        List<String> first = kept(month);
        assertThat(asked).isGreaterThan(1);
        assertThat(first).hasSize(asked);
        assertThat(first).anyMatch(k -> k.startsWith("530326 ")).anyMatch(k -> k.startsWith("530326001 "));
        schedule.generate(month);
        assertThat(kept(month)).as("generated_at unchanged: nothing written again").isEqualTo(first);
    }
}
