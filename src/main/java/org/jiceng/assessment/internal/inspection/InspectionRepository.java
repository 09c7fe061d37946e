package org.jiceng.assessment.internal.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.assessment.internal.inspection.InspectionViews.EvidenceFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspections, their findings with history and evidence, as plain SQL; every read takes the reader's scope. */
@Repository
class InspectionRepository {

    record InspectionRow(long id, String territoryCode, String title, String target, LocalDate startsOn,
                         LocalDate endsOn, OffsetDateTime createdAt) {
    }

    record FindingRow(long id, long inspectionId, String inspectionTitle, String territoryCode, Long unitId,
                      String category, String description, LocalDate deadline, FindingState status, String measures,
                      String progress, LocalDate submittedOn, LocalDate acceptedOn, Boolean onTime, int returns,
                      int version) {
    }

    record EventRow(long id, String kind, String note, String byName, OffsetDateTime at) {
    }

    record EvidenceRow(long id, String fileName, String contentType, int size, OffsetDateTime uploadedAt) {
    }

    private static final String FINDING = """
            select f.id, f.inspection_id, i.title as inspection_title, f.territory_code, f.unit_id, f.category,
                   f.description, f.deadline, f.status, f.measures, f.progress, f.submitted_on, f.accepted_on,
                   f.on_time, f.returns, f.version
            from assessment.finding f
            join assessment.inspection i on i.county = f.county and i.id = f.inspection_id
            """;

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertInspection(String territory, String title, String target, LocalDate startsOn, LocalDate endsOn, long by) {
        return jdbc.sql("""
                        insert into assessment.inspection (county, territory_code, title, target, starts_on, ends_on, created_by)
                        values (left(:territory, 6), :territory, :title, :target, :starts, :ends, :by) returning id""")
                .param("territory", territory).param("title", title).param("target", target).param("starts", startsOn)
                .param("ends", endsOn).param("by", by).query(Long.class).single();
    }

    /** An inspection the reader sees by territory, or one with a finding or letter given to the reader's unit. */
    Optional<InspectionRow> inspection(long id, Scope scope, Long unit) {
        return jdbc.sql("select id, territory_code, title, target, starts_on, ends_on, created_at from assessment.inspection i"
                        + " where i.id = :id and (" + scope.where("i.territory_code", "i.county") + " or " + unitHolds("i") + ")")
                .params(scope.params()).param("id", id).param("unit", unit == null ? -1 : unit)
                .query(InspectionRow.class).optional();
    }

    List<InspectionRow> inspections(Scope scope, Long unit, long before, int limit) {
        return jdbc.sql("select id, territory_code, title, target, starts_on, ends_on, created_at from assessment.inspection i"
                        + " where (" + scope.where("i.territory_code", "i.county") + " or " + unitHolds("i") + ") and i.id < :before"
                        + " order by i.id desc limit :limit")
                .params(scope.params()).param("unit", unit == null ? -1 : unit).param("before", before)
                .param("limit", limit).query(InspectionRow.class).list();
    }

    private static String unitHolds(String alias) {
        return "exists (select 1 from assessment.finding u where u.county = " + alias + ".county and u.inspection_id = "
                + alias + ".id and u.unit_id = :unit)";
    }

    long insertFinding(long inspection, String territory, Long unit, String category, String description,
                       LocalDate deadline, long by) {
        return jdbc.sql("""
                        insert into assessment.finding (county, inspection_id, territory_code, unit_id, category, description,
                                                        deadline, status, created_by)
                        values (left(:territory, 6), :inspection, :territory, :unit, :category, :description, :deadline,
                                'ASSIGNED', :by) returning id""")
                .param("territory", territory).param("inspection", inspection).param("unit", unit)
                .param("category", category).param("description", description).param("deadline", deadline)
                .param("by", by).query(Long.class).single();
    }

    Optional<FindingRow> finding(long id, Scope scope, Long unit) {
        return jdbc.sql(FINDING + "where f.id = :id and (" + scope.where("f.territory_code", "f.county") + " or f.unit_id = :unit)")
                .params(scope.params()).param("id", id).param("unit", unit == null ? -1 : unit)
                .query(FindingRow.class).optional();
    }

    /** Findings newest first, of one inspection or one status when asked; {@code lateOn} keeps only late ones. */
    List<FindingRow> findings(Scope scope, Long unit, Long inspection, FindingState status, LocalDate lateOn,
                              long before, int limit) {
        StringBuilder sql = new StringBuilder(FINDING).append("where (").append(scope.where("f.territory_code", "f.county"))
                .append(" or f.unit_id = :unit) and f.id < :before");
        if (inspection != null) {
            sql.append(" and f.inspection_id = :inspection");
        }
        if (status != null) {
            sql.append(" and f.status = :status");
        }
        if (lateOn != null) {
            sql.append(" and ((f.status in ('ASSIGNED', 'RETURNED') and f.deadline < :today)"
                    + " or (f.submitted_on is not null and f.submitted_on > f.deadline and f.status = 'SUBMITTED'))");
        }
        return jdbc.sql(sql.append(" order by f.id desc limit :limit").toString()).params(scope.params())
                .param("unit", unit == null ? -1 : unit).param("before", before).param("limit", limit)
                .param("inspection", inspection == null ? -1 : inspection)
                .param("status", status == null ? "" : status.name()).param("today", lateOn)
                .query(FindingRow.class).list();
    }

    /** Every finding the reader sees, for the ledger (the county's findings are a few thousand at most). */
    List<FindingRow> allFindings(Scope scope, Long unit) {
        return jdbc.sql(FINDING + "where (" + scope.where("f.territory_code", "f.county") + " or f.unit_id = :unit) order by f.id")
                .params(scope.params()).param("unit", unit == null ? -1 : unit).query(FindingRow.class).list();
    }

    boolean recordProgress(long id, int version, String measures, String progress) {
        return jdbc.sql("""
                        update assessment.finding set measures = :measures, progress = :progress, version = version + 1
                        where id = :id and version = :version and status in ('ASSIGNED', 'RETURNED')""")
                .param("id", id).param("version", version).param("measures", measures).param("progress", progress)
                .update() == 1;
    }

    /** Moves a finding from the state it was read in; false when someone moved it first. */
    boolean move(long id, FindingState from, FindingState to, LocalDate submittedOn, LocalDate acceptedOn, Boolean onTime,
                 boolean returned) {
        return jdbc.sql("""
                        update assessment.finding set status = :to, version = version + 1,
                               submitted_on = coalesce(:submitted, submitted_on), accepted_on = coalesce(:accepted, accepted_on),
                               on_time = coalesce(:onTime, on_time), returns = returns + :returned
                        where id = :id and status = :from""")
                .param("id", id).param("from", from.name()).param("to", to.name()).param("submitted", submittedOn)
                .param("accepted", acceptedOn).param("onTime", onTime).param("returned", returned ? 1 : 0)
                .update() == 1;
    }

    void event(long finding, FindingStep kind, String note, long by, String byName, OffsetDateTime at) {
        jdbc.sql("""
                        insert into assessment.finding_event (county, finding_id, kind, note, by_user, by_name, at)
                        select county, id, :kind, :note, :by, :name, :at from assessment.finding where id = :finding""")
                .param("finding", finding).param("kind", kind.name()).param("note", note).param("by", by)
                .param("name", byName).param("at", at).update();
    }

    List<EventRow> events(long finding) {
        return jdbc.sql("select id, kind, note, by_name, at from assessment.finding_event where finding_id = :finding"
                        + " and county = (select county from assessment.finding where id = :finding) order by id")
                .param("finding", finding).query(EventRow.class).list();
    }

    long insertEvidence(long finding, String fileName, String contentType, byte[] content, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into assessment.finding_evidence (county, finding_id, file_name, content_type, content,
                                                                 uploaded_by, uploaded_at)
                        select county, id, :name, :type, :content, :by, :at from assessment.finding where id = :finding
                        returning id""")
                .param("finding", finding).param("name", fileName).param("type", contentType).param("content", content)
                .param("by", by).param("at", at).query(Long.class).single();
    }

    List<EvidenceRow> evidence(long finding) {
        return jdbc.sql("""
                        select id, file_name, content_type, octet_length(content) as size, uploaded_at
                        from assessment.finding_evidence where finding_id = :finding order by id""")
                .param("finding", finding).query(EvidenceRow.class).list();
    }

    Optional<EvidenceFile> evidenceFile(long finding, long id) {
        return jdbc.sql("select file_name, content_type, content from assessment.finding_evidence"
                        + " where finding_id = :finding and id = :id")
                .param("finding", finding).param("id", id).query(EvidenceFile.class).optional();
    }

    int evidenceCount(long finding) {
        return jdbc.sql("select count(*) from assessment.finding_evidence where finding_id = :finding")
                .param("finding", finding).query(Integer.class).single();
    }
}
