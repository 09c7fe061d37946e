package org.jiceng.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.SupervisionKind;

/**
 * A case being lived in memory by {@link CaseReplay}: its row as {@link MoveRepository#columns} would leave it after
 * each move (the same one place where a change meets its columns), its whistled units, its timeline and its 督办
 * items, until they are written in bulk.
 */
final class ReplayedCase {

    /** The columns a move may change, as the row starts. */
    private static final List<String> MOVABLE = List.of("level", "responded_at", "lead_unit_id", "assist_unit_ids",
            "check_in_due_at", "dispatcher_territory", "dispatched_at", "returned_at", "extension_days", "extension_reason",
            "resolve_due_at", "due_provisional", "resolved_at", "closed_level", "replied_at", "rating_solved",
            "rating_satisfaction", "closed_at", "merged_into", "reopen_count");

    /** A whistled unit (cases.case_unit). */
    static final class Unit {
        final long unitId;
        final boolean lead;
        final Instant whistledAt;
        final Instant checkInDue;
        Instant checkedInAt;

        Unit(long unitId, boolean lead, Instant whistledAt, Instant checkInDue) {
            this.unitId = unitId;
            this.lead = lead;
            this.whistledAt = whistledAt;
            this.checkInDue = checkInDue;
        }
    }

    /** A 督办 item (cases.supervision). */
    static final class Item {
        final SupervisionKind kind;
        final long unitId;
        final String superior;
        final Instant dueAt;
        final Instant raisedAt;
        Instant settledAt;

        Item(SupervisionKind kind, long unitId, String superior, Instant dueAt, Instant raisedAt) {
            this.kind = kind;
            this.unitId = unitId;
            this.superior = superior;
            this.dueAt = dueAt;
            this.raisedAt = raisedAt;
        }
    }

    /** A timeline entry after the filing's (cases.case_event). */
    record Entry(Instant at, String actor, String action, CaseState from, CaseState to, String note) {
    }

    final CaseView filed;
    final Long reporterId;
    final Map<Long, Unit> units = new LinkedHashMap<>();
    final List<Entry> timeline = new ArrayList<>();
    final List<Item> items = new ArrayList<>();
    private final Map<String, Object> row = new HashMap<>();
    private CaseState state;
    private int version;
    private CaseView view;

    ReplayedCase(CaseView filed, Long reporterId) {
        this.filed = filed;
        this.reporterId = reporterId;
        this.state = filed.state();
        this.version = filed.version();
        MOVABLE.forEach(column -> row.put(column, null));
        row.put("level", filed.level());
        row.put("resolve_due_at", Timestamp.from(filed.resolveDueAt().toInstant()));
        row.put("due_provisional", filed.dueProvisional());
        row.put("assist_unit_ids", new Long[0]);
        row.put("reopen_count", 0);
        this.view = filed;
    }

    /** Applies a move: its state and the columns of its change, one version on. */
    void move(CaseState to, CaseChange change) {
        Map<String, Object> columns = new LinkedHashMap<>();
        MoveRepository.columns(change, columns);
        row.putAll(columns);
        state = to;
        version++;
        view = null;
    }

    CaseState state() {
        return state;
    }

    boolean moved() {
        return version != filed.version();
    }

    int version() {
        return version;
    }

    String dispatcherTerritory() {
        return (String) row.get("dispatcher_territory");
    }

    Instant dispatchedAt() {
        return instant("dispatched_at");
    }

    Instant instant(String column) {
        Object value = row.get(column);
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    Object column(String column) {
        Object value = row.get(column);
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Long[] ids) {
            return "{" + String.join(",", Arrays.stream(ids).map(String::valueOf).toList()) + "}";
        }
        return value;
    }

    CaseRepository.Stored stored() {
        return new CaseRepository.Stored(view(), reporterId, dispatcherTerritory(), dispatchedAt());
    }

    /** The case as it stands, as the live path would read it back. */
    CaseView view() {
        if (view == null) {
            CaseView f = filed;
            Long[] assisting = (Long[]) row.get("assist_unit_ids");
            view = new CaseView(f.id(), f.number(), state, f.categoryCode(), f.categoryName(), f.description(),
                    f.territoryCode(), f.lat(), f.lon(), f.address(), f.channel(), f.externalId(), (String) row.get("level"),
                    f.routedUnitId(), (Long) row.get("lead_unit_id"), assisting == null ? List.of() : List.of(assisting),
                    f.receivedAt(), f.responseDueAt(), beijing("check_in_due_at"), beijing("resolve_due_at"),
                    Boolean.TRUE.equals(row.get("due_provisional")), beijing("responded_at"), beijing("resolved_at"),
                    beijing("replied_at"), beijing("closed_at"), (String) row.get("closed_level"),
                    (Integer) row.get("extension_days"), (String) row.get("extension_reason"), (Long) row.get("merged_into"),
                    (Integer) row.get("reopen_count"), (Boolean) row.get("rating_solved"),
                    (String) row.get("rating_satisfaction"), f.reporterName(), version, f.publicCase(), f.sourceRef());
        }
        return view;
    }

    /** Open 督办 item of this kind (and unit, for a check-in), or any item ever raised of it. */
    boolean raised(SupervisionKind kind, long unitId) {
        return items.stream().anyMatch(i -> i.kind == kind && (kind != SupervisionKind.CHECK_IN || i.unitId == unitId));
    }

    boolean settledForGood() {
        return !state.isOpen() && state != CaseState.REPLIED && items.stream().allMatch(i -> i.settledAt != null);
    }

    private OffsetDateTime beijing(String column) {
        Instant at = instant(column);
        return at == null ? null : at.atZone(Beijing.ZONE).toOffsetDateTime();
    }
}
