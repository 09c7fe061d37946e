package org.jiceng.people.internal;

import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HouseholdRepository {

    private static final String VIEW = """
            select h.id, h.territory_code, h.address, h.building_id, b.name as building_name,
                   (select r.name from people.resident r where r.household_id = h.id and r.relation = '户主' limit 1) as head,
                   (select count(*) from people.resident r where r.household_id = h.id)::int as members,
                   h.chief_id, h.version
            from people.household h left join people.building b on b.id = h.building_id""";

    private final JdbcClient jdbc;

    HouseholdRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<HouseholdView> find(long id, Scope scope) {
        return jdbc.sql(VIEW + " where h.id = :id and " + scope.where("h.territory_code"))
                .params(scope.params()).param("id", id).query(HouseholdView.class).optional();
    }

    /** Households under {@code prefix} in the scope, by id (keyset after {@code afterId}). */
    List<HouseholdView> under(String prefix, Scope scope, long afterId, int limit) {
        Scope narrowed = scope.narrowedTo(prefix);
        return jdbc.sql(VIEW + " where " + narrowed.where("h.territory_code") + " and h.id > :after order by h.id limit :limit")
                .params(narrowed.params()).param("after", afterId).param("limit", limit)
                .query(HouseholdView.class).list();
    }

    /** Households whose address contains the words, in the scope: how a grid worker finds "3栋2单元". */
    List<HouseholdView> byAddress(String words, Scope scope, int limit) {
        return jdbc.sql(VIEW + " where " + scope.where("h.territory_code")
                        + " and h.address like :pattern escape '\\' order by h.territory_code, h.id limit :limit")
                .params(scope.params()).param("pattern", "%" + words.replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%").param("limit", limit)
                .query(HouseholdView.class).list();
    }

    long insert(String territoryCode, String address, Long buildingId) {
        return jdbc.sql("""
                        insert into people.household (territory_code, address, building_id)
                        values (:territory, :address, :building) returning id""")
                .param("territory", territoryCode).param("address", address).param("building", buildingId)
                .query(Long.class).single();
    }

    boolean updateAddress(long id, int version, String address) {
        return jdbc.sql("""
                        update people.household set address = :address, version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("address", address).param("id", id).param("version", version).update() == 1;
    }

    Optional<String> buildingGrid(long buildingId) {
        return jdbc.sql("select grid_code from people.building where id = :id").param("id", buildingId)
                .query(String.class).optional();
    }
}
