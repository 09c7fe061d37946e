package org.jiceng.people.internal;

import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdMove;
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

    /** Moves the household (and so its members) to an address and grid, if nobody changed it since {@code version}. */
    boolean move(long id, int version, String territory, String address) {
        boolean moved = jdbc.sql("""
                        update people.household set territory_code = :territory, address = :address,
                            building_id = case when territory_code = :territory then building_id end,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("territory", territory).param("address", address).param("id", id).param("version", version)
                .update() == 1;
        if (moved) {
            jdbc.sql("update people.resident set territory_code = :territory, updated_at = now() where household_id = :id")
                    .param("territory", territory).param("id", id).update();
        }
        return moved;
    }

    void recordMove(long id, String fromTerritory, String toTerritory, String fromAddress, String toAddress,
                    String reason, String by) {
        jdbc.sql("""
                        insert into people.household_move (household_id, from_territory, to_territory, from_address,
                            to_address, reason, moved_by)
                        values (:id, :fromTerritory, :toTerritory, :fromAddress, :toAddress, :reason, :by)""")
                .param("id", id).param("fromTerritory", fromTerritory).param("toTerritory", toTerritory)
                .param("fromAddress", fromAddress).param("toAddress", toAddress).param("reason", reason).param("by", by)
                .update();
    }

    /** The household's moves and its members' moves in and out, newest first. */
    List<HouseholdMove> history(long id) {
        return jdbc.sql("""
                        select moved_at, from_address as "from", to_address as "to", reason, moved_by from people.household_move
                        where household_id = :id
                        union all
                        select m.moved_at,
                               case when m.from_household_id = :id then r.name || ' 迁出' else r.name || ' 迁入' end,
                               coalesce(h.address, '本辖区以外'), m.reason, m.moved_by
                        from people.resident_move m join people.resident r on r.id = m.resident_id
                        left join people.household h on h.id = case when m.from_household_id = :id then m.to_household_id else m.from_household_id end
                        where m.from_household_id = :id or m.to_household_id = :id
                        order by 1 desc limit 50""")
                .param("id", id).query(HouseholdMove.class).list();
    }

    Optional<String> buildingGrid(long buildingId) {
        return jdbc.sql("select grid_code from people.building where id = :id").param("id", buildingId)
                .query(String.class).optional();
    }
}
