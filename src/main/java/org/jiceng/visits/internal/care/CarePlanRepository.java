package org.jiceng.visits.internal.care;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.visits.CarePlanView;
import org.jiceng.visits.internal.Holders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans of {@code visits.care_plan} with their household, read as {@link CarePlanView}s; plain SQL. */
@Repository
class CarePlanRepository {

    static final String SELECT = """
            select p.id, p.county, p.household_id, p.territory_code, h.address, h.head, p.tags, p.responsible_kind,
                   p.responsible_id, p.responsible_name, p.visit_every_days, p.own_frequency, p.needs, p.measures,
                   p.starts_on, p.review_on, p.last_visited_on, p.next_due_on, p.status, p.closed_reason,
                   p.updated_at, p.version
            from visits.care_plan p
            left join visits.household h on h.id = p.household_id and h.county = p.county
            """;

    /** What a list asks for beyond the reader's predicate. */
    record Filter(String territory, String tag, Boolean overdue, Boolean mine, String status) {
    }

    private final JdbcClient jdbc;

    CarePlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CarePlanView> find(long id, LocalDate today) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query((rs, n) -> view(rs, today)).optional();
    }

    /** The county of a plan, or empty: the write paths lock by (id, county). */
    Optional<String> countyOf(long id) {
        return jdbc.sql("select county from visits.care_plan where id = :id").param("id", id).query(String.class).optional();
    }

    /**
     * Plans the reader may read (their {@code readers} predicate over {@code p}), filtered, ordered by due date then
     * id after the cursor position; {@code limit + 1} rows so the page knows whether there is more.
     */
    List<CarePlanView> list(String readers, Map<String, Object> readerParams, Filter filter, Holders mine,
                            LocalDate afterDay, long afterId, int limit, LocalDate today) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(readers);
        Map<String, Object> params = new LinkedHashMap<>(readerParams);
        sql.append(" and p.status = :status");
        params.put("status", filter.status() == null ? "ACTIVE" : filter.status());
        if (filter.territory() != null) {
            Scope place = Scope.of(filter.territory());
            sql.append(" and ").append(place.where("p.territory_code", "p.county").replace("scope_", "place_"));
            place.params().forEach((k, v) -> params.put(k.replace("scope_", "place_"), v));
        }
        if (filter.tag() != null) {
            sql.append(" and :tag = any(p.tags)");
            params.put("tag", filter.tag());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            sql.append(" and p.next_due_on < :today");
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            sql.append(" and p.next_due_on >= :today");
        }
        if (Boolean.TRUE.equals(filter.mine())) {
            sql.append(" and ").append(mine.where("p.responsible_kind", "p.responsible_id"));
            params.putAll(mine.params());
        }
        if (afterDay != null) {
            sql.append(" and (p.next_due_on, p.id) > (:afterDay, :afterId)");
            params.put("afterDay", afterDay);
            params.put("afterId", afterId);
        }
        sql.append(" order by p.next_due_on, p.id limit :limit");
        params.put("today", today);
        params.put("limit", limit + 1);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> view(rs, today)).list();
    }

    /** The person's active plans overdue or due by {@code until}, overdue longest first. */
    List<CarePlanView> dueBy(String readers, Map<String, Object> readerParams, Holders mine, LocalDate until,
                             LocalDate today, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(readerParams);
        params.putAll(mine.params());
        params.put("until", until);
        params.put("limit", limit);
        return jdbc.sql(SELECT + " where p.status = 'ACTIVE' and " + mine.where("p.responsible_kind", "p.responsible_id")
                        + " and p.next_due_on <= :until and " + readers + " order by p.next_due_on, p.id limit :limit")
                .params(params).query((rs, n) -> view(rs, today)).list();
    }

    /** Active plans overdue in the scope, grouped by who is responsible (未落实 first), overdue longest first. */
    List<CarePlanView> overdue(Scope scope, LocalDate today, int limit) {
        return jdbc.sql(SELECT + " where p.status = 'ACTIVE' and p.next_due_on < :today and " + scope.where("p.territory_code", "p.county")
                        + " order by p.responsible_id is not null, p.responsible_name, p.responsible_kind,"
                        + " p.responsible_id, p.next_due_on, p.id limit :limit")
                .params(scope.params()).param("today", today).param("limit", limit)
                .query((rs, n) -> view(rs, today)).list();
    }

    long countOverdue(Scope scope, LocalDate today) {
        return jdbc.sql("select count(*) from visits.care_plan p where p.status = 'ACTIVE' and p.next_due_on < :today and "
                        + scope.where("p.territory_code", "p.county"))
                .params(scope.params()).param("today", today).query(Long.class).single();
    }

    /** Whether the person holds an active HOUSEHOLD assignment of the plan's household (包保 of it). */
    boolean holdsHousehold(long householdId, String county, Holders holders, LocalDate today) {
        return jdbc.sql("select exists (select 1 from visits.assignment a where a.household_id = :household"
                        + " and a.county = :county and a.level = 'HOUSEHOLD' and a.starts_on <= :today"
                        + " and (a.ends_on is null or a.ends_on >= :today) and " + holders.where("a.holder_kind", "a.holder_id") + ")")
                .params(holders.params()).param("household", householdId).param("county", county).param("today", today)
                .query(Boolean.class).single();
    }

    /** One who may be made responsible: the holder of an active assignment covering the household. */
    record Candidate(String kind, long id, String name, String title, String level) {
        String key() {
            return kind + ":" + id;
        }
    }

    /** Holders of active assignments of the household itself or of the group, village and town it lies in. */
    List<Candidate> candidates(long householdId, String county, String territory, LocalDate today) {
        return jdbc.sql("""
                        select distinct on (a.holder_kind, a.holder_id) a.holder_kind, a.holder_id, a.holder_name,
                               a.holder_title, a.level
                        from visits.assignment a
                        where a.county = :county and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today)
                          and ((a.level = 'HOUSEHOLD' and a.household_id = :household)
                               or (a.level in ('GROUP', 'VILLAGE', 'TOWN') and left(:territory, length(a.territory_code)) = a.territory_code))
                        order by a.holder_kind, a.holder_id, a.level = 'HOUSEHOLD' desc""")
                .param("county", county).param("today", today).param("household", householdId).param("territory", territory)
                .query((rs, n) -> new Candidate(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    /** The changes of a PATCH, all already checked; null fields are left as they are. */
    record Change(String responsibleKind, Long responsibleId, String responsibleName, boolean clearResponsible,
                  int visitEveryDays, boolean ownFrequency, String needs, String measures, LocalDate reviewOn,
                  boolean clearReview, LocalDate nextDueOn) {
    }

    /** Writes the change if the plan is still at {@code version} and active; whether it was. */
    boolean update(long id, String county, int version, Change change) {
        return jdbc.sql("""
                        update visits.care_plan set
                            responsible_kind = case when :clear then null else coalesce(:kind, responsible_kind) end,
                            responsible_id = case when :clear then null else coalesce(:rid, responsible_id) end,
                            responsible_name = case when :clear then null else coalesce(:rname, responsible_name) end,
                            visit_every_days = :every, own_frequency = :own, needs = coalesce(:needs, needs),
                            measures = coalesce(:measures, measures),
                            review_on = case when :clearReview then null else coalesce(:review, review_on) end,
                            next_due_on = :due, updated_at = now(), version = version + 1
                        where id = :id and county = :county and version = :version and status = 'ACTIVE'""")
                .param("clear", change.clearResponsible()).param("kind", change.responsibleKind())
                .param("rid", change.responsibleId()).param("rname", change.responsibleName())
                .param("every", change.visitEveryDays()).param("own", change.ownFrequency())
                .param("needs", change.needs()).param("measures", change.measures())
                .param("clearReview", change.clearReview()).param("review", change.reviewOn())
                .param("due", change.nextDueOn()).param("id", id).param("county", county).param("version", version)
                .update() == 1;
    }

    boolean close(long id, String county, int version, String reason, long by) {
        return jdbc.sql("""
                        update visits.care_plan set status = 'CLOSED', closed_reason = :reason, closed_at = now(),
                            closed_by = :by, updated_at = now(), version = version + 1
                        where id = :id and county = :county and version = :version and status = 'ACTIVE'""")
                .param("reason", reason).param("by", by).param("id", id).param("county", county)
                .param("version", version).update() == 1;
    }

    /** A visit on {@code visitedOn}: the last visit moves on (never back) and the due date with it. */
    int visited(long householdId, String county, LocalDate visitedOn) {
        return jdbc.sql("""
                        update visits.care_plan set last_visited_on = greatest(last_visited_on, :day),
                            next_due_on = greatest(last_visited_on, :day) + visit_every_days, updated_at = now(),
                            version = version + 1
                        where household_id = :household and county = :county and status = 'ACTIVE'""")
                .param("day", visitedOn).param("household", householdId).param("county", county).update();
    }

    static CarePlanView view(ResultSet rs, LocalDate today) throws SQLException {
        List<String> tags = strings(rs.getArray("tags"));
        LocalDate due = rs.getObject("next_due_on", LocalDate.class);
        long responsible = rs.getLong("responsible_id");
        Long responsibleId = rs.wasNull() ? null : responsible;
        boolean active = "ACTIVE".equals(rs.getString("status"));
        return new CarePlanView(rs.getLong("id"), rs.getLong("household_id"), rs.getString("territory_code"),
                rs.getString("address"), rs.getString("head"), tags, tags.stream().map(CareDue::name).toList(),
                rs.getString("responsible_kind"), responsibleId, rs.getString("responsible_name"),
                rs.getInt("visit_every_days"), rs.getBoolean("own_frequency"), rs.getString("needs"),
                rs.getString("measures"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class), rs.getObject("last_visited_on", LocalDate.class), due,
                active && CareDue.overdue(due, today), active ? CareDue.daysOverdue(due, today) : 0,
                active && CareDue.dueSoon(due, today), rs.getString("status"), rs.getString("closed_reason"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
