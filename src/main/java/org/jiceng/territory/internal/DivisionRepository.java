package org.jiceng.territory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads divisions. They are public reference data, so no {@code Scope} here; grids and units have one. */
@Repository
public class DivisionRepository {

    private final JdbcClient jdbc;

    DivisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DivisionView> find(String code) {
        return jdbc.sql("select code, name, level, parent_code from territory.division where code = :code")
                .param("code", code)
                .query((rs, n) -> new DivisionView(rs.getString(1), rs.getString(2),
                        Level.ofNumber(rs.getInt(3)), rs.getString(4)))
                .optional();
    }

    /** Children ordered by code, after the cursor code (keyset), at most {@code limit}. */
    public List<DivisionView> children(String parentCode, String after, int limit) {
        String parentFilter = parentCode == null ? "parent_code is null" : "parent_code = :parent";
        var spec = jdbc.sql("select code, name, level, parent_code from territory.division where " + parentFilter
                        + " and code > :after order by code limit :limit")
                .param("after", after == null ? "" : after).param("limit", limit);
        if (parentCode != null) {
            spec = spec.param("parent", parentCode);
        }
        return spec.query((rs, n) -> new DivisionView(rs.getString(1), rs.getString(2),
                Level.ofNumber(rs.getInt(3)), rs.getString(4))).list();
    }

    /** The division and its ancestors, province first: the prefixes of its code at each level. */
    List<DivisionView> path(String code) {
        List<String> prefixes = new ArrayList<>();
        for (Level level : Level.values()) {
            if (level.codeLength() <= code.length() && level != Level.GRID) {
                prefixes.add(code.substring(0, level.codeLength()));
            }
        }
        return jdbc.sql("select code, name, level, parent_code from territory.division where code in (:codes) order by level")
                .param("codes", prefixes)
                .query((rs, n) -> new DivisionView(rs.getString(1), rs.getString(2),
                        Level.ofNumber(rs.getInt(3)), rs.getString(4)))
                .list();
    }

    /** How many child divisions each child of {@code parentCode} has (towns per county, villages per town…). */
    Map<String, Long> grandchildCounts(String parentCode) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select c.parent_code, count(*) from territory.division c
                        where c.parent_code in (select code from territory.division where parent_code = :parent)
                        group by c.parent_code""")
                .param("parent", parentCode)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    long count() {
        return jdbc.sql("select count(*) from territory.division").query(Long.class).single();
    }
}
