package org.jiceng.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jiceng.Scope;
import org.jiceng.cases.ClosedCases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finished cases read in id order, a page at a time (keyset), for whoever learns from them. */
@Component
class ClosedCaseReader implements ClosedCases {

    static final int PAGE = 5_000;

    private final JdbcClient jdbc;

    ClosedCaseReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEach(Scope scope, Consumer<ClosedCase> each) {
        if (scope.isEmpty()) {
            return;
        }
        long after = 0;
        while (true) {
            Map<String, Object> params = new HashMap<>(scope.params());
            params.put("after", after);
            params.put("page", PAGE);
            List<ClosedCase> page = jdbc.sql("""
                            select c.id, c.territory_code, c.category_code, c.description, c.lead_unit_id, c.received_at,
                                   c.returned_at is not null as returned
                            from cases.case_file c
                            where c.id > :after and c.state in ('REPLIED', 'CLOSED') and c.merged_into is null
                              and """ + scope.where("c.territory_code", "c.county") + """
                             order by c.id limit :page""")
                    .params(params)
                    .query((rs, n) -> new ClosedCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, Long.class), rs.getTimestamp(6).toInstant(), rs.getBoolean(7)))
                    .list();
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.getLast().id();
        }
    }

    @Override
    public Map<Long, String> resolutions(Collection<Long> caseIds) {
        Map<Long, String> notes = new HashMap<>();
        if (caseIds.isEmpty()) {
            return notes;
        }
        jdbc.sql("""
                        select distinct on (e.case_id) e.case_id, e.note from cases.case_event e
                        where e.case_id = any(:ids) and e.action in ('resolve', 'RESOLVE') and e.note is not null
                        order by e.case_id, e.id desc""")
                .param("ids", caseIds.stream().mapToLong(Long::longValue).toArray())
                .query((rs, n) -> notes.put(rs.getLong(1), rs.getString(2))).list();
        return notes;
    }
}
