package org.jiceng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import org.jiceng.platform.SchemaRules.Catalog;
import org.jiceng.platform.SchemaRules.ForeignKey;
import org.jiceng.platform.SchemaRules.UniqueKey;
import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table the modules' migrations create is classified in db/table-kinds.tsv and keyed so that it can be
 * distributed by county, copied to every node or kept on one (docs/scale.md): checked on the migrated database.
 */
@AppTest
class TableKindsIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableOfEveryModuleIsClassifiedAndKeyedForItsKind() {
        List<String> problems = SchemaRules.violations(catalog(jdbc), TableKinds.load());
        assertThat(problems).as("the schema breaks the rules of docs/scale.md:\n  " + String.join("\n  ", problems))
                .isEmpty();
    }

    @Test
    void theModuleSchemasAreTheOnesFlywayMigrates() {
        assertThat(moduleSchemas(jdbc)).contains("cases", "people", "territory", "identity");
    }

    static String[] moduleSchemas(JdbcClient jdbc) {
        // a module's schema is one its own Flyway migrates (platform/internal/ModuleMigrations)
        return jdbc.sql("""
                        select n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where c.relname = 'flyway_schema_history' and c.relkind = 'r' order by 1""")
                .query(String.class).list().toArray(String[]::new);
    }

    /** What the catalog of the migrated module schemas says; CitusLayoutIT reads the same. */
    static Catalog catalog(JdbcClient jdbc) {
        String[] schemas = moduleSchemas(jdbc);
        var tables = jdbc.sql("""
                        select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any(:schemas)""")
                .param("schemas", schemas).query(String.class).list();
        var counties = jdbc.sql("""
                        select n.nspname || '.' || c.relname from pg_attribute a
                        join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                        where a.attname = 'county' and a.attnotnull and not a.attisdropped
                          and a.atttypid = 'text'::regtype and a.attcollation = 'pg_catalog."C"'::regcollation
                          and n.nspname = any(:schemas)""")
                .param("schemas", schemas).query(String.class).list();
        List<UniqueKey> keys = jdbc.sql("""
                        select n.nspname || '.' || t.relname, x.relname, i.indisprimary,
                               array(select pg_get_indexdef(i.indexrelid, k, true)
                                     from generate_series(1, i.indnkeyatts) k order by k)
                        from pg_index i join pg_class t on t.oid = i.indrelid join pg_class x on x.oid = i.indexrelid
                        join pg_namespace n on n.oid = t.relnamespace
                        where i.indisunique and n.nspname = any(:schemas)""")
                .param("schemas", schemas)
                .query((rs, n) -> new UniqueKey(rs.getString(1), rs.getString(2), rs.getBoolean(3), names(rs.getArray(4))))
                .list();
        List<ForeignKey> foreignKeys = jdbc.sql("""
                        select n.nspname || '.' || t.relname, c.conname,
                               array(select a.attname from unnest(c.conkey) with ordinality k(num, ord)
                                     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.num order by k.ord),
                               rn.nspname || '.' || r.relname,
                               array(select a.attname from unnest(c.confkey) with ordinality k(num, ord)
                                     join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.num order by k.ord)
                        from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
                        join pg_class r on r.oid = c.confrelid join pg_namespace rn on rn.oid = r.relnamespace
                        where c.contype = 'f' and n.nspname = any(:schemas)""")
                .param("schemas", schemas)
                .query((rs, n) -> new ForeignKey(rs.getString(1), rs.getString(2), names(rs.getArray(3)), rs.getString(4),
                        names(rs.getArray(5))))
                .list();
        return new Catalog(new HashSet<>(tables), new HashSet<>(counties), keys, foreignKeys);
    }

    private static List<String> names(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
