package org.jiceng.assessment.internal.rating;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A county's criteria, settings and entered values; all of a county are the county's own configuration. */
@Repository
class CriterionRepository {

    private static final String COLUMNS = "id, county, name, measure, unit, thresholds, active, version";

    private final JdbcClient jdbc;

    CriterionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CriterionView> ofCounty(String county, boolean activeOnly) {
        return jdbc.sql("select " + COLUMNS + " from assessment.rating_criterion where county = :county"
                        + (activeOnly ? " and active" : "") + " order by id")
                .param("county", county).query((rs, n) -> criterion(rs)).list();
    }

    Optional<CriterionView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from assessment.rating_criterion where id = :id")
                .param("id", id).query((rs, n) -> criterion(rs)).optional();
    }

    long insert(String county, String name, RatingMeasure measure, String unit, int[] thresholds) {
        return jdbc.sql("""
                        insert into assessment.rating_criterion (county, name, measure, unit, thresholds)
                        values (:county, :name, :measure, :unit, cast(:thresholds as integer[])) returning id""")
                .param("county", county).param("name", name).param("measure", measure.name()).param("unit", unit)
                .param("thresholds", ints(thresholds)).query(Long.class).single();
    }

    boolean update(long id, String county, int version, String name, String unit, int[] thresholds, boolean active) {
        return jdbc.sql("""
                        update assessment.rating_criterion set name = :name, unit = :unit,
                               thresholds = cast(:thresholds as integer[]), active = :active, version = version + 1
                        where id = :id and county = :county and version = :version""")
                .param("id", id).param("county", county).param("version", version).param("name", name)
                .param("unit", unit).param("thresholds", ints(thresholds)).param("active", active).update() == 1;
    }

    Optional<RatingSettings> settings(String county) {
        return jdbc.sql("select county, allowance_fen, red_flag_min, weak_max, version from assessment.rating_settings"
                        + " where county = :county")
                .param("county", county)
                .query((rs, n) -> new RatingSettings(rs.getString(1), longs(rs.getArray(2)), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5))).optional();
    }

    /** Writes the settings when {@code version} is the stored one (-1: none stored yet). */
    boolean saveSettings(String county, long[] allowanceFen, int redFlagMin, int weakMax, int version) {
        String allowance = "{" + LongStream.of(allowanceFen).mapToObj(Long::toString).collect(Collectors.joining(","))
                + "}";
        if (version < 0) {
            return jdbc.sql("""
                            insert into assessment.rating_settings (county, allowance_fen, red_flag_min, weak_max)
                            values (:county, cast(:allowance as bigint[]), :red, :weak) on conflict do nothing""")
                    .param("county", county).param("allowance", allowance).param("red", redFlagMin)
                    .param("weak", weakMax).update() == 1;
        }
        return jdbc.sql("""
                        update assessment.rating_settings set allowance_fen = cast(:allowance as bigint[]),
                               red_flag_min = :red, weak_max = :weak, version = version + 1
                        where county = :county and version = :version""")
                .param("county", county).param("allowance", allowance).param("red", redFlagMin)
                .param("weak", weakMax).param("version", version).update() == 1;
    }

    void enter(String county, long organisationId, int year, long criterionId, int value, String evidence, long by,
               Instant at) {
        jdbc.sql("""
                        insert into assessment.rating_entry (county, organisation_id, year, criterion_id, value, evidence,
                                                             entered_by, entered_at)
                        values (:county, :organisation, :year, :criterion, :value, :evidence, :by, :at)
                        on conflict (county, organisation_id, year, criterion_id) do update
                        set value = excluded.value, evidence = excluded.evidence, entered_by = excluded.entered_by,
                            entered_at = excluded.entered_at""")
                .param("county", county).param("organisation", organisationId).param("year", year)
                .param("criterion", criterionId).param("value", value).param("evidence", evidence).param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** The entered values of an organisation's year, by criterion. */
    Map<Long, Integer> entered(String county, long organisationId, int year) {
        Map<Long, Integer> values = new HashMap<>();
        jdbc.sql("select criterion_id, value from assessment.rating_entry"
                        + " where county = :county and organisation_id = :organisation and year = :year")
                .param("county", county).param("organisation", organisationId).param("year", year)
                .query((rs, n) -> values.put(rs.getLong(1), rs.getInt(2))).list();
        return values;
    }

    private static CriterionView criterion(ResultSet rs) throws SQLException {
        Integer[] boxed = (Integer[]) rs.getArray("thresholds").getArray();
        return new CriterionView(rs.getLong("id"), rs.getString("county"), rs.getString("name"),
                RatingMeasure.valueOf(rs.getString("measure")), rs.getString("unit"),
                IntStream.range(0, boxed.length).map(i -> boxed[i]).toArray(), rs.getBoolean("active"),
                rs.getInt("version"));
    }

    private static long[] longs(Array array) throws SQLException {
        Long[] boxed = (Long[]) array.getArray();
        return IntStream.range(0, boxed.length).mapToLong(i -> boxed[i]).toArray();
    }

    private static String ints(int[] values) {
        return "{" + IntStream.of(values).mapToObj(Integer::toString).collect(Collectors.joining(",")) + "}";
    }
}
