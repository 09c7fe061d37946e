package org.jiceng.visits.internal.care;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.County;
import org.jiceng.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps one active 一人一策 plan for every special-population household of {@code visits.household}: creates the
 * missing ones (responsible: the holder of the household's active HOUSEHOLD assignment, else nobody, listed as
 * 未落实责任人), follows changes of tags and place, closes those whose household left the special population or the
 * register, and gives plans without a responsible person the one an assignment now names. Idempotent: run again,
 * it changes nothing. Also keeps each county's frequency table and moves plans at once when it changes.
 */
@Service
public class CarePlans {

    /** What one run did. */
    public record Ensured(int created, int changed, int closed, int assigned) {
    }

    static final String LEFT_POPULATION = "已不属于特殊人群（户籍台账中已无关怀标签），系统关闭";
    static final String LEFT_REGISTER = "住户已不在户籍台账中，系统关闭";

    /** The holder of the household's active HOUSEHOLD assignment, newest first: h is the household, :today bound. */
    private static final String HOLDER = """
            from visits.assignment a where a.household_id = h.id and a.county = h.county and a.level = 'HOUSEHOLD'
              and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today)
            order by a.starts_on desc, a.id desc limit 1""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    CarePlans(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    private record Missing(long household, String county, String territory, List<String> tags, String kind, Long holder,
                           String name) {
    }

    private record Retag(long id, String county, String territory, List<String> tags, boolean own, LocalDate startsOn,
                         LocalDate lastVisitedOn, int every) {
    }

    /** Brings the plans under {@code prefix} (a county or below) in line with the households there. */
    @Transactional
    public Ensured ensureFor(String prefix) {
        Scope place = Scope.of(prefix);
        LocalDate today = Beijing.today(clock);
        Map<String, Map<String, Integer>> frequencies = new HashMap<>();
        List<Missing> missing = jdbc.sql("""
                        select h.id, h.county, h.territory_code, h.care_tags,
                               (select a.holder_kind %1$s) as kind, (select a.holder_id %1$s) as holder,
                               (select a.holder_name %1$s) as name
                        from visits.household h
                        where %2$s and cardinality(h.care_tags) > 0 and not exists (select 1 from visits.care_plan p
                              where p.household_id = h.id and p.county = h.county and p.status = 'ACTIVE')
                        order by h.id""".formatted(HOLDER, place.where("h.territory_code", "h.county")))
                .params(place.params()).param("today", today)
                .query((rs, n) -> {
                    long holder = rs.getLong("holder");
                    Long holderId = rs.wasNull() ? null : holder;
                    return new Missing(rs.getLong("id"), rs.getString("county"), rs.getString("territory_code"),
                            CarePlanRepository.strings(rs.getArray("care_tags")), rs.getString("kind"), holderId,
                            rs.getString("name"));
                }).list();
        batch.batchUpdate("""
                insert into visits.care_plan (county, household_id, territory_code, tags, responsible_kind, responsible_id,
                    responsible_name, visit_every_days, starts_on, next_due_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (household_id, county) where status = 'ACTIVE' do nothing""", missing, 1_000, (ps, m) -> {
            int every = CareDue.everyDays(m.tags(), frequencies.computeIfAbsent(m.county(), this::frequencies));
            ps.setString(1, m.county());
            ps.setLong(2, m.household());
            ps.setString(3, m.territory());
            Array tags = ps.getConnection().createArrayOf("text", m.tags().toArray());
            ps.setArray(4, tags);
            ps.setString(5, m.kind());
            ps.setObject(6, m.holder());
            ps.setString(7, m.name());
            ps.setInt(8, every);
            ps.setObject(9, today);
            ps.setObject(10, CareDue.nextDue(today, null, every));
        });

        List<Retag> retags = jdbc.sql("""
                        select p.id, p.county, h.territory_code, h.care_tags, p.own_frequency, p.starts_on,
                               p.last_visited_on, p.visit_every_days
                        from visits.care_plan p join visits.household h on h.id = p.household_id and h.county = p.county
                        where %s and p.status = 'ACTIVE' and cardinality(h.care_tags) > 0
                          and (not (p.tags @> h.care_tags and p.tags <@ h.care_tags) or p.territory_code <> h.territory_code)"""
                        .formatted(place.where("p.territory_code", "p.county")))
                .params(place.params())
                .query((rs, n) -> new Retag(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CarePlanRepository.strings(rs.getArray(4)), rs.getBoolean(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getInt(8))).list();
        batch.batchUpdate("""
                update visits.care_plan set tags = ?, territory_code = ?, visit_every_days = ?, next_due_on = ?,
                    updated_at = now(), version = version + 1
                where id = ? and county = ?""", retags, 1_000, (ps, r) -> {
            int every = r.own() ? r.every() : CareDue.everyDays(r.tags(), frequencies.computeIfAbsent(r.county(), this::frequencies));
            ps.setArray(1, ps.getConnection().createArrayOf("text", r.tags().toArray()));
            ps.setString(2, r.territory());
            ps.setInt(3, every);
            ps.setObject(4, CareDue.nextDue(r.startsOn(), r.lastVisitedOn(), every));
            ps.setLong(5, r.id());
            ps.setString(6, r.county());
        });

        int closed = close(place, "exists (select 1 from visits.household h where h.id = p.household_id and h.county = p.county"
                + " and cardinality(h.care_tags) = 0)", LEFT_POPULATION)
                + close(place, "not exists (select 1 from visits.household h where h.id = p.household_id and h.county = p.county)",
                LEFT_REGISTER);

        int assigned = jdbc.sql("""
                        update visits.care_plan p set (responsible_kind, responsible_id, responsible_name) =
                            (select a.holder_kind, a.holder_id, a.holder_name %1$s), updated_at = now(), version = version + 1
                        from visits.household h
                        where h.id = p.household_id and h.county = p.county and %2$s and p.status = 'ACTIVE'
                          and p.responsible_id is null and exists (select 1 %1$s)"""
                        .formatted(HOLDER, place.where("p.territory_code", "p.county")))
                .params(place.params()).param("today", today).update();
        return new Ensured(missing.size(), retags.size(), closed, assigned);
    }

    private int close(Scope place, String condition, String reason) {
        return jdbc.sql("update visits.care_plan p set status = 'CLOSED', closed_reason = :reason, closed_at = now(),"
                        + " updated_at = now(), version = version + 1 where p.status = 'ACTIVE' and "
                        + place.where("p.territory_code", "p.county") + " and " + condition)
                .params(place.params()).param("reason", reason).update();
    }

    /** The county's own figures (tags it set); the defaults fill the rest ({@link CareDue#daysFor}). */
    public Map<String, Integer> frequencies(String county) {
        Map<String, Integer> own = new LinkedHashMap<>();
        jdbc.sql("select tag, visit_every_days from visits.care_frequency where county = :county order by tag")
                .param("county", county).query(rs -> {
                    own.put(rs.getString(1), rs.getInt(2));
                });
        return own;
    }

    /**
     * Replaces the county's table with {@code days} (tag → days, already checked) and moves every active plan of the
     * county that follows its tags to the new frequency at once; answers how many plans moved.
     */
    @Transactional
    public int putFrequencies(String county, Map<String, Integer> days) {
        jdbc.sql("delete from visits.care_frequency where county = :county").param("county", county).update();
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(days.entrySet());
        batch.batchUpdate("insert into visits.care_frequency (county, tag, visit_every_days) values (?, ?, ?)", rows,
                100, (ps, e) -> {
                    ps.setString(1, county);
                    ps.setString(2, e.getKey());
                    ps.setInt(3, e.getValue());
                });
        Map<String, Integer> table = frequencies(county);
        Scope place = Scope.of(County.of(county));
        List<Retag> plans = jdbc.sql("select p.id, p.county, p.territory_code, p.tags, false, p.starts_on, p.last_visited_on,"
                        + " p.visit_every_days from visits.care_plan p where p.county = :county and p.status = 'ACTIVE'"
                        + " and not p.own_frequency and " + place.where("p.territory_code", "p.county"))
                .params(place.params()).param("county", county)
                .query((rs, n) -> new Retag(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CarePlanRepository.strings(rs.getArray(4)), false, rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getInt(8))).list();
        List<Retag> moved = plans.stream().filter(p -> CareDue.everyDays(p.tags(), table) != p.every()).toList();
        batch.batchUpdate("update visits.care_plan set visit_every_days = ?, next_due_on = ?, updated_at = now(),"
                + " version = version + 1 where id = ? and county = ?", moved, 1_000, (ps, p) -> {
            int every = CareDue.everyDays(p.tags(), table);
            ps.setInt(1, every);
            ps.setObject(2, CareDue.nextDue(p.startsOn(), p.lastVisitedOn(), every));
            ps.setLong(3, p.id());
            ps.setString(4, p.county());
        });
        return moved.size();
    }

    /** Tags the county may set a figure for: the register's care tags and any the county already has. */
    public List<String> tags(String county) {
        List<String> tags = new ArrayList<>(CareDue.ORDER);
        new HashSet<>(frequencies(county).keySet()).stream().filter(t -> !tags.contains(t)).sorted().forEach(tags::add);
        return tags;
    }
}
