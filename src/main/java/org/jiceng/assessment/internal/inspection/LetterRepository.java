package org.jiceng.assessment.internal.inspection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recommendation letters (建议书) of inspections and their answers. */
@Repository
class LetterRepository {

    record LetterRow(long id, long inspectionId, String territoryCode, Long unitId, String title, String body,
                     String answer, OffsetDateTime answeredAt, OffsetDateTime createdAt, int version) {
    }

    private static final String LETTER = """
            select id, inspection_id, territory_code, unit_id, title, body, answer, answered_at, created_at, version
            from assessment.recommendation r
            """;

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long inspection, String territory, Long unit, String title, String body, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into assessment.recommendation (county, inspection_id, territory_code, unit_id, title, body,
                                                               created_by, created_at)
                        values (left(:territory, 6), :inspection, :territory, :unit, :title, :body, :by, :at) returning id""")
                .param("territory", territory).param("inspection", inspection).param("unit", unit).param("title", title)
                .param("body", body).param("by", by).param("at", at).query(Long.class).single();
    }

    Optional<LetterRow> letter(long id, Scope scope, Long unit) {
        return jdbc.sql(LETTER + "where r.id = :id and (" + scope.where("r.territory_code", "r.county") + " or r.unit_id = :unit)")
                .params(scope.params()).param("id", id).param("unit", unit == null ? -1 : unit)
                .query(LetterRow.class).optional();
    }

    List<LetterRow> letters(Scope scope, Long unit, Long inspection, long before, int limit) {
        return jdbc.sql(LETTER + "where (" + scope.where("r.territory_code", "r.county") + " or r.unit_id = :unit) and r.id < :before"
                        + (inspection == null ? "" : " and r.inspection_id = :inspection") + " order by r.id desc limit :limit")
                .params(scope.params()).param("unit", unit == null ? -1 : unit).param("before", before)
                .param("inspection", inspection == null ? -1 : inspection).param("limit", limit)
                .query(LetterRow.class).list();
    }

    boolean answer(long id, String answer, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        update assessment.recommendation set answer = :answer, answered_by = :by, answered_at = :at,
                               version = version + 1
                        where id = :id and answer is null""")
                .param("id", id).param("answer", answer).param("by", by).param("at", at).update() == 1;
    }
}
