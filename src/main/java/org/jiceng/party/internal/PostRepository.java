package org.jiceng.party.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Scope;
import org.jiceng.party.PostKind;
import org.jiceng.party.PostView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 三长, 楼长 and grid worker posts; every read takes the caller's {@link Scope}. */
@Repository
public class PostRepository {

    private static final String COLUMNS =
            "id, kind, territory_code, area, building_id, resident_id, holder_name, since, version";

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewPost(PostKind kind, String territoryCode, String area, Long buildingId, Long residentId,
                   String holderName, LocalDate since) {
    }

    long insert(NewPost p) {
        return jdbc.sql("""
                        insert into party.post (county, kind, territory_code, area, building_id, resident_id, holder_name,
                                                since)
                        values (left(:territory, 6), :kind, :territory, :area, :building, :resident, :holder, :since)
                        returning id""")
                .param("kind", p.kind().name()).param("territory", p.territoryCode()).param("area", p.area())
                .param("building", p.buildingId()).param("resident", p.residentId())
                .param("holder", p.holderName()).param("since", p.since())
                .query(Long.class).single();
    }

    /** Posts under the scope (already narrowed by the caller), by id (keyset). */
    List<PostView> within(Scope scope, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from party.post where " + scope.where("territory_code", "county")
                        + " and id > :after order by id limit :limit")
                .params(scope.params()).param("after", after).param("limit", limit)
                .query(PostView.class).list();
    }

    /** How many posts each village inside the scope has, by village code. */
    Map<String, Long> countsByVillage(Scope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select left(territory_code, 12), count(*) from party.post where " + scope.where("territory_code", "county")
                        + " group by 1 order by 1")
                .params(scope.params())
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The holders of the grid worker posts under {@code prefix}, by grid and in the order they were assigned. */
    List<GridWorkerPost> gridWorkers(String prefix) {
        Scope under = Scope.of(prefix);
        return jdbc.sql("select territory_code, area, holder_name from party.post where kind = 'GRID_WORKER' and "
                        + under.where("territory_code", "county") + " order by territory_code, id")
                .params(under.params())
                .query((rs, n) -> new GridWorkerPost(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    record GridWorkerPost(String gridCode, String area, String holderName) {

        /** A post whose area says 兼职 is held part-time, beside another job (the demo's group heads). */
        boolean partTime() {
            return area != null && area.contains("兼职");
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from party.post").query(Long.class).single();
    }
}
