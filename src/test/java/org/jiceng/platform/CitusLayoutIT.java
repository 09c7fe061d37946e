package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.platform.CitusLayout.Placement;
import org.jiceng.platform.SchemaRules.Catalog;
import org.jiceng.platform.SchemaRules.ForeignKey;
import org.jiceng.platform.TableKinds.Kind;
import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * db/citus/layout.sql is the layout the migrated schema and db/table-kinds.tsv call for, and Citus would accept it.
 * Citus cannot be installed here, so its statements are read back and checked against the catalog, not run
 * (docs/scale-out.md says what this does not prove).
 */
@AppTest
class CitusLayoutIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommittedLayoutIsTheOneTheSchemaAndTheTableKindsCallFor() throws IOException {
        assertThat(committedLayout())
                .as(CitusLayout.FILE + " is stale: rerun CitusLayoutIT with -Djiceng.citus.write=true and commit it")
                .isEqualTo(generatedLayout());
    }

    /** The file as committed, written first from the schema when {@code -Djiceng.citus.write=true} asks for it. */
    private String committedLayout() throws IOException {
        Path file = Path.of(CitusLayout.FILE);
        if (Boolean.getBoolean("jiceng.citus.write")) {
            Files.writeString(file, generatedLayout(), StandardCharsets.UTF_8);
        }
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private String generatedLayout() {
        Map<String, String> definitions = new HashMap<>();
        jdbc.sql("""
                        select n.nspname || '.' || t.relname || '.' || c.conname, pg_get_constraintdef(c.oid)
                        from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
                        where c.contype = 'f'""")
                .query((rs, n) -> definitions.put(rs.getString(1), rs.getString(2))).list();
        return CitusLayout.generate(TableKindsIT.catalog(jdbc), TableKinds.load(), definitions);
    }

    @Test
    void everyDistributedOrReferenceTableIsPlacedOnceByTheRightFunctionAndParentsComeFirst() throws IOException {
        Catalog catalog = TableKindsIT.catalog(jdbc);
        TableKinds kinds = TableKinds.load();
        String file = committedLayout();
        List<Placement> placements = CitusLayout.read(file);
        java.util.Set<String> deferred = CitusLayout.deferredKeys(file);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            if (position.put(placement.table(), i) != null) {
                problems.add(placement.table() + " is placed twice");
            }
            if (!catalog.tables().contains(placement.table())) {
                problems.add(placement.table() + " is placed but no migration creates it");
            } else if (kinds.of(placement.table()) != placement.kind()) {
                problems.add(placement.table() + " is placed as " + placement.kind() + " but classified " + kinds.of(placement.table()));
            }
            boolean anchor = placement.table().equals(CitusLayout.ANCHOR);
            if (placement.kind() == Kind.DISTRIBUTED && !anchor && !CitusLayout.ANCHOR.equals(placement.colocatedWith())) {
                problems.add(placement.table() + " is not co-located with " + CitusLayout.ANCHOR);
            }
            if (anchor && placement.colocatedWith() != null) {
                problems.add(CitusLayout.ANCHOR + " leads the co-location group and is co-located with nothing");
            }
            if (placement.kind() == Kind.DISTRIBUTED && !anchor && !position.containsKey(CitusLayout.ANCHOR)) {
                problems.add(placement.table() + " is placed before " + CitusLayout.ANCHOR + ", which it is co-located with");
            }
        }
        for (String table : catalog.tables()) {
            if (kinds.of(table) != Kind.LOCAL && !position.containsKey(table)) {
                problems.add(table + " is " + kinds.of(table) + " but the layout leaves it out");
            }
        }
        for (ForeignKey fk : catalog.foreignKeys()) {
            Integer child = position.get(fk.table());
            Integer parent = position.get(fk.referenced());
            if (child != null && parent != null && parent > child && !deferred.contains(fk.table() + "." + fk.name())) {
                problems.add(fk.table() + " is placed before " + fk.referenced() + ", which its key " + fk.name() + " refers to");
            }
            if (child != null && parent == null && !fk.table().equals(fk.referenced())) {
                problems.add(fk.table() + "." + fk.name() + " refers to " + fk.referenced() + ", which stays local on the coordinator");
            }
        }
        assertThat(position).containsKey(CitusLayout.ANCHOR);
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyDistributedTableIsKeyedAndJoinedOnCounty() {
        // the rules of docs/scale.md that Citus relies on: county in every key, keys between distributed tables county to county
        List<String> problems = SchemaRules.violations(TableKindsIT.catalog(jdbc), TableKinds.load());
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void distributedTablesUseOnlyWhatCitusSupportsOnThem() {
        String[] distributed = TableKinds.load().kinds().entrySet().stream()
                .filter(e -> e.getValue() == Kind.DISTRIBUTED).map(Map.Entry::getKey).toArray(String[]::new);
        // an identity or serial column Citus can give out across nodes must be bigint
        List<String> narrowIdentities = jdbc.sql("""
                        select n.nspname || '.' || c.relname || '.' || a.attname from pg_attribute a
                        join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname || '.' || c.relname = any(:tables) and not a.attisdropped and a.attnum > 0
                          and (a.attidentity <> '' or pg_get_expr((select d.adbin from pg_attrdef d
                                 where d.adrelid = a.attrelid and d.adnum = a.attnum), a.attrelid) like 'nextval(%')
                          and a.atttypid <> 'bigint'::regtype""")
                .param("tables", distributed).query(String.class).list();
        assertThat(narrowIdentities).as("identity or serial columns of distributed tables that are not bigint").isEmpty();
        // an exclusion constraint must hold the distribution column, as a unique key must
        List<String> exclusions = jdbc.sql("""
                        select n.nspname || '.' || c.relname || '.' || k.conname from pg_constraint k
                        join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
                        where k.contype = 'x' and n.nspname || '.' || c.relname = any(:tables)
                          and not exists (select from unnest(k.conkey) col join pg_attribute a
                                          on a.attrelid = k.conrelid and a.attnum = col where a.attname = 'county')""")
                .param("tables", distributed).query(String.class).list();
        assertThat(exclusions).as("exclusion constraints of distributed tables without county").isEmpty();
        // triggers run on each shard; docs/scale-out.md lists them, and this list must change with it
        List<String> triggers = jdbc.sql("""
                        select distinct n.nspname || '.' || c.relname from pg_trigger t
                        join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                        where not t.tgisinternal and n.nspname || '.' || c.relname = any(:tables) order by 1""")
                .param("tables", distributed).query(String.class).list();
        assertThat(triggers).as("distributed tables with triggers; update docs/scale-out.md when this changes")
                .containsExactlyElementsOf(CitusLayout.TRIGGERED_TABLES);
    }
}
