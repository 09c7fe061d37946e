package org.jiceng.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseText;
import org.jiceng.cases.CaseTexts;
import org.jiceng.cases.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads cases' public-side text for the search index. The notes kept are exactly those {@link PublicTimeline} shows a
 * follower, so a hit's snippet never carries what only the handlers read.
 */
@Service
class CaseTextReader implements CaseTexts {

    private static final String SELECT = """
            select c.id, c.number, c.territory_code, k.name as category_name, c.description, c.address, c.public,
                   c.reporter_id, c.reporter_name, c.received_at, c.state,
                   array(select u.unit_id from cases.case_unit u where u.case_id = c.id and u.county = c.county
                         union select c.lead_unit_id where c.lead_unit_id is not null) as units
            from cases.case_file c join cases.category k on k.code = c.category_code
            """;

    private final JdbcClient jdbc;

    CaseTextReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseText> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withNotes(jdbc.sql(SELECT + " where c.id = any(:ids) order by c.id")
                .param("ids", ids.stream().distinct().toArray(Long[]::new)).query(this::row).list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseText> after(long afterId, int limit) {
        return withNotes(jdbc.sql(SELECT + " where c.id > :after order by c.id limit :limit")
                .param("after", afterId).param("limit", limit).query(this::row).list());
    }

    private CaseText row(ResultSet rs, int n) throws SQLException {
        return new CaseText(rs.getLong("id"), rs.getString("number"), rs.getString("territory_code"),
                rs.getString("category_name"), rs.getString("description"), rs.getString("address"), List.of(),
                rs.getBoolean("public"), (Long) rs.getObject("reporter_id"),
                Arrays.asList((Long[]) rs.getArray("units").getArray()), rs.getTimestamp("received_at").toInstant(),
                CaseState.valueOf(rs.getString("state")), rs.getString("reporter_name"));
    }

    /** The public notes of the cases, read in one statement for the batch. */
    private List<CaseText> withNotes(List<CaseText> texts) {
        if (texts.isEmpty()) {
            return texts;
        }
        Map<Long, List<TimelineEntry>> entries = new LinkedHashMap<>();
        jdbc.sql("select id, case_id, at, actor, action, from_state, to_state, note from cases.case_event"
                        + " where case_id = any(:ids) order by case_id, id")
                .param("ids", texts.stream().map(CaseText::id).toArray(Long[]::new))
                .query(rs -> {
                    entries.computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>()).add(new TimelineEntry(
                            rs.getLong("id"), rs.getTimestamp("at").toInstant().atOffset(ZoneOffset.UTC),
                            rs.getString("actor"), rs.getString("action"), rs.getString("from_state"),
                            rs.getString("to_state"), rs.getString("note"), List.of()));
                });
        List<CaseText> result = new ArrayList<>(texts.size());
        for (CaseText t : texts) {
            List<String> notes = PublicTimeline.of(entries.getOrDefault(t.id(), List.of()), true).stream()
                    .map(TimelineEntry::note).filter(note -> note != null && !note.isBlank()).toList();
            result.add(new CaseText(t.id(), t.number(), t.territoryCode(), t.categoryName(), t.description(),
                    t.address(), notes, t.publicCase(), t.reporterId(), t.unitIds(), t.receivedAt(), t.state(),
                    t.reporterName()));
        }
        return result;
    }
}
