package org.jiceng.services.internal.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jiceng.County;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads item versions for the rest of the module: the one in force, or the exact version a request was made under. */
@Component
public class ItemVersions {

    private static final String SELECT = """
            select i.id, i.county, i.code, i.kind, v.version, v.state, v.territory_code, v.name, v.category,
                   v.description, v.office_unit_id, v.office_name, v.materials, v.time_limit_days, v.fee_fen,
                   v.agency_allowed, v.members
              from services.item i join services.item_version v on v.item_id = i.id and v.county = i.county
            """;

    private final JdbcClient jdbc;

    ItemVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published version of an item, if it has one. */
    public Optional<CatalogueItem> published(String county, long itemId) {
        return jdbc.sql(SELECT + " where i.county = :county and i.id = :id and v.state = 'PUBLISHED'")
                .param("county", county).param("id", itemId).query(ItemVersions::row).optional();
    }

    /** The published version of the county's item with this code, if it has one. */
    public Optional<CatalogueItem> publishedByCode(String county, String code) {
        return jdbc.sql(SELECT + " where i.county = :county and i.code = :code and v.state = 'PUBLISHED'")
                .param("county", County.of(county)).param("code", code).query(ItemVersions::row).optional();
    }

    /** The published version of an item found by id alone (the county is read from the item). */
    public Optional<CatalogueItem> published(long itemId) {
        return jdbc.sql(SELECT + " where i.id = :id and v.state = 'PUBLISHED'")
                .param("id", itemId).query(ItemVersions::row).optional();
    }

    /** One exact version, whatever its state now. */
    public Optional<CatalogueItem> version(String county, long itemId, int version) {
        return jdbc.sql(SELECT + " where i.county = :county and i.id = :id and v.version = :version")
                .param("county", County.of(county)).param("id", itemId).param("version", version)
                .query(ItemVersions::row).optional();
    }

    static CatalogueItem row(ResultSet rs, int n) throws SQLException {
        long office = rs.getLong("office_unit_id");
        Long officeUnitId = rs.wasNull() ? null : office;
        return new CatalogueItem(rs.getLong("id"), rs.getString("county"), rs.getString("code"), rs.getString("kind"),
                rs.getInt("version"), rs.getString("state"), rs.getString("territory_code"), rs.getString("name"),
                rs.getString("category"), rs.getString("description"), officeUnitId, rs.getString("office_name"),
                texts(rs.getArray("materials")), rs.getInt("time_limit_days"), rs.getLong("fee_fen"),
                rs.getBoolean("agency_allowed"), longs(rs.getArray("members")));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
