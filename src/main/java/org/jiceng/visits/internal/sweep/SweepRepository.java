package org.jiceng.visits.internal.sweep;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jiceng.County;
import org.jiceng.Scope;
import org.jiceng.visits.internal.Holders;
import org.jiceng.visits.internal.sweep.SweepViews.Check;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sweeps, their fixed targets and their checks, in plain SQL; every read of households takes the readers. */
@Repository
class SweepRepository {

    private final JdbcClient jdbc;

    SweepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A sweep row as stored, before the reader's tally is added. */
    record Row(long id, String county, String territoryCode, String title, List<String> targetTags, LocalDate startsOn,
               LocalDate endsOn, List<SweepRequests.ChecklistItem> checklist, String createdBy, Instant createdAt) {
    }

    record TargetRow(String county, long sweepId, long householdId, String territoryCode, String address) {
    }

    long insert(String territoryCode, String title, List<String> tags, LocalDate startsOn, LocalDate endsOn,
                List<SweepRequests.ChecklistItem> checklist, long createdBy, String createdByName) {
        return jdbc.sql("""
                        insert into visits.sweep (county, territory_code, title, target_tags, starts_on, ends_on,
                            checklist_labels, checklist_kinds, created_by, created_by_name)
                        values (:county, :territory, :title, cast(:tags as text[]), :starts, :ends, cast(:labels as text[]),
                            cast(:kinds as text[]), :by, :byName)
                        returning id""")
                .param("county", County.of(territoryCode)).param("territory", territoryCode).param("title", title)
                .param("tags", tags.toArray(String[]::new)).param("starts", startsOn).param("ends", endsOn)
                .param("labels", checklist.stream().map(SweepRequests.ChecklistItem::label).toArray(String[]::new))
                .param("kinds", checklist.stream().map(SweepRequests.ChecklistItem::kind).toArray(String[]::new))
                .param("by", createdBy).param("byName", createdByName)
                .query(Long.class).single();
    }

    /** Fixes the sweep's households from the projection of the register; returns how many. */
    int fixTargets(long sweepId, String territoryCode, List<String> tags) {
        Scope place = Scope.of(territoryCode);
        Map<String, Object> params = new LinkedHashMap<>(place.params());
        params.put("sweep", sweepId);
        params.put("county", County.of(territoryCode));
        params.put("tags", tags.toArray(String[]::new));
        return jdbc.sql("""
                        insert into visits.sweep_target (county, sweep_id, household_id, territory_code, address)
                        select h.county, :sweep, h.id, h.territory_code, h.address from visits.household h
                        where h.county = :county and %s
                          and (cardinality(cast(:tags as text[])) = 0 or h.care_tags && cast(:tags as text[]))"""
                        .formatted(place.where("h.territory_code", "h.county")))
                .params(params).update();
    }

    Optional<Row> find(long id, SweepAccess.Readers readers) {
        Map<String, Object> params = new LinkedHashMap<>(readers.params());
        params.put("id", id);
        return jdbc.sql("select s.* from visits.sweep s where s.id = :id and " + readers.sweeps("s"))
                .params(params).query(this::row).optional();
    }

    /** Newest first, below {@code beforeId}, narrowed to {@code prefix} (the sweep's place or one of its households). */
    List<Row> list(SweepAccess.Readers readers, String prefix, long beforeId, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(readers.params());
        params.put("before", beforeId);
        params.put("limit", limit);
        String narrow = "";
        if (prefix != null) {
            params.put("prefix", prefix);
            narrow = " and (s.territory_code like :prefix || '%' or :prefix like s.territory_code || '%')";
        }
        return jdbc.sql("select s.* from visits.sweep s where s.id < :before and " + readers.sweeps("s") + narrow
                        + " order by s.id desc limit :limit")
                .params(params).query(this::row).list();
    }

    /** Targets and households checked, over what the readers see. */
    long[] tally(long sweepId, String county, SweepAccess.Readers readers) {
        Map<String, Object> params = targetParams(sweepId, county, readers);
        return jdbc.sql("select count(*) targets, count(t.first_checked_at) checked from visits.sweep_target t"
                        + " where t.sweep_id = :sweep and t.county = :county and " + readers.targets("t"))
                .params(params).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Per grid: {grid code, targets, checked}, in grid order. */
    List<Object[]> byGrid(long sweepId, String county, SweepAccess.Readers readers) {
        return jdbc.sql("select t.territory_code, count(*), count(t.first_checked_at) from visits.sweep_target t"
                        + " where t.sweep_id = :sweep and t.county = :county and " + readers.targets("t")
                        + " group by t.territory_code order by t.territory_code")
                .params(targetParams(sweepId, county, readers))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}).list();
    }

    /** Per holder of the households' active HOUSEHOLD assignment: {name, title, targets, checked}; a null name: unheld. */
    List<Object[]> byCadre(long sweepId, String county, SweepAccess.Readers readers, LocalDate today) {
        Map<String, Object> params = targetParams(sweepId, county, readers);
        params.put("today", today);
        return jdbc.sql("""
                        select a.holder_name, a.holder_title, count(*) targets, count(t.first_checked_at) checked
                        from visits.sweep_target t
                        left join lateral (select holder_kind, holder_id, holder_name, holder_title from visits.assignment a
                            where a.county = t.county and a.level = 'HOUSEHOLD' and a.household_id = t.household_id
                              and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today)
                            order by a.starts_on desc, a.id desc limit 1) a on true
                        where t.sweep_id = :sweep and t.county = :county and %s
                        group by a.holder_kind, a.holder_id, a.holder_name, a.holder_title
                        order by (a.holder_name is null), count(t.first_checked_at)::numeric / count(*), a.holder_name"""
                        .formatted(readers.targets("t")))
                .params(params)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)}).list();
    }

    List<SweepViews.Remaining> remaining(long sweepId, String county, SweepAccess.Readers readers, String grid,
                                         long afterId, int limit) {
        Map<String, Object> params = targetParams(sweepId, county, readers);
        params.put("after", afterId);
        params.put("limit", limit);
        String byGrid = "";
        if (grid != null) {
            params.put("grid", grid);
            byGrid = " and t.territory_code = :grid";
        }
        return jdbc.sql("select t.household_id, t.territory_code, t.address from visits.sweep_target t"
                        + " where t.sweep_id = :sweep and t.county = :county and t.first_checked_at is null"
                        + " and t.household_id > :after and " + readers.targets("t") + byGrid
                        + " order by t.household_id limit :limit")
                .params(params)
                .query((rs, n) -> new SweepViews.Remaining(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    Optional<TargetRow> target(long sweepId, String county, long householdId) {
        return jdbc.sql("select county, sweep_id, household_id, territory_code, address from visits.sweep_target"
                        + " where sweep_id = :sweep and county = :county and household_id = :household")
                .param("sweep", sweepId).param("county", county).param("household", householdId)
                .query((rs, n) -> new TargetRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5))).optional();
    }

    /** Whether the person holds the household's active HOUSEHOLD assignment. */
    boolean holds(Holders holders, String county, long householdId, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>(holders.params());
        params.put("county", county);
        params.put("household", householdId);
        params.put("today", today);
        return jdbc.sql("select exists (select 1 from visits.assignment a where a.county = :county and a.level = 'HOUSEHOLD'"
                        + " and a.household_id = :household and a.starts_on <= :today"
                        + " and (a.ends_on is null or a.ends_on >= :today) and " + holders.where("a.holder_kind", "a.holder_id") + ")")
                .params(params).query(Boolean.class).single();
    }

    Optional<Check> checkByClient(UUID clientId, String county) {
        return jdbc.sql("select * from visits.sweep_check where client_id = :client and county = :county")
                .param("client", clientId).param("county", county).query(this::check).optional();
    }

    /** Writes the check unless its client id is already taken (then empty). */
    Optional<Check> insertCheck(String county, TargetRow target, long checkerId, String checkerName, Instant at,
                                List<String> answers, String remark, Double lat, Double lon, boolean problem, Long caseId,
                                UUID clientId) {
        return jdbc.sql("""
                        insert into visits.sweep_check (county, sweep_id, household_id, territory_code, checker_id,
                            checker_name, checked_at, answers, remark, lat, lon, problem, case_id, client_id)
                        values (:county, :sweep, :household, :territory, :checker, :checkerName, :at, cast(:answers as text[]),
                            :remark, :lat, :lon, :problem, :case, :client)
                        on conflict (client_id, county) where client_id is not null do nothing
                        returning *""")
                .param("county", county).param("sweep", target.sweepId()).param("household", target.householdId())
                .param("territory", target.territoryCode()).param("checker", checkerId).param("checkerName", checkerName)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("answers", answers.toArray(String[]::new))
                .param("remark", remark).param("lat", lat).param("lon", lon).param("problem", problem)
                .param("case", caseId).param("client", clientId)
                .query(this::check).optional();
    }

    void markChecked(TargetRow target, Instant at) {
        jdbc.sql("update visits.sweep_target set first_checked_at = :at where sweep_id = :sweep and county = :county"
                        + " and household_id = :household and first_checked_at is null")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("sweep", target.sweepId())
                .param("county", target.county()).param("household", target.householdId()).update();
    }

    /** The latest checks of one household in a sweep, newest first. */
    List<Check> checksOf(long sweepId, String county, long householdId) {
        return jdbc.sql("select * from visits.sweep_check where sweep_id = :sweep and county = :county"
                        + " and household_id = :household order by checked_at desc, id desc limit 20")
                .param("sweep", sweepId).param("county", county).param("household", householdId)
                .query(this::check).list();
    }

    private Map<String, Object> targetParams(long sweepId, String county, SweepAccess.Readers readers) {
        Map<String, Object> params = new LinkedHashMap<>(readers.params());
        params.put("sweep", sweepId);
        params.put("county", county);
        return params;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        List<String> labels = strings(rs.getArray("checklist_labels"));
        List<String> kinds = strings(rs.getArray("checklist_kinds"));
        List<SweepRequests.ChecklistItem> checklist = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            checklist.add(new SweepRequests.ChecklistItem(labels.get(i), kinds.get(i)));
        }
        return new Row(rs.getLong("id"), rs.getString("county"), rs.getString("territory_code"), rs.getString("title"),
                strings(rs.getArray("target_tags")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), List.copyOf(checklist), rs.getString("created_by_name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private Check check(ResultSet rs, int n) throws SQLException {
        Object client = rs.getObject("client_id");
        long caseId = rs.getLong("case_id");
        Long caseOrNull = rs.wasNull() ? null : caseId;
        return new Check(rs.getLong("id"), rs.getLong("sweep_id"), rs.getLong("household_id"),
                rs.getString("territory_code"), rs.getString("checker_name"),
                rs.getObject("checked_at", OffsetDateTime.class).toInstant(), strings(rs.getArray("answers")),
                rs.getString("remark"), (Double) rs.getObject("lat"), (Double) rs.getObject("lon"),
                rs.getBoolean("problem"), caseOrNull, client == null ? null : client.toString());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
