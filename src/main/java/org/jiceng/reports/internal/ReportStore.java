package org.jiceng.reports.internal;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Optional;
import org.jiceng.County;
import org.jiceng.reports.MonthlyReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The kept reports: one row per territory and month, written once. */
@Repository
class ReportStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<MonthlyReport> find(String territory, YearMonth month) {
        return jdbc.sql("""
                        select figures::text from reports.monthly_report
                        where territory_code = :territory and month = :month and county = :county""")
                .param("territory", territory).param("month", month.atDay(1)).param("county", County.of(territory))
                .query(String.class).optional().map(text -> json.readValue(text, MonthlyReport.class));
    }

    /**
     * Keeps the report unless one is kept already; true when this call wrote it. Two nodes generating the same
     * report at once both compute it, and the primary key lets exactly one of them write it (the loser reads the
     * winner's), so no lock is needed: the work is a few seconds of queries, and doing it twice harms nothing.
     */
    boolean keep(MonthlyReport report) {
        return jdbc.sql("""
                        insert into reports.monthly_report (county, territory_code, month, figures, generated_at)
                        values (:county, :territory, :month, cast(:figures as jsonb), :generatedAt)
                        on conflict do nothing""")
                .param("county", County.of(report.territory())).param("territory", report.territory())
                .param("month", YearMonth.parse(report.month()).atDay(1))
                .param("figures", json.writeValueAsString(report))
                .param("generatedAt", Timestamp.from(report.generatedAt()))
                .update() == 1;
    }
}
