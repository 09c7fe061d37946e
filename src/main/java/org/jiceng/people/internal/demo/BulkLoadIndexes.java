package org.jiceng.people.internal.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * For a bulk load into empty tables, inside the loading transaction: drops their secondary indexes, unique
 * and foreign-key constraints (primary keys stay) and rebuilds them from the very definitions the catalog
 * held once the rows are in. Building an index by one sort, and checking a foreign key by one join, is many
 * times faster than a million random index insertions and a million trigger lookups. The definitions come
 * from the catalog, so the migrations stay the only place they are written; a failure rolls everything back.
 */
final class BulkLoadIndexes {

    private record Definition(String table, String name, String sql, boolean constraint) {
    }

    private final List<Definition> dropped;

    private BulkLoadIndexes(List<Definition> dropped) {
        this.dropped = dropped;
    }

    /** Drops them on {@code tables} (qualified names), foreign keys first. */
    static BulkLoadIndexes drop(Connection connection, List<String> tables) throws SQLException {
        String relations = "array[" + String.join(", ", tables.stream().map(t -> "'" + t + "'::regclass").toList()) + "]";
        List<Definition> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("""
                    select conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype
                    from pg_constraint where conrelid = any(%s) and contype in ('f', 'u')
                    order by contype, conrelid::regclass::text, conname""".formatted(relations))) {
                while (rs.next()) {
                    definitions.add(new Definition(rs.getString(1), rs.getString(2),
                            "alter table " + rs.getString(1) + " add constraint " + quote(rs.getString(2)) + " "
                                    + rs.getString(3), true));
                }
            }
            try (ResultSet rs = statement.executeQuery("""
                    select i.indrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid)
                    from pg_index i join pg_class c on c.oid = i.indexrelid
                    where i.indrelid = any(%s) and not i.indisprimary
                      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                    order by 1, 2""".formatted(relations))) {
                while (rs.next()) {
                    definitions.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3), false));
                }
            }
            for (Definition d : definitions) {
                statement.execute(d.constraint()
                        ? "alter table " + d.table() + " drop constraint " + quote(d.name())
                        : "drop index " + d.table().substring(0, d.table().lastIndexOf('.') + 1) + quote(d.name()));
            }
        }
        return new BulkLoadIndexes(definitions);
    }

    /** Rebuilds them: indexes and unique constraints first, then the foreign keys that may rely on them. */
    void restore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Definition d : dropped.reversed()) {
                statement.execute(d.sql());
            }
        }
    }

    int count() {
        return dropped.size();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
