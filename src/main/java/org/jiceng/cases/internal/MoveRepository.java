package org.jiceng.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes a move of a case: its new state and the columns of its {@link CaseChange}, only over the version read. */
@Repository
class MoveRepository {

    private final JdbcClient jdbc;

    MoveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the case changed since it was read at {@code version}. */
    boolean apply(long id, int version, CaseState to, CaseChange change) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("state", to.name());
        columns(change, columns);
        StringBuilder sql = new StringBuilder("update cases.case_file set version = version + 1");
        columns.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
        sql.append(" where id = :id and version = :version");
        return jdbc.sql(sql.toString()).params(columns).param("id", id).param("version", version).update() == 1;
    }

    /** The one place a change meets its columns. */
    static void columns(CaseChange change, Map<String, Object> columns) {
        switch (change) {
            case CaseChange.None none -> {
            }
            case CaseChange.Responded r -> columns.put("responded_at", time(r.at()));
            case CaseChange.Handled h -> {
                columns.put("level", h.level().name());
                columns.put("responded_at", time(h.at()));
            }
            case CaseChange.Dispatched d -> {
                columns.put("lead_unit_id", d.leadUnitId());
                columns.put("assist_unit_ids", d.assistUnitIds().toArray(Long[]::new));
                columns.put("check_in_due_at", time(d.checkInDue()));
                columns.put("dispatcher_territory", d.dispatcherTerritory());
                columns.put("dispatched_at", time(d.at()));
                columns.put("responded_at", null);
                columns.put("level", CaseLevel.COUNTY.name());
            }
            case CaseChange.Returned r -> {
                lettingUnitsGo(columns);
                columns.put("returned_at", time(r.at()));
                columns.put("responded_at", null);
                columns.put("level", r.level().name());
            }
            case CaseChange.Escalated e -> {
                columns.put("level", e.level().name());
                lettingUnitsGo(columns);
            }
            case CaseChange.ExtensionRequested x -> {
                columns.put("extension_days", x.workingDays());
                columns.put("extension_reason", x.reason());
            }
            case CaseChange.ExtensionApproved x -> {
                columns.put("resolve_due_at", time(x.resolveDue()));
                columns.put("due_provisional", x.provisional());
                columns.put("extension_days", null);
                columns.put("extension_reason", null);
            }
            case CaseChange.Resolved r -> {
                columns.put("resolved_at", time(r.at()));
                columns.put("closed_level", r.level());
            }
            case CaseChange.Replied r -> columns.put("replied_at", time(r.at()));
            case CaseChange.Rated r -> {
                columns.put("rating_solved", r.solved());
                columns.put("rating_satisfaction", r.satisfaction().name());
                if (r.closedAt() != null) {
                    columns.put("closed_at", time(r.closedAt()));
                }
            }
            case CaseChange.Merged m -> {
                columns.put("merged_into", m.intoCaseId());
                columns.put("closed_at", time(m.at()));
            }
            case CaseChange.Closed c -> columns.put("closed_at", time(c.at()));
            case CaseChange.Reopened r -> {
                columns.put("reopen_count", r.reopenCount());
                columns.put("resolved_at", null);
                columns.put("replied_at", null);
                columns.put("closed_level", null);
                columns.put("resolve_due_at", time(r.resolveDue()));
                columns.put("due_provisional", r.provisional());
            }
        }
    }

    private static void lettingUnitsGo(Map<String, Object> columns) {
        columns.put("lead_unit_id", null);
        columns.put("assist_unit_ids", new Long[0]);
        columns.put("check_in_due_at", null);
    }

    private static Timestamp time(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
