package org.jiceng.visits.internal.sweep;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.County;
import org.jiceng.Scope;
import org.jiceng.visits.internal.Holders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The households a card is printed for and the active assignments of their chains. */
@Repository
class CardRepository {

    private final JdbcClient jdbc;

    CardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Household(String county, long id, String territoryCode, String address, String head) {
    }

    /** An active assignment as a card needs it: what it holds and who holds it, the phone still sealed. */
    record Held(String level, String territoryCode, Long householdId, Long chiefResidentId, String holderKind,
                long holderId, String name, String title, byte[] phoneCipher, String phoneMasked) {
    }

    Optional<Household> household(long id) {
        return jdbc.sql("select county, id, territory_code, address, head from visits.household where id = :id")
                .param("id", id).query(this::householdRow).optional();
    }

    /** The households under {@code place} that the scope covers, in grid and id order, at most {@code limit}. */
    List<Household> households(String place, Scope scope, int limit) {
        Scope within = scope.narrowedTo(place);
        Map<String, Object> params = new LinkedHashMap<>(within.params());
        params.put("county", County.of(place));
        params.put("limit", limit);
        return jdbc.sql("select county, id, territory_code, address, head from visits.household where county = :county and "
                        + within.where("territory_code") + " order by territory_code, id limit :limit")
                .params(params).query(this::householdRow).list();
    }

    /**
     * The active assignments of the chains of these households, newest first: their HOUSEHOLD holders, the groups
     * (grids), villages and towns they lie in.
     */
    List<Held> chains(String county, Collection<Household> households, LocalDate today) {
        return jdbc.sql("""
                        select * from visits.assignment a
                        where a.county = :county and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today)
                          and ((a.level = 'HOUSEHOLD' and a.household_id = any(cast(cast(:households as text[]) as bigint[])))
                            or (a.level = 'GROUP' and a.territory_code = any(cast(:grids as text[])))
                            or (a.level = 'VILLAGE' and a.territory_code = any(cast(:villages as text[])))
                            or (a.level = 'TOWN' and a.territory_code = any(cast(:towns as text[]))))
                        order by a.starts_on desc, a.id desc""")
                .param("county", county).param("today", today)
                .param("households", households.stream().map(h -> Long.toString(h.id())).toArray(String[]::new))
                .param("grids", codes(households, 15)).param("villages", codes(households, 12))
                .param("towns", codes(households, 9))
                .query(this::held).list();
    }

    /** The active CHIEF assignments of these household chiefs (the party members who hold them), newest first. */
    List<Held> chiefs(String county, Collection<Long> chiefResidentIds, LocalDate today) {
        if (chiefResidentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from visits.assignment a
                        where a.county = :county and a.level = 'CHIEF' and a.starts_on <= :today
                          and (a.ends_on is null or a.ends_on >= :today)
                          and a.chief_resident_id = any(cast(cast(:chiefs as text[]) as bigint[]))
                        order by a.starts_on desc, a.id desc""")
                .param("county", county).param("today", today)
                .param("chiefs", chiefResidentIds.stream().map(String::valueOf).toArray(String[]::new))
                .query(this::held).list();
    }

    /** Whether the person holds an active assignment of the household (the 户长 or cadre holding it). */
    boolean holds(Holders holders, Household household, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>(holders.params());
        params.put("county", household.county());
        params.put("household", household.id());
        params.put("today", today);
        return jdbc.sql("select exists (select 1 from visits.assignment a where a.county = :county and a.level = 'HOUSEHOLD'"
                        + " and a.household_id = :household and a.starts_on <= :today"
                        + " and (a.ends_on is null or a.ends_on >= :today) and " + holders.where("a.holder_kind", "a.holder_id") + ")")
                .params(params).query(Boolean.class).single();
    }

    private static String[] codes(Collection<Household> households, int length) {
        return households.stream().map(h -> h.territoryCode().substring(0, length)).distinct().toArray(String[]::new);
    }

    private Household householdRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Household(rs.getString("county"), rs.getLong("id"), rs.getString("territory_code"),
                rs.getString("address"), rs.getString("head"));
    }

    private Held held(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Held(rs.getString("level"), rs.getString("territory_code"), (Long) rs.getObject("household_id"),
                (Long) rs.getObject("chief_resident_id"), rs.getString("holder_kind"), rs.getLong("holder_id"),
                rs.getString("holder_name"), rs.getString("holder_title"), rs.getBytes("holder_phone_cipher"),
                rs.getString("holder_phone_masked"));
    }
}
