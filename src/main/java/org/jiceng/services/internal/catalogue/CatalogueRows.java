package org.jiceng.services.internal.catalogue;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** The SQL shape of an item version, shared by the catalogue's reads and writes. */
final class CatalogueRows {

    static final String SELECT = """
            select i.id, i.county, i.code, i.kind, v.version, v.state, v.territory_code, v.name, v.category,
                   v.description, v.office_unit_id, v.office_name, v.materials, v.time_limit_days, v.fee_fen,
                   v.agency_allowed, v.members, v.revision, v.written_at, v.published_at
              from services.item i join services.item_version v on v.item_id = i.id and v.county = i.county
            """;

    private CatalogueRows() {
    }

    static ItemView row(ResultSet rs, int n) throws SQLException {
        long office = rs.getLong("office_unit_id");
        Long officeUnitId = rs.wasNull() ? null : office;
        return new ItemView(rs.getLong("id"), rs.getString("county"), rs.getString("code"), rs.getString("kind"),
                rs.getInt("version"), rs.getString("state"), rs.getString("territory_code"), rs.getString("name"),
                rs.getString("category"), rs.getString("description"), officeUnitId, rs.getString("office_name"),
                texts(rs.getArray("materials")), rs.getInt("time_limit_days"), rs.getLong("fee_fen"),
                rs.getBoolean("agency_allowed"), longs(rs.getArray("members")), rs.getInt("revision"),
                rs.getObject("written_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class));
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
