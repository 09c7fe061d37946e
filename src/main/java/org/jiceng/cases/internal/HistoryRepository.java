package org.jiceng.cases.internal;

import java.util.List;
import java.util.function.Function;
import org.jiceng.ArrayColumns;
import org.jiceng.County;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes what {@link CaseReplay} lived in memory, a statement per table for a whole batch (unnest of array
 * parameters): the cases' rows as their last move left them, their timeline entries after the filing's, their
 * whistled units and their 督办 items.
 */
@Repository
class HistoryRepository {

    private final JdbcClient jdbc;

    HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<ReplayedCase> lived) {
        updateCases(lived.stream().filter(ReplayedCase::moved).toList());
        insertTimeline(lived);
        insertUnits(lived);
        insertSupervision(lived);
    }

    private void updateCases(List<ReplayedCase> moved) {
        if (moved.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update cases.case_file c set state = u.state, version = u.version, level = u.level,
                            responded_at = u.responded_at, lead_unit_id = u.lead_unit_id,
                            assist_unit_ids = cast(u.assist_unit_ids as bigint[]), check_in_due_at = u.check_in_due_at,
                            dispatcher_territory = u.dispatcher_territory, dispatched_at = u.dispatched_at,
                            returned_at = u.returned_at, extension_days = u.extension_days,
                            extension_reason = u.extension_reason, resolve_due_at = u.resolve_due_at,
                            due_provisional = u.due_provisional, resolved_at = u.resolved_at, closed_level = u.closed_level,
                            replied_at = u.replied_at, rating_solved = u.rating_solved,
                            rating_satisfaction = u.rating_satisfaction, closed_at = u.closed_at, merged_into = u.merged_into,
                            reopen_count = u.reopen_count
                        from unnest(cast(:id as bigint[]), cast(:county as text[]), cast(:state as text[]),
                            cast(:version as int[]), cast(:level as text[]), cast(:responded as timestamptz[]),
                            cast(:lead as bigint[]), cast(:assist as text[]), cast(:checkInDue as timestamptz[]),
                            cast(:dispatcher as text[]), cast(:dispatched as timestamptz[]), cast(:returned as timestamptz[]),
                            cast(:extensionDays as int[]), cast(:extensionReason as text[]), cast(:resolveDue as timestamptz[]),
                            cast(:provisional as boolean[]), cast(:resolved as timestamptz[]), cast(:closedLevel as text[]),
                            cast(:replied as timestamptz[]), cast(:solved as boolean[]), cast(:satisfaction as text[]),
                            cast(:closed as timestamptz[]), cast(:merged as bigint[]), cast(:reopens as int[]))
                            as u(id, county, state, version, level, responded_at, lead_unit_id, assist_unit_ids,
                                 check_in_due_at, dispatcher_territory, dispatched_at, returned_at, extension_days,
                                 extension_reason, resolve_due_at, due_provisional, resolved_at, closed_level, replied_at,
                                 rating_solved, rating_satisfaction, closed_at, merged_into, reopen_count)
                        where c.id = u.id and c.county = u.county""")
                .param("id", ArrayColumns.text(moved, c -> c.filed.id()))
                .param("county", ArrayColumns.text(moved, c -> County.of(c.filed.territoryCode())))
                .param("state", ArrayColumns.text(moved, ReplayedCase::state))
                .param("version", ArrayColumns.text(moved, ReplayedCase::version))
                .param("level", column(moved, "level"))
                .param("responded", column(moved, "responded_at"))
                .param("lead", column(moved, "lead_unit_id"))
                .param("assist", column(moved, "assist_unit_ids"))
                .param("checkInDue", column(moved, "check_in_due_at"))
                .param("dispatcher", column(moved, "dispatcher_territory"))
                .param("dispatched", column(moved, "dispatched_at"))
                .param("returned", column(moved, "returned_at"))
                .param("extensionDays", column(moved, "extension_days"))
                .param("extensionReason", column(moved, "extension_reason"))
                .param("resolveDue", column(moved, "resolve_due_at"))
                .param("provisional", column(moved, "due_provisional"))
                .param("resolved", column(moved, "resolved_at"))
                .param("closedLevel", column(moved, "closed_level"))
                .param("replied", column(moved, "replied_at"))
                .param("solved", column(moved, "rating_solved"))
                .param("satisfaction", column(moved, "rating_satisfaction"))
                .param("closed", column(moved, "closed_at"))
                .param("merged", column(moved, "merged_into"))
                .param("reopens", column(moved, "reopen_count"))
                .update();
    }

    private static String[] column(List<ReplayedCase> rows, String column) {
        return ArrayColumns.text(rows, c -> c.column(column));
    }

    /** A row of another table with the case it belongs to. */
    private record Of<T>(ReplayedCase c, T row) {
    }

    private static <T> List<Of<T>> rows(List<ReplayedCase> lived, Function<ReplayedCase, ? extends java.util.Collection<T>> of) {
        return lived.stream().flatMap(c -> of.apply(c).stream().map(r -> new Of<T>(c, r))).toList();
    }

    private void insertTimeline(List<ReplayedCase> lived) {
        List<Of<ReplayedCase.Entry>> rows = rows(lived, c -> c.timeline);
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into cases.case_event (county, case_id, at, actor, action, from_state, to_state, note, attachments)
                        select county, case_id, at, actor, action, from_state, to_state, note, '{}'
                        from unnest(cast(:county as text[]), cast(:case as bigint[]), cast(:at as timestamptz[]),
                            cast(:actor as text[]), cast(:action as text[]), cast(:from as text[]), cast(:to as text[]),
                            cast(:note as text[]))
                            with ordinality as u(county, case_id, at, actor, action, from_state, to_state, note, n)
                        order by n""")
                .param("county", ArrayColumns.text(rows, r -> County.of(r.c().filed.territoryCode())))
                .param("case", ArrayColumns.text(rows, r -> r.c().filed.id()))
                .param("at", ArrayColumns.text(rows, r -> r.row().at()))
                .param("actor", ArrayColumns.text(rows, r -> r.row().actor()))
                .param("action", ArrayColumns.text(rows, r -> r.row().action()))
                .param("from", ArrayColumns.text(rows, r -> r.row().from()))
                .param("to", ArrayColumns.text(rows, r -> r.row().to()))
                .param("note", ArrayColumns.text(rows, r -> r.row().note()))
                .update();
    }

    private void insertUnits(List<ReplayedCase> lived) {
        List<Of<ReplayedCase.Unit>> rows = rows(lived, c -> c.units.values());
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into cases.case_unit (county, case_id, unit_id, lead, whistled_at, check_in_due_at, checked_in_at)
                        select * from unnest(cast(:county as text[]), cast(:case as bigint[]), cast(:unit as bigint[]),
                            cast(:lead as boolean[]), cast(:whistled as timestamptz[]), cast(:due as timestamptz[]),
                            cast(:checkedIn as timestamptz[]))""")
                .param("county", ArrayColumns.text(rows, r -> County.of(r.c().filed.territoryCode())))
                .param("case", ArrayColumns.text(rows, r -> r.c().filed.id()))
                .param("unit", ArrayColumns.text(rows, r -> r.row().unitId))
                .param("lead", ArrayColumns.text(rows, r -> r.row().lead))
                .param("whistled", ArrayColumns.text(rows, r -> r.row().whistledAt))
                .param("due", ArrayColumns.text(rows, r -> r.row().checkInDue))
                .param("checkedIn", ArrayColumns.text(rows, r -> r.row().checkedInAt))
                .update();
    }

    private void insertSupervision(List<ReplayedCase> lived) {
        List<Of<ReplayedCase.Item>> rows = rows(lived, c -> c.items);
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into cases.supervision (county, case_id, kind, unit_id, territory_code, superior_territory, due_at,
                            raised_at, settled_at)
                        select county, case_id, kind, unit_id, territory_code, superior_territory, due_at, raised_at, settled_at
                        from unnest(cast(:county as text[]), cast(:case as bigint[]), cast(:kind as text[]),
                            cast(:unit as bigint[]), cast(:territory as text[]), cast(:superior as text[]),
                            cast(:due as timestamptz[]), cast(:raised as timestamptz[]), cast(:settled as timestamptz[]))
                            with ordinality as u(county, case_id, kind, unit_id, territory_code, superior_territory, due_at,
                                raised_at, settled_at, n)
                        order by n""")
                .param("county", ArrayColumns.text(rows, r -> County.of(r.c().filed.territoryCode())))
                .param("case", ArrayColumns.text(rows, r -> r.c().filed.id()))
                .param("kind", ArrayColumns.text(rows, r -> r.row().kind))
                .param("unit", ArrayColumns.text(rows, r -> r.row().unitId))
                .param("territory", ArrayColumns.text(rows, r -> r.c().filed.territoryCode()))
                .param("superior", ArrayColumns.text(rows, r -> r.row().superior))
                .param("due", ArrayColumns.text(rows, r -> r.row().dueAt))
                .param("raised", ArrayColumns.text(rows, r -> r.row().raisedAt))
                .param("settled", ArrayColumns.text(rows, r -> r.row().settledAt))
                .update();
    }
}
