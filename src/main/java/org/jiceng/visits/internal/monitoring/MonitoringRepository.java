package org.jiceng.visits.internal.monitoring;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.County;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monitoring tables in plain SQL; every read takes the {@link MonitoringAccess.Readers} of the question. */
@Repository
class MonitoringRepository {

    private static final String COLUMNS = """
            select r.county, r.household_id, r.year, r.territory_code, coalesce(h.address, ''), h.head, r.status,
                   r.flags, r.figures_sealed, r.contact_kind, r.contact_id, r.contact_name, r.contact_since,
                   (select count(*) from visits.monitoring_measure m where m.household_id = r.household_id
                        and m.year = r.year and m.county = r.county),
                   r.removed_on, r.removal_reason_sealed, r.removed_by, r.version
            from visits.monitoring_record r
            left join visits.household h on h.id = r.household_id and h.county = r.county
            """;

    /** A household as this module's projection of the register holds it. */
    record Household(long id, String territoryCode, String address, String head, int members) {
    }

    private final JdbcClient jdbc;

    MonitoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MonitoringRow> find(long householdId, int year, MonitoringAccess.Readers readers) {
        Map<String, Object> params = new LinkedHashMap<>(readers.params());
        params.put("household", householdId);
        params.put("year", year);
        return jdbc.sql(COLUMNS + " where r.household_id = :household and r.year = :year and "
                        + readers.where("r.territory_code", "r.contact_kind", "r.contact_id"))
                .params(params).query(this::row).optional();
    }

    /** For the system's own rules (last year's income for the drop rule): never shown to a person. */
    Optional<byte[]> sealedFigures(long householdId, int year, String county) {
        return jdbc.sql("""
                        select figures_sealed from visits.monitoring_record
                        where household_id = :household and year = :year and county = :county""")
                .param("household", householdId).param("year", year).param("county", county)
                .query(byte[].class).optional();
    }

    /** A page of a year's records the readers may see, by household id descending, below {@code before}. */
    List<MonitoringRow> list(MonitoringAccess.Readers readers, String territory, MonitoringStatus status, int year,
                             long before, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(readers.params());
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where r.year = :year and r.household_id < :before and ")
                .append(readers.where("r.territory_code", "r.contact_kind", "r.contact_id"));
        params.put("year", year);
        params.put("before", before);
        if (territory != null) {
            sql.append(" and r.territory_code >= :lo and r.territory_code < :hi");
            params.put("lo", territory);
            params.put("hi", territory.substring(0, territory.length() - 1)
                    + (char) (territory.charAt(territory.length() - 1) + 1));
        }
        if (status != null) {
            sql.append(" and r.status = :status");
            params.put("status", status.name());
        }
        sql.append(" order by r.household_id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::row).list();
    }

    Optional<Household> household(long id, MonitoringAccess.Readers readers) {
        Map<String, Object> params = new LinkedHashMap<>(readers.scopeParams());
        params.put("id", id);
        return jdbc.sql("select id, territory_code, address, head, members from visits.household where id = :id and "
                        + readers.scopeWhere("territory_code"))
                .params(params)
                .query((rs, n) -> new Household(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .optional();
    }

    void insert(Household household, int year, MonitoringStatus status, List<String> flags, byte[] figures,
                String username, Instant now) {
        jdbc.sql("""
                        insert into visits.monitoring_record (county, household_id, year, territory_code, status, flags,
                            figures_sealed, updated_by, created_at, updated_at)
                        values (:county, :household, :year, :territory, :status, :flags, :figures, :by, :now, :now)""")
                .param("county", County.of(household.territoryCode())).param("household", household.id())
                .param("year", year).param("territory", household.territoryCode()).param("status", status.name())
                .param("flags", flags.toArray(String[]::new)).param("figures", figures).param("by", username)
                .param("now", at(now)).update();
    }

    /** Writes new figures if the row is still at {@code version}; false when someone wrote first. */
    boolean updateFigures(MonitoringRow row, int version, MonitoringStatus status, List<String> flags, byte[] figures,
                          String username, Instant now) {
        return jdbc.sql("""
                        update visits.monitoring_record set status = :status, flags = :flags, figures_sealed = :figures,
                            updated_by = :by, updated_at = :now, version = version + 1
                        where household_id = :household and year = :year and county = :county and version = :version""")
                .params(key(row)).param("status", status.name()).param("flags", flags.toArray(String[]::new))
                .param("figures", figures).param("by", username).param("now", at(now)).param("version", version)
                .update() == 1;
    }

    void setContact(MonitoringRow row, String kind, long id, String name, LocalDate since, MonitoringStatus status,
                    String username, Instant now) {
        jdbc.sql("""
                        update visits.monitoring_record set contact_kind = :kind, contact_id = :id, contact_name = :name,
                            contact_since = :since, status = :status, updated_by = :by, updated_at = :now,
                            version = version + 1
                        where household_id = :household and year = :year and county = :county""")
                .params(key(row)).param("kind", kind).param("id", id).param("name", name).param("since", since)
                .param("status", status.name()).param("by", username).param("now", at(now)).update();
    }

    void addMeasure(MonitoringRow row, LocalDate takenOn, byte[] text, MonitoringStatus status, String username,
                    Instant now) {
        jdbc.sql("""
                        insert into visits.monitoring_measure (county, household_id, year, taken_on, text_sealed,
                            recorded_by, recorded_at)
                        values (:county, :household, :year, :taken, :text, :by, :now)""")
                .params(key(row)).param("taken", takenOn).param("text", text).param("by", username)
                .param("now", at(now)).update();
        jdbc.sql("""
                        update visits.monitoring_record set status = :status, updated_by = :by, updated_at = :now,
                            version = version + 1
                        where household_id = :household and year = :year and county = :county""")
                .params(key(row)).param("status", status.name()).param("by", username).param("now", at(now)).update();
    }

    void remove(MonitoringRow row, LocalDate decidedOn, byte[] reason, String decidedBy, String username, Instant now) {
        jdbc.sql("""
                        update visits.monitoring_record set status = 'REMOVED', removed_on = :on,
                            removal_reason_sealed = :reason, removed_by = :decidedBy, removal_recorded_at = :now,
                            updated_by = :by, updated_at = :now, version = version + 1
                        where household_id = :household and year = :year and county = :county""")
                .params(key(row)).param("on", decidedOn).param("reason", reason).param("decidedBy", decidedBy)
                .param("by", username).param("now", at(now)).update();
    }

    /** Locks the row for a step, so two steps on one household's year never interleave. */
    void lock(MonitoringRow row) {
        jdbc.sql("select 1 from visits.monitoring_record where household_id = :household and year = :year"
                + " and county = :county for update").params(key(row)).query(Integer.class).optional();
    }

    record SealedMeasure(long id, LocalDate takenOn, byte[] text, String recordedBy) {
    }

    List<SealedMeasure> measures(MonitoringRow row) {
        return jdbc.sql("""
                        select id, taken_on, text_sealed, recorded_by from visits.monitoring_measure
                        where household_id = :household and year = :year and county = :county
                        order by taken_on, id""")
                .params(key(row))
                .query((rs, n) -> new SealedMeasure(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBytes(3),
                        rs.getString(4)))
                .list();
    }

    private static Map<String, Object> key(MonitoringRow row) {
        return Map.of("household", row.householdId(), "year", row.year(), "county", row.county());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private MonitoringRow row(ResultSet rs, int n) throws SQLException {
        Array flags = rs.getArray(8);
        return new MonitoringRow(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), MonitoringStatus.valueOf(rs.getString(7)),
                flags == null ? List.of() : Arrays.asList((String[]) flags.getArray()), rs.getBytes(9),
                rs.getString(10), (Long) rs.getObject(11), rs.getString(12), rs.getObject(13, LocalDate.class),
                rs.getInt(14), rs.getObject(15, LocalDate.class), rs.getBytes(16), rs.getString(17), rs.getInt(18));
    }
}
