package org.jiceng.assessment.internal.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * LivelihoodProjects and their milestones and evidence. A read takes the caller's {@link Scope} on the project's territory,
 * and with it the unit whose projects the caller carries and whether published ones are open to them.
 */
@Repository
class LivelihoodProjectRepository {

    private static final String COLUMNS = """
            p.id, p.territory_code, p.kind, p.title, p.description, p.budget_fen, p.spent_fen, p.unit_id, p.unit_name,
            p.progress, p.status, p.published, p.created_at, p.version""";

    private final JdbcClient jdbc;

    LivelihoodProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who reads: a territory, a unit carrying projects (or -1) and whether published projects are open. */
    record Reach(Scope scope, long unit, boolean published) {

        String where() {
            return "(" + scope.where("p.territory_code", "p.county") + " or p.unit_id = :unit"
                    + (published ? " or p.published)" : ")");
        }
    }

    long insert(String territory, String kind, String title, String description, long budget, Long unitId,
                String unitName, boolean published, long by, Instant at) {
        return jdbc.sql("""
                        insert into assessment.livelihood_project (county, territory_code, kind, title, description,
                                budget_fen, unit_id, unit_name, published, created_by, created_at)
                        values (left(:territory, 6), :territory, :kind, :title, :description, :budget, :unit, :unitName,
                                :published, :by, :at) returning id""")
                .param("territory", territory).param("kind", kind).param("title", title)
                .param("description", description).param("budget", budget).param("unit", unitId)
                .param("unitName", unitName).param("published", published).param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).single();
    }

    boolean update(ProjectView p, int version) {
        return jdbc.sql("""
                        update assessment.livelihood_project set title = :title, description = :description,
                               budget_fen = :budget, spent_fen = :spent, unit_id = :unit, unit_name = :unitName,
                               progress = :progress, status = :status, published = :published, version = version + 1
                        where id = :id and county = :county and version = :version""")
                .param("id", p.id()).param("county", p.county()).param("version", version).param("title", p.title())
                .param("description", p.description()).param("budget", p.budgetFen()).param("spent", p.spentFen())
                .param("unit", p.unitId()).param("unitName", p.unitName()).param("progress", p.progress())
                .param("status", p.status()).param("published", p.published()).update() == 1;
    }

    Optional<ProjectView> find(long id, Reach reach) {
        return jdbc.sql("select " + COLUMNS + " from assessment.livelihood_project p where p.id = :id and "
                        + reach.where())
                .params(reach.scope().params()).param("unit", reach.unit()).param("id", id)
                .query(ProjectView.class).optional();
    }

    /** LivelihoodProjects the reach covers at a territory and below (all when null), by id after the cursor. */
    List<ProjectView> within(Reach reach, String territory, boolean publishedOnly, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from assessment.livelihood_project p where " + reach.where()
                        + (territory == null ? "" : " and p.territory_code like :territory || '%'")
                        + (publishedOnly ? " and p.published" : "") + " and p.id > :after order by p.id limit :limit")
                .params(reach.scope().params()).param("unit", reach.unit()).param("territory", territory == null ? "" : territory)
                .param("after", after).param("limit", limit).query(ProjectView.class).list();
    }

    long addMilestone(ProjectView p, String title, LocalDate dueOn) {
        return jdbc.sql("""
                        insert into assessment.project_milestone (county, project_id, title, due_on)
                        values (:county, :project, :title, :due) returning id""")
                .param("county", p.county()).param("project", p.id()).param("title", title).param("due", dueOn)
                .query(Long.class).single();
    }

    List<MilestoneView> milestones(ProjectView p) {
        return jdbc.sql("select id, project_id, title, due_on, done_on, note from assessment.project_milestone"
                        + " where county = :county and project_id = :project order by due_on, id")
                .param("county", p.county()).param("project", p.id()).query(MilestoneView.class).list();
    }

    boolean completeMilestone(ProjectView p, long milestoneId, LocalDate on, String note) {
        return jdbc.sql("""
                        update assessment.project_milestone set done_on = :on, note = :note
                        where county = :county and project_id = :project and id = :id and done_on is null""")
                .param("county", p.county()).param("project", p.id()).param("id", milestoneId).param("on", on)
                .param("note", note).update() == 1;
    }

    long addEvidence(ProjectView p, String fileName, String contentType, byte[] content, long by, Instant at) {
        return jdbc.sql("""
                        insert into assessment.project_evidence (county, project_id, file_name, content_type, size_bytes,
                                                                 content, uploaded_by, uploaded_at)
                        values (:county, :project, :name, :type, :size, :content, :by, :at) returning id""")
                .param("county", p.county()).param("project", p.id()).param("name", fileName)
                .param("type", contentType).param("size", content.length).param("content", content).param("by", by)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).single();
    }

    List<EvidenceView> evidence(ProjectView p) {
        return jdbc.sql("select id, project_id, file_name, content_type, size_bytes, uploaded_at"
                        + " from assessment.project_evidence where county = :county and project_id = :project order by id")
                .param("county", p.county()).param("project", p.id()).query(EvidenceView.class).list();
    }

    Optional<byte[]> evidenceContent(ProjectView p, long evidenceId) {
        return jdbc.sql("select content from assessment.project_evidence"
                        + " where county = :county and project_id = :project and id = :id")
                .param("county", p.county()).param("project", p.id()).param("id", evidenceId)
                .query(byte[].class).optional();
    }
}
