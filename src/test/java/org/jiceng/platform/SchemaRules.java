package org.jiceng.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.platform.TableKinds.Kind;

/**
 * The rules that let every table move to more than one machine (docs/scale.md), checked on what the catalog says of
 * the migrated schemas. Each broken rule is one message saying what to fix.
 */
final class SchemaRules {

    static final String COUNTY = "county";

    /** What the catalog says: tables (schema.table), their not-null county columns, unique keys and foreign keys. */
    record Catalog(Set<String> tables, Set<String> notNullCounty, List<UniqueKey> uniqueKeys, List<ForeignKey> foreignKeys) {
    }

    /** A primary key, unique constraint or unique index; an expression column is named {@code (expression)}. */
    record UniqueKey(String table, String name, boolean primary, List<String> columns) {
    }

    record ForeignKey(String table, String name, List<String> columns, String referenced, List<String> referencedColumns) {
    }

    private SchemaRules() {
    }

    static List<String> violations(Catalog catalog, TableKinds kinds) {
        List<String> problems = new ArrayList<>();
        for (String table : new TreeSet<>(catalog.tables())) {
            if (kinds.of(table) == null) {
                problems.add(table + " is not classified: add a line to " + TableKinds.FILE
                        + " saying whether it is distributed, reference or local, and why (docs/scale.md)");
            }
        }
        for (String table : kinds.kinds().keySet()) {
            if (!catalog.tables().contains(table)) {
                problems.add(TableKinds.FILE + " classifies " + table + ", which no migration creates: remove its line");
            }
        }
        for (String table : new TreeSet<>(catalog.tables())) {
            if (kinds.of(table) != Kind.DISTRIBUTED) {
                continue;
            }
            if (!catalog.notNullCounty().contains(table)) {
                problems.add(table + " is distributed but has no column county not null: add it in a new migration"
                        + " (county text collate \"C\" not null, the first 6 digits of the row's territory code)");
            }
            if (catalog.uniqueKeys().stream().noneMatch(k -> k.table().equals(table) && k.primary())) {
                problems.add(table + " is distributed but has no primary key: give it one that holds county");
            }
        }
        for (UniqueKey key : catalog.uniqueKeys()) {
            if (kinds.of(key.table()) == Kind.DISTRIBUTED && !key.columns().contains(COUNTY)) {
                problems.add(key.table() + "." + key.name() + (key.primary() ? " (primary key)" : " (unique)") + " on "
                        + key.columns() + " lacks county: a distributed table's keys must hold it, add county to the key");
            }
        }
        for (ForeignKey fk : catalog.foreignKeys()) {
            problems.addAll(foreignKeyProblems(fk, kinds.of(fk.table()), kinds.of(fk.referenced())));
        }
        return problems;
    }

    private static List<String> foreignKeyProblems(ForeignKey fk, Kind from, Kind to) {
        String name = fk.table() + "." + fk.name() + " " + fk.columns() + " → " + fk.referenced() + " "
                + fk.referencedColumns();
        if (to == Kind.DISTRIBUTED && from != Kind.DISTRIBUTED) {
            return List.of(name + ": " + (from == null ? "an unclassified" : "a " + from.name().toLowerCase()) + " table may not refer"
                    + " to a distributed one (its rows would be on every node or one): drop the key, keep the id");
        }
        if (from == Kind.DISTRIBUTED && to == Kind.LOCAL) {
            return List.of(name + ": a distributed table may refer to distributed or reference tables only");
        }
        if (from == Kind.DISTRIBUTED && to == Kind.DISTRIBUTED) {
            int at = fk.columns().indexOf(COUNTY);
            if (at < 0 || !COUNTY.equals(fk.referencedColumns().get(at))) {
                return List.of(name + ": a key between distributed tables must match county to county,"
                        + " e.g. (county, case_id) references case_file (county, id)");
            }
        }
        return List.of();
    }
}
