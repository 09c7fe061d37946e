package org.jiceng.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes the module's rows straight into its tables, as the other parts of the module and the demo would. */
record CoverageFixture(JdbcClient jdbc) {

    void household(long id, String grid) {
        jdbc.sql("insert into visits.household (county, id, territory_code, address, head, members) "
                        + "values (:county, :id, :grid, '测试地址', '户主', 3)")
                .param("county", grid.substring(0, 6)).param("id", id).param("grid", grid).update();
    }

    void holds(long household, String grid, String kind, long holder, String name, LocalDate from, LocalDate to) {
        jdbc.sql("insert into visits.assignment (county, level, territory_code, household_id, holder_kind, holder_id, "
                        + "holder_name, starts_on, ends_on) values (:county, 'HOUSEHOLD', :grid, :household, :kind, :holder, "
                        + ":name, :from, :to)")
                .param("county", grid.substring(0, 6)).param("grid", grid).param("household", household)
                .param("kind", kind).param("holder", holder).param("name", name).param("from", from).param("to", to)
                .update();
    }

    void visit(long household, String grid, Instant at) {
        jdbc.sql("insert into visits.visit (county, household_id, territory_code, kind, visitor_id, visitor_name, visited_at) "
                        + "values (:county, :household, :grid, 'HOME', 1, '走访人', :at)")
                .param("county", grid.substring(0, 6)).param("household", household).param("grid", grid)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    void plan(long household, String grid, LocalDate nextDue, String status) {
        jdbc.sql("insert into visits.care_plan (county, household_id, territory_code, visit_every_days, starts_on, "
                        + "next_due_on, status, closed_reason, closed_at) values (:county, :household, :grid, 30, :start, "
                        + ":due, :status, case when :status = 'CLOSED' then '不再属于特殊人群' end, "
                        + "case when :status = 'CLOSED' then now() end)")
                .param("county", grid.substring(0, 6)).param("household", household).param("grid", grid)
                .param("start", nextDue.minusDays(60)).param("due", nextDue).param("status", status).update();
    }
}
