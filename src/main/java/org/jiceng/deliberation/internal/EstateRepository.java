package org.jiceng.deliberation.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.deliberation.Art278;
import org.jiceng.deliberation.EstateView;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Estates, their owners (as art. 9 counts them) and units; reads of estates take a {@link Scope}. */
@Repository
public class EstateRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    EstateRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long insert(String territoryCode, String name, int units, int owners, long totalArea, String by) {
        return jdbc.sql("""
                        insert into deliberation.estate (county, territory_code, name, units, owners, total_area, created_by)
                        values (left(:territory, 6), :territory, :name, :units, :owners, :area, :by) returning id""")
                .param("territory", territoryCode).param("name", name).param("units", units).param("owners", owners)
                .param("area", totalArea).param("by", by).query(Long.class).single();
    }

    /** The owners in one batch; answers their ids by name. */
    Map<String, Long> insertOwners(long estateId, List<Art278.Owner> owners, Map<String, Long> users) {
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('deliberation.estate_owner', 'id')) "
                        + "from generate_series(1, :n) order by 1")
                .param("n", owners.size()).query(Long.class).list();
        String county = county(estateId);
        batch.batchUpdate("insert into deliberation.estate_owner (id, estate_id, name, developer, area, units, user_id, "
                + "county) values (?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Art278.Owner owner = owners.get(i);
                ps.setLong(1, ids.get(i));
                ps.setLong(2, estateId);
                ps.setString(3, owner.name());
                ps.setBoolean(4, owner.developer());
                ps.setLong(5, owner.area());
                ps.setInt(6, owner.units());
                ps.setObject(7, users.get(owner.name()), Types.BIGINT);
                ps.setString(8, county);
            }

            @Override
            public int getBatchSize() {
                return owners.size();
            }
        });
        Map<String, Long> byName = new HashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            byName.put(owners.get(i).name(), ids.get(i));
        }
        return byName;
    }

    void insertUnits(long estateId, List<Art278.Unit> units, Map<String, Long> owners) {
        String county = county(estateId);
        batch.batchUpdate("insert into deliberation.estate_unit (estate_id, unit, owner_id, area, developer_unsold, "
                + "county) values (?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Art278.Unit unit = units.get(i);
                ps.setLong(1, estateId);
                ps.setString(2, unit.unit());
                ps.setLong(3, owners.get(unit.owner()));
                ps.setLong(4, unit.area());
                ps.setBoolean(5, unit.developerUnsold());
                ps.setString(6, county);
            }

            @Override
            public int getBatchSize() {
                return units.size();
            }
        });
    }

    /** The county an estate's rows are keyed by (docs/scale.md), read once for a batch of them. */
    private String county(long estateId) {
        return jdbc.sql("select county from deliberation.estate where id = :id").param("id", estateId)
                .query(String.class).single();
    }

    private static final String VIEW = "select id, territory_code, name, units, owners, total_area from deliberation.estate";

    Optional<EstateView> find(long id, Scope scope) {
        return jdbc.sql(VIEW + " where id = :id and " + scope.where("territory_code", "county"))
                .params(scope.params()).param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** Estates in the scope, by name. */
    List<EstateView> list(Scope scope, int limit) {
        return jdbc.sql(VIEW + " where " + scope.where("territory_code", "county") + " order by territory_code, name, id limit :limit")
                .params(scope.params()).param("limit", limit).query((rs, n) -> view(rs)).list();
    }

    private static EstateView view(java.sql.ResultSet rs) throws SQLException {
        return new EstateView(rs.getLong("id"), rs.getString("territory_code"), rs.getString("name"), rs.getInt("units"),
                rs.getInt("owners"), Art278.formatArea(rs.getLong("total_area")));
    }

    private static final String OWNER = "select id, name, developer, area, units, user_id from deliberation.estate_owner";

    public List<EstateOwner> owners(long estateId) {
        return jdbc.sql(OWNER + " where estate_id = :estate order by name").param("estate", estateId)
                .query(EstateOwner.class).list();
    }

    Optional<EstateOwner> ownerByName(long estateId, String name) {
        return jdbc.sql(OWNER + " where estate_id = :estate and name = :name").param("estate", estateId)
                .param("name", name).query(EstateOwner.class).optional();
    }

    Optional<EstateOwner> ownerOfUser(long estateId, long userId) {
        return jdbc.sql(OWNER + " where estate_id = :estate and user_id = :user").param("estate", estateId)
                .param("user", userId).query(EstateOwner.class).optional();
    }

    /** The roster's units with their owners' names, as {@link Art278} reads them. */
    List<Art278.Unit> units(long estateId) {
        return jdbc.sql("""
                        select u.unit, o.name, u.area, u.developer_unsold from deliberation.estate_unit u
                        join deliberation.estate_owner o on o.id = u.owner_id where u.estate_id = :estate order by u.unit""")
                .param("estate", estateId)
                .query((rs, n) -> new Art278.Unit(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4))).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from deliberation.estate").query(Long.class).single();
    }
}
