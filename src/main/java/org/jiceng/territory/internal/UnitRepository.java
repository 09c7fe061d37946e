package org.jiceng.territory.internal;

import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.territory.UnitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UnitRepository {

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UnitView> find(long id) {
        return jdbc.sql("select id, name, kind, territory_code from territory.unit where id = :id")
                .param("id", id).query(UnitView.class).optional();
    }

    /**
     * Units at nodes under {@code prefix} that serve the scope: those inside it, and those at an ancestor of
     * it (a county department serves every town of the county).
     */
    List<UnitView> under(String prefix, Scope scope) {
        Scope range = Scope.of(prefix);
        return jdbc.sql("select id, name, kind, territory_code from territory.unit where "
                        + range.where("territory_code") + " order by territory_code, id")
                .params(range.params()).query(UnitView.class).list().stream()
                .filter(u -> scope.covers(u.territoryCode())
                        || scope.prefixes().stream().anyMatch(p -> p.startsWith(u.territoryCode())))
                .toList();
    }

    public void insertIfAbsent(String name, String kind, String territoryCode) {
        jdbc.sql("""
                        insert into territory.unit (name, kind, territory_code) values (:name, :kind, :territory)
                        on conflict (territory_code, name) do nothing""")
                .param("name", name).param("kind", kind).param("territory", territoryCode)
                .update();
    }
}
