package org.jiceng.people.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Import jobs (people.import_job): created on upload, updated as the rows are validated and imported. */
@Repository
class ImportJobRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Job(UUID id, String username, String territoryPrefix, String fileName, String state, int totalRows,
               int rowsValidated, int rowsImported, int households, int problemCount, List<ImportProblem> problems,
               OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    void create(UUID id, String username, String territoryPrefix, String fileName) {
        jdbc.sql("""
                        insert into people.import_job (id, username, territory_prefix, file_name, state)
                        values (:id, :username, :prefix, :fileName, 'VALIDATING')""")
                .param("id", id).param("username", username).param("prefix", territoryPrefix)
                .param("fileName", fileName).update();
    }

    Optional<Job> find(UUID id) {
        return jdbc.sql("""
                        select id, username, territory_prefix, file_name, state, total_rows, rows_validated,
                               rows_imported, households, problem_count, problems::text, created_at, updated_at
                        from people.import_job where id = :id""")
                .param("id", id)
                .query((rs, n) -> new Job(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10), JSON.readValue(rs.getString(11), PROBLEMS),
                        rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class)))
                .optional();
    }

    void total(UUID id, int rows) {
        update(id, "total_rows = :n", rows);
    }

    void validated(UUID id, int rows) {
        update(id, "rows_validated = :n", rows);
    }

    void importing(UUID id) {
        update(id, "state = 'IMPORTING', rows_imported = :n", 0);
    }

    void imported(UUID id, int rows, int households) {
        jdbc.sql("update people.import_job set rows_imported = :rows, households = :households, updated_at = now() "
                        + "where id = :id")
                .param("rows", rows).param("households", households).param("id", id).update();
    }

    void done(UUID id, int rows, int households) {
        jdbc.sql("""
                        update people.import_job set state = 'DONE', rows_imported = :rows, households = :households,
                            updated_at = now() where id = :id""")
                .param("rows", rows).param("households", households).param("id", id).update();
    }

    void failed(UUID id, List<ImportProblem> problems, int problemCount) {
        jdbc.sql("""
                        update people.import_job set state = 'FAILED', rows_imported = 0, households = 0,
                            problems = cast(:problems as jsonb), problem_count = :count, updated_at = now()
                        where id = :id""")
                .param("problems", JSON.writeValueAsString(problems)).param("count", problemCount)
                .param("id", id).update();
    }

    /** Unfinished jobs not updated for {@code minutes}: their worker died with the node that ran it. */
    void failStale(UUID id, int minutes, ImportProblem why) {
        jdbc.sql("""
                        update people.import_job set state = 'FAILED', rows_imported = 0, households = 0,
                            problems = cast(:problems as jsonb), problem_count = 1, updated_at = now()
                        where id = :id and state in ('VALIDATING', 'IMPORTING')
                          and updated_at < now() - make_interval(mins => :minutes)""")
                .param("problems", JSON.writeValueAsString(List.of(why))).param("id", id).param("minutes", minutes)
                .update();
    }

    private void update(UUID id, String assignment, int n) {
        jdbc.sql("update people.import_job set " + assignment + ", updated_at = now() where id = :id")
                .param("n", n).param("id", id).update();
    }
}
