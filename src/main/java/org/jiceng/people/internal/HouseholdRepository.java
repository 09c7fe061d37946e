package org.jiceng.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdMove;
import org.jiceng.people.HouseholdSummary;
import org.jiceng.people.HouseholdView;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate batch;

    HouseholdRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record NewHousehold(String territoryCode, String address, Long buildingId) {
    }

    Optional<HouseholdView> find(long id, Scope scope) {
        return jdbc.sql(VIEW + " where h.id = :id and " + scope.where("h.territory_code", "h.county"))
                .params(scope.params()).param("id", id).query(HouseholdView.class).optional();
    }

    long count(Scope scope) {
        return jdbc.sql("select count(*) from people.household h where " + scope.where("h.territory_code", "h.county"))
                .params(scope.params()).query(Long.class).single();
    }

    /** Households under {@code prefix} (or the one {@code id}) with their members' care tags, streamed in id order. */
    void forEachSummary(String prefix, Long id, Consumer<HouseholdSummary> consumer) {
        Scope range = prefix == null ? Scope.everything() : Scope.of(prefix);
        jdbc.sql("""
                        select h.id, h.territory_code, h.address,
                               (select r.name from people.resident r where r.household_id = h.id and r.relation = '户主' limit 1),
                               (select count(*) from people.resident r where r.household_id = h.id)::int,
                               array(select distinct t from people.resident r, unnest(r.tags) t
                                     where r.household_id = h.id and t in (select code from people.tag where care) order by t)
                        from people.household h where """ + range.where("h.territory_code", "h.county")
                        + (id == null ? "" : " and h.id = :id") + " order by h.id")
                .params(range.params()).param("id", id == null ? 0L : id)
                .query(rs -> {
                    String[] tags = (String[]) rs.getArray(6).getArray();
                    consumer.accept(new HouseholdSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), List.of(tags)));
                });
    }

    void forEachChief(String prefix, Consumer<org.jiceng.people.HouseholdChief> consumer) {
        Scope range = Scope.of(prefix);
        jdbc.sql("select h.id, h.territory_code, h.chief_id from people.household h where "
                        + range.where("h.territory_code", "h.county") + " and h.chief_id is not null order by h.id")
                .params(range.params())
                .query(rs -> {
                    consumer.accept(new org.jiceng.people.HouseholdChief(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                });
    }

    /** Households under {@code prefix} in the scope, by id (keyset after {@code afterId}). */
    List<HouseholdView> under(String prefix, Scope scope, long afterId, int limit) {
        Scope narrowed = scope.narrowedTo(prefix);
        return jdbc.sql(VIEW + " where " + narrowed.where("h.territory_code", "h.county") + " and h.id > :after order by h.id limit :limit")
                .params(narrowed.params()).param("after", afterId).param("limit", limit)
                .query(HouseholdView.class).list();
    }

    /** Households whose address contains the words, in the scope: how a grid worker finds "3栋2单元". */
    List<HouseholdView> byAddress(String words, Scope scope, int limit) {
        return jdbc.sql(VIEW + " where " + scope.where("h.territory_code", "h.county")
                        + " and h.address like :pattern escape '\\' order by h.territory_code, h.id limit :limit")
                .params(scope.params()).param("pattern", "%" + words.replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%").param("limit", limit)
                .query(HouseholdView.class).list();
    }

    /** A resident as the register workbook shows them: numbers masked, tags as codes. */
    record RegisterRow(long householdId, String territoryCode, String address, String building, String name,
                       String relation, String idNumberMasked, String phoneMasked, List<String> tags) {
    }

    /**
     * Every resident of the households under {@code prefix} in the scope, by grid and household, the 户主
     * first; read in pages of households so a whole county is never held at once.
     */
    void forEachRegisterRow(String prefix, Scope scope, Consumer<RegisterRow> each) {
        Scope narrowed = scope.narrowedTo(prefix);
        Key after = new Key("", 0);
        while (true) {
            List<Key> page = jdbc.sql("select territory_code, id from people.household h where "
                            + narrowed.where("h.territory_code", "h.county") + " and (territory_code, id) > (:territory, :id)"
                            + " order by territory_code, id limit 500")
                    .params(narrowed.params()).param("territory", after.territoryCode()).param("id", after.id())
                    .query(Key.class).list();
            if (page.isEmpty()) {
                return;
            }
            jdbc.sql("""
                            select h.id, h.territory_code, h.address, b.name, r.name, r.relation, r.id_number_masked,
                                   r.phone_masked, r.tags
                            from people.household h join people.resident r on r.household_id = h.id
                                 left join people.building b on b.id = h.building_id
                            where h.id in (:ids)
                            order by h.territory_code, h.id, (r.relation = '户主') desc, r.birth_date, r.id""")
                    .param("ids", page.stream().map(Key::id).toList())
                    .query((rs, n) -> new RegisterRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            List.of((String[]) rs.getArray(9).getArray())))
                    .list().forEach(each);
            after = page.getLast();
        }
    }

    private record Key(String territoryCode, long id) {
    }

    long insert(String territoryCode, String address, Long buildingId) {
        return jdbc.sql("""
                        insert into people.household (county, territory_code, address, building_id)
                        values (left(:territory, 6), :territory, :address, :building) returning id""")
                .param("territory", territoryCode).param("address", address).param("building", buildingId)
                .query(Long.class).single();
    }

    /** Many households in one batch; answers their ids, in order, drawn from the table's identity sequence. */
    List<Long> insertAll(List<NewHousehold> households) {
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('people.household', 'id')) "
                        + "from generate_series(1, :n) order by 1")
                .param("n", households.size()).query(Long.class).list();
        batch.batchUpdate("insert into people.household (id, territory_code, address, building_id, county)"
                        + " values (?, ?, ?, ?, left(?, 6))",
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
                        NewHousehold h = households.get(i);
                        ps.setLong(1, ids.get(i));
                        ps.setString(2, h.territoryCode());
                        ps.setString(3, h.address());
                        ps.setObject(4, h.buildingId(), java.sql.Types.BIGINT);
                        ps.setString(5, h.territoryCode());
                    }

                    @Override
                    public int getBatchSize() {
                        return households.size();
                    }
                });
        return ids;
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
                        insert into people.household_move (county, household_id, from_territory, to_territory, from_address,
                            to_address, reason, moved_by)
                        select county, id, :fromTerritory, :toTerritory, :fromAddress, :toAddress, :reason, :by
                        from people.household where id = :id""")
                .param("id", id).param("fromTerritory", fromTerritory).param("toTerritory", toTerritory)
                .param("fromAddress", fromAddress).param("toAddress", toAddress).param("reason", reason).param("by", by)
                .update();
    }

    /**
     * The household's moves and its members' moves in and out, newest first. The other household of a
     * member's move is named only if it lies in {@code shown} (the reader's territory): a move from another
     * town must not tell this town where the person lived.
     */
    List<HouseholdMove> history(long id, Scope shown) {
        return jdbc.sql("""
                        select moved_at, from_address as "from", to_address as "to", reason, moved_by from people.household_move
                        where household_id = :id
                        union all
                        select m.moved_at,
                               case when m.from_household_id = :id then r.name || ' 迁出' else r.name || ' 迁入' end,
                               case when h.id is null then '本辖区以外' when %s then h.address else '其他住户' end,
                               m.reason, m.moved_by
                        from people.resident_move m join people.resident r on r.id = m.resident_id
                        left join people.household h on h.id = case when m.from_household_id = :id then m.to_household_id else m.from_household_id end
                        where m.from_household_id = :id or m.to_household_id = :id
                        order by 1 desc limit 50""".formatted(shown.where("h.territory_code", "h.county")))
                .params(shown.params()).param("id", id).query(HouseholdMove.class).list();
    }

    Optional<Long> buildingId(String gridCode, String name) {
        return jdbc.sql("select id from people.building where grid_code = :grid and name = :name")
                .param("grid", gridCode).param("name", name).query(Long.class).optional();
    }

    /** {@code kind} is BUILDING (楼栋) or COURTYARD (院落). */
    long insertBuilding(String gridCode, String name, String kind) {
        return jdbc.sql("insert into people.building (county, grid_code, name, kind)"
                        + " values (left(:grid, 6), :grid, :name, :kind) returning id")
                .param("grid", gridCode).param("name", name).param("kind", kind).query(Long.class).single();
    }

    Optional<String> buildingGrid(long buildingId) {
        return jdbc.sql("select grid_code from people.building where id = :id").param("id", buildingId)
                .query(String.class).optional();
    }
}
