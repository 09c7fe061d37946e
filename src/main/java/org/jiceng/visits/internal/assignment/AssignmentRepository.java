package org.jiceng.visits.internal.assignment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.County;
import org.jiceng.Scope;
import org.jiceng.visits.AssignmentView;
import org.jiceng.visits.internal.assignment.AssignmentRules.Level;
import org.jiceng.visits.internal.assignment.AssignmentRules.Span;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code visits.assignment}; every read of people's chains takes a {@link Scope} or a household. */
@Repository
public class AssignmentRepository {

    static final String ACTIVE = "(a.starts_on <= :day and (a.ends_on is null or a.ends_on >= :day))";

    private static final String VIEW = """
            select a.id, a.level, a.territory_code, a.household_id, a.chief_resident_id, a.group_name, a.holder_kind,
                   a.holder_id, a.holder_name, a.holder_title, a.holder_phone_masked, a.starts_on, a.ends_on,
                   a.end_reason, a.version
            from visits.assignment a""";

    private static final RowMapper<AssignmentView> ROW = (rs, n) -> {
        Level level = Level.valueOf(rs.getString("level"));
        return new AssignmentView(rs.getLong("id"), level.name(), level.label(), rs.getString("territory_code"),
                (Long) rs.getObject("household_id"), (Long) rs.getObject("chief_resident_id"), rs.getString("group_name"),
                rs.getString("holder_kind"), rs.getLong("holder_id"), rs.getString("holder_name"),
                rs.getString("holder_title"), rs.getString("holder_phone_masked"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("end_reason"), rs.getInt("version"));
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AssignmentRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public record NewAssignment(Level level, String territoryCode, Long householdId, Long chiefResidentId, String groupName,
                         String holderKind, long holderId, String holderName, String holderTitle, byte[] phoneCipher,
                         String phoneMasked, LocalDate startsOn, LocalDate endsOn, long createdBy) {
    }

    long insert(NewAssignment a) {
        return jdbc.sql("""
                        insert into visits.assignment (county, level, territory_code, household_id, chief_resident_id,
                            group_name, holder_kind, holder_id, holder_name, holder_title, holder_phone_cipher,
                            holder_phone_masked, starts_on, ends_on, created_by)
                        values (:county, :level, :territory, :household, :chief, :group, :kind, :holder, :name, :title,
                            :cipher, :masked, :starts, :ends, :by) returning id""")
                .param("county", County.of(a.territoryCode())).param("level", a.level().name())
                .param("territory", a.territoryCode()).param("household", a.householdId())
                .param("chief", a.chiefResidentId()).param("group", a.groupName()).param("kind", a.holderKind())
                .param("holder", a.holderId()).param("name", a.holderName()).param("title", a.holderTitle())
                .param("cipher", a.phoneCipher()).param("masked", a.phoneMasked()).param("starts", a.startsOn())
                .param("ends", a.endsOn()).param("by", a.createdBy())
                .query(Long.class).single();
    }

    /** Many at once (the demo chains), in batches, without phones. */
    public void insertAll(List<NewAssignment> all) {
        batch.batchUpdate("""
                insert into visits.assignment (county, level, territory_code, household_id, chief_resident_id, group_name,
                    holder_kind, holder_id, holder_name, holder_title, starts_on, ends_on, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", all, 2_000, (ps, a) -> {
            ps.setString(1, County.of(a.territoryCode()));
            ps.setString(2, a.level().name());
            ps.setString(3, a.territoryCode());
            ps.setObject(4, a.householdId());
            ps.setObject(5, a.chiefResidentId());
            ps.setString(6, a.groupName());
            ps.setString(7, a.holderKind());
            ps.setLong(8, a.holderId());
            ps.setString(9, a.holderName());
            ps.setString(10, a.holderTitle());
            ps.setObject(11, a.startsOn());
            ps.setObject(12, a.endsOn());
            ps.setLong(13, a.createdBy());
        });
    }

    /** Whether any assignment lies under the prefix. */
    public boolean anyUnder(String prefix) {
        Scope range = Scope.of(prefix);
        return jdbc.sql("select exists (select 1 from visits.assignment a where " + range.where("a.territory_code", "a.county") + ")")
                .params(range.params()).query(Boolean.class).single();
    }

    /** One assignment, if it lies in the scope. */
    Optional<AssignmentView> find(long id, Scope scope) {
        return jdbc.sql(VIEW + " where a.id = :id and " + scope.where("a.territory_code", "a.county"))
                .param("id", id).params(scope.params()).query(ROW).optional();
    }

    /** Ends one assignment, if nobody changed it since {@code version} was read. */
    boolean end(long id, String county, int version, LocalDate endsOn, String reason, long endedBy) {
        return jdbc.sql("""
                        update visits.assignment set ends_on = :ends, end_reason = :reason, ended_by = :by,
                            version = version + 1
                        where id = :id and county = :county and version = :version""")
                .param("ends", endsOn).param("reason", reason).param("by", endedBy).param("id", id)
                .param("county", county).param("version", version).update() == 1;
    }

    /** Ends an earlier holder's assignment of a household the day before a new holder starts. */
    void handOver(long id, String county, LocalDate endsOn, long endedBy) {
        jdbc.sql("""
                        update visits.assignment set ends_on = :ends, end_reason = '由新包户人接替', ended_by = :by,
                            version = version + 1
                        where id = :id and county = :county""")
                .param("ends", endsOn).param("by", endedBy).param("id", id).param("county", county).update();
    }

    /** The household's HOUSEHOLD assignments not ended before {@code from}, locked while a new holder is written. */
    List<Span> householdSpansFrom(long householdId, String county, LocalDate from) {
        return jdbc.sql("""
                        select id, starts_on, ends_on from visits.assignment
                        where household_id = :household and county = :county and level = 'HOUSEHOLD'
                          and (ends_on is null or ends_on >= :from) order by starts_on for update""")
                .param("household", householdId).param("county", county).param("from", from)
                .query((rs, n) -> new Span(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The same holder's assignments of the same level over the same place (household, 户长 or code). */
    List<Span> sameHolderSamePlace(Level level, String territoryCode, Long chiefResidentId, String holderKind,
                                   long holderId) {
        return jdbc.sql("""
                        select id, starts_on, ends_on from visits.assignment
                        where county = :county and level = :level and territory_code = :territory
                          and holder_kind = :kind and holder_id = :holder
                          and coalesce(chief_resident_id, -1) = :chief""")
                .param("county", County.of(territoryCode)).param("level", level.name()).param("territory", territoryCode)
                .param("kind", holderKind).param("holder", holderId).param("chief", chiefResidentId == null ? -1L : chiefResidentId)
                .query((rs, n) -> new Span(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** How many households this holder holds on {@code day}. */
    int householdsHeld(String holderKind, long holderId, LocalDate day) {
        return jdbc.sql("select count(*)::int from visits.assignment a where a.level = 'HOUSEHOLD' and a.holder_kind = :kind"
                        + " and a.holder_id = :holder and " + ACTIVE)
                .param("kind", holderKind).param("holder", holderId).param("day", day).query(Integer.class).single();
    }

    /** What a list asks for: territory, level, holder and a day the assignment is active on, each optional. */
    record Filter(String territory, Level level, String holderKind, Long holderId, LocalDate activeOn, long afterId,
                  int limit) {
    }

    /**
     * Assignments readable as {@code readers} says (its territory, the holder's own, or the given ids), by id
     * after {@code afterId}.
     */
    List<AssignmentView> list(Filter filter, AssignmentAccess.Readers readers) {
        Scope scope = filter.territory() == null ? readers.scope() : readers.scope().narrowedTo(filter.territory());
        Scope within = filter.territory() == null ? Scope.everything() : Scope.of(filter.territory());
        StringBuilder sql = new StringBuilder(VIEW).append(" where (").append(scope.where("a.territory_code", "a.county"));
        Map<String, Object> params = new HashMap<>(scope.params());
        if (readers.holders() != null) {
            sql.append(" or ").append(readers.holders().where("a.holder_kind", "a.holder_id"));
            params.putAll(readers.holders().params());
        }
        if (!readers.ids().isEmpty()) {
            sql.append(" or a.id = any(:ownIds)");
            params.put("ownIds", readers.ids().toArray(Long[]::new));
        }
        sql.append(")");
        // the territory filter narrows every reader, the holder's own rows too
        sql.append(" and ").append(within.where("a.territory_code", "a.county").replace(":scope_", ":within_"));
        within.params().forEach((k, v) -> params.put(k.replace("scope_", "within_"), v));
        if (filter.level() != null) {
            sql.append(" and a.level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.holderKind() != null && filter.holderId() != null) {
            sql.append(" and a.holder_kind = :holderKind and a.holder_id = :holderId");
            params.put("holderKind", filter.holderKind());
            params.put("holderId", filter.holderId());
        }
        if (filter.activeOn() != null) {
            sql.append(" and ").append(ACTIVE);
            params.put("day", filter.activeOn());
        }
        sql.append(" and a.id > :after order by a.id limit :limit");
        params.put("after", filter.afterId());
        params.put("limit", filter.limit());
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /**
     * The chain over one household on {@code day}, upward: its holder, the party member over its 户长, the
     * committee member of its grid, the cadre of its village, the leader of its town.
     */
    List<AssignmentView> chain(long householdId, String grid, LocalDate day) {
        return jdbc.sql(VIEW + " " + """
                         where a.county = :county and %s and (
                            (a.level = 'HOUSEHOLD' and a.household_id = :household)
                         or (a.level = 'CHIEF' and a.chief_resident_id in (select h.holder_id from visits.assignment h
                                where h.county = :county and h.level = 'HOUSEHOLD' and h.household_id = :household
                                  and h.holder_kind = 'RESIDENT' and h.starts_on <= :day
                                  and (h.ends_on is null or h.ends_on >= :day)))
                         or (a.level = 'GROUP' and a.territory_code = :grid)
                         or (a.level = 'VILLAGE' and a.territory_code = :village)
                         or (a.level = 'TOWN' and a.territory_code = :town))
                         order by array_position(array['HOUSEHOLD','CHIEF','GROUP','VILLAGE','TOWN'], a.level), a.id"""
                        .formatted(ACTIVE))
                .param("county", County.of(grid)).param("household", householdId).param("grid", grid)
                .param("village", grid.substring(0, 12)).param("town", grid.substring(0, 9)).param("day", day)
                .query(ROW).list();
    }

    /** Every assignment active on {@code day} in the scope (a tree's or a gap list's), by level and code. */
    List<AssignmentView> activeIn(Scope scope, LocalDate day) {
        return jdbc.sql(VIEW + " where " + scope.where("a.territory_code", "a.county") + " and " + ACTIVE
                        + " order by a.territory_code, a.level, a.holder_name, a.id")
                .params(scope.params()).param("day", day).query(ROW).list();
    }

    /** Every assignment in the scope, for the workbook: by code, level and start. */
    List<AssignmentView> all(Scope scope, int limit) {
        return jdbc.sql(VIEW + " where " + scope.where("a.territory_code", "a.county") + " order by a.territory_code, a.level, a.starts_on, a.id limit :limit")
                .params(scope.params()).param("limit", limit).query(ROW).list();
    }

    /** The assignments a holder holds on {@code day}. */
    List<AssignmentView> heldBy(org.jiceng.visits.internal.Holders holders, LocalDate day) {
        return jdbc.sql(VIEW + " where " + holders.where("a.holder_kind", "a.holder_id") + " and " + ACTIVE
                        + " order by a.level, a.territory_code, a.id")
                .params(holders.params()).param("day", day).query(ROW).list();
    }

    /** A household of the projection: where it lies, its address and head. */
    record Household(long id, String territoryCode, String address, String head) {
    }

    Optional<Household> household(long id, Scope scope) {
        return jdbc.sql("select id, territory_code, address, head from visits.household h where h.id = :id and "
                        + scope.where("h.territory_code", "h.county"))
                .param("id", id).params(scope.params()).query(Household.class).optional();
    }

    /** The households under the scope that nobody holds on {@code day}, by grid, at most {@code limit}. */
    List<Household> unheld(Scope scope, LocalDate day, int limit) {
        return jdbc.sql("select h.id, h.territory_code, h.address, h.head from visits.household h where "
                        + scope.where("h.territory_code", "h.county") + " and not exists (select 1 from visits.assignment a"
                        + " where a.county = h.county and a.level = 'HOUSEHOLD' and a.household_id = h.id and " + ACTIVE
                        + ") order by h.territory_code, h.id limit :limit")
                .params(scope.params()).param("day", day).param("limit", limit).query(Household.class).list();
    }

    /** Per grid under the scope: households, and how many of them someone holds on {@code day}. */
    Map<String, int[]> heldByGrid(Scope scope, LocalDate day) {
        Map<String, int[]> counts = new HashMap<>();
        jdbc.sql("select h.territory_code, count(*)::int, count(*) filter (where exists (select 1 from visits.assignment a"
                        + " where a.county = h.county and a.level = 'HOUSEHOLD' and a.household_id = h.id and " + ACTIVE
                        + "))::int from visits.household h where " + scope.where("h.territory_code", "h.county")
                        + " group by h.territory_code")
                .params(scope.params()).param("day", day)
                .query(rs -> {
                    counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return counts;
    }

    /** The households of a grid with their holder on {@code day} (null when none), for the tree's lowest level. */
    List<Household> householdsOf(String grid) {
        return jdbc.sql("select id, territory_code, address, head from visits.household h where h.county = :county and h.territory_code = :grid order by id")
                .param("county", County.of(grid)).param("grid", grid).query(Household.class).list();
    }
}
