package org.jiceng.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.platform.SchemaRules.Catalog;
import org.jiceng.platform.SchemaRules.ForeignKey;
import org.jiceng.platform.TableKinds.Kind;

/**
 * db/citus/layout.sql, written from db/table-kinds.tsv and the migrated catalog (docs/scale-out.md): every reference
 * table copied to every node, every distributed table split on county and co-located with {@link #ANCHOR}, parents
 * before children so each foreign key finds its parent already placed, local tables left alone. Each statement
 * skips a table Citus already holds, so the file can be run again after a migration adds tables.
 */
final class CitusLayout {

    static final String FILE = "src/main/resources/db/citus/layout.sql";
    static final String ANCHOR = "cases.case_file";

    private static final Pattern REFERENCE = Pattern.compile(
            "^select create_reference_table\\('([a-z0-9_.]+)'\\) where not exists \\(select from pg_dist_partition"
                    + " where logicalrelid = '([a-z0-9_.]+)'::regclass\\);$");
    private static final Pattern DISTRIBUTED = Pattern.compile(
            "^select create_distributed_table\\('([a-z0-9_.]+)', 'county'(?:, colocate_with => '([a-z0-9_.]+)')?\\)"
                    + " where not exists \\(select from pg_dist_partition where logicalrelid = '([a-z0-9_.]+)'::regclass\\);$");

    private static final Pattern ALTER = Pattern.compile(
            "^alter table [a-z0-9_.]+ (drop constraint if exists [a-z0-9_]+|add constraint [a-z0-9_]+ FOREIGN KEY .*);$");

    /** One statement of the file as read back: the table, whether it is distributed, and what it is co-located with. */
    record Placement(String table, Kind kind, String colocatedWith) {
    }

    /** Distributed tables with triggers: on Citus they run on each shard and need citus.enable_unsafe_triggers. */
    static final List<String> TRIGGERED_TABLES = List.of("ledger.entry", "ledger.posting", "party.member",
            "visits.assignment", "visits.care_plan", "visits.household", "visits.visit", "volunteer.points_entry",
            "volunteer.time_entry");

    private CitusLayout() {
    }

    /**
     * The file's text. {@code definitions} holds each foreign key's definition by {@code schema.table.name}: a key that
     * closes a cycle (a household's head is a resident, a resident lives in a household) is dropped before its table
     * is placed and added again once both ends are, as Citus places one table at a time.
     */
    static String generate(Catalog catalog, TableKinds kinds, Map<String, String> definitions) {
        List<ForeignKey> deferred = new ArrayList<>();
        List<String> reference = ordered(catalog, kinds, Kind.REFERENCE, null, deferred);
        List<String> distributed = ordered(catalog, kinds, Kind.DISTRIBUTED, ANCHOR, deferred);
        StringBuilder sql = new StringBuilder("""
                -- The Citus layout of Jiceng (docs/scale-out.md). Run it on the coordinator, as the owner of the schemas,
                -- after `create extension citus`, after the workers are added and after the application has migrated
                -- every module's schema once:  psql -v ON_ERROR_STOP=1 -d jiceng -f layout.sql
                -- Written by CitusLayoutIT from db/table-kinds.tsv and the migrated catalog; do not edit by hand, rerun
                -- mvn -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CitusLayoutIT -Djiceng.citus.write=true
                -- Every statement skips a table Citus already holds, so the file may be run again after new migrations.
                -- Local tables (queues, logs, tokens, Flyway's history) are not named: they stay on the coordinator.
                """);
        if (!deferred.isEmpty()) {
            sql.append("\n-- Keys that close a cycle between tables, dropped while one end is placed and added back below.\n");
            for (ForeignKey fk : deferred) {
                sql.append("alter table ").append(fk.table()).append(" drop constraint if exists ").append(fk.name()).append(";\n");
            }
        }
        sql.append("\n-- Reference tables, copied whole to every node; a table another refers to comes first.\n");
        for (String table : reference) {
            sql.append("select create_reference_table('").append(table).append("') where not exists (select from")
                    .append(" pg_dist_partition where logicalrelid = '").append(table).append("'::regclass);\n");
        }
        sql.append("""

                -- Distributed tables, split by county into one co-location group: a county's rows of every module sit on
                -- the same node, so its joins and its transactions stay there. Parents come before their children.
                """);
        for (String table : distributed) {
            sql.append("select create_distributed_table('").append(table).append("', 'county'");
            if (!table.equals(ANCHOR)) {
                sql.append(", colocate_with => '").append(ANCHOR).append('\'');
            }
            sql.append(") where not exists (select from pg_dist_partition where logicalrelid = '").append(table)
                    .append("'::regclass);\n");
        }
        if (!deferred.isEmpty()) {
            sql.append("\n-- The keys dropped above, added back now that both ends are placed side by side.\n");
            for (ForeignKey fk : deferred) {
                String definition = definitions.get(fk.table() + "." + fk.name());
                if (definition == null) {
                    throw new IllegalStateException("no definition of " + fk.table() + "." + fk.name());
                }
                sql.append("alter table ").append(fk.table()).append(" add constraint ").append(fk.name()).append(' ')
                        .append(definition).append(";\n");
            }
        }
        return sql.toString();
    }

    /** The statements of a layout file in their order; a line that is neither comment nor statement is an error. */
    static List<Placement> read(String file) {
        List<Placement> placements = new ArrayList<>();
        int number = 0;
        for (String line : file.split("\n")) {
            number++;
            if (line.isBlank() || line.startsWith("--")) {
                continue;
            }
            if (ALTER.matcher(line).matches()) {
                continue;   // a key of a cycle dropped and added back; CitusLayoutIT compares the whole file
            }
            Matcher reference = REFERENCE.matcher(line);
            Matcher distributed = DISTRIBUTED.matcher(line);
            if (reference.matches() && reference.group(1).equals(reference.group(2))) {
                placements.add(new Placement(reference.group(1), Kind.REFERENCE, null));
            } else if (distributed.matches() && distributed.group(1).equals(distributed.group(3))) {
                placements.add(new Placement(distributed.group(1), Kind.DISTRIBUTED, distributed.group(2)));
            } else {
                throw new IllegalArgumentException(FILE + " line " + number + " is not a statement of the layout: " + line);
            }
        }
        return placements;
    }

    /** The keys the file drops before placing tables, as {@code schema.table.name}, each checked to be added back. */
    static Set<String> deferredKeys(String file) {
        Set<String> dropped = new TreeSet<>();
        Set<String> added = new TreeSet<>();
        Matcher drop = Pattern.compile("(?m)^alter table ([a-z0-9_.]+) drop constraint if exists ([a-z0-9_]+);$").matcher(file);
        while (drop.find()) {
            dropped.add(drop.group(1) + "." + drop.group(2));
        }
        Matcher add = Pattern.compile("(?m)^alter table ([a-z0-9_.]+) add constraint ([a-z0-9_]+) FOREIGN KEY ").matcher(file);
        while (add.find()) {
            added.add(add.group(1) + "." + add.group(2));
        }
        if (!dropped.equals(added)) {
            throw new IllegalArgumentException(FILE + " drops the keys " + dropped + " but adds back " + added);
        }
        return dropped;
    }

    /** Tables of one kind, a parent of the same kind before its children, otherwise by name; {@code first} leads. */
    private static List<String> ordered(Catalog catalog, TableKinds kinds, Kind kind, String first, List<ForeignKey> deferred) {
        Set<String> tables = new TreeSet<>();
        for (String table : catalog.tables()) {
            if (kinds.of(table) == kind) {
                tables.add(table);
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        for (ForeignKey fk : catalog.foreignKeys()) {
            if (tables.contains(fk.table()) && tables.contains(fk.referenced()) && !fk.table().equals(fk.referenced())) {
                parents.computeIfAbsent(fk.table(), t -> new TreeSet<>()).add(fk.referenced());
            }
        }
        if (first != null && parents.containsKey(first)) {
            throw new IllegalStateException(first + " leads the co-location group, so it may not refer to another "
                    + kind.name().toLowerCase() + " table: " + parents.get(first));
        }
        Map<String, Boolean> placed = new LinkedHashMap<>();
        if (first != null && tables.contains(first)) {
            placed.put(first, true);
        }
        while (placed.size() < tables.size()) {
            String next = tables.stream().filter(t -> !placed.containsKey(t))
                    .filter(t -> placed.keySet().containsAll(parents.getOrDefault(t, Set.of())))
                    .findFirst().orElse(null);
            if (next == null) {
                // a cycle: place the first waiting table whose parents all wait too, deferring its keys to them
                String breaker = tables.stream().filter(t -> !placed.containsKey(t)).findFirst().orElseThrow();
                catalog.foreignKeys().stream()
                        .filter(fk -> fk.table().equals(breaker) && tables.contains(fk.referenced())
                                && !placed.containsKey(fk.referenced()) && !fk.referenced().equals(breaker))
                        .sorted(java.util.Comparator.comparing(ForeignKey::name))
                        .forEach(deferred::add);
                next = breaker;
            }
            placed.put(next, true);
        }
        return List.copyOf(placed.keySet());
    }
}
