package org.jiceng.assessment.internal.lists;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks sent to villages, with the admission-list item each cites. */
@Repository
class VillageTaskRepository {

    record TaskRow(long id, String villageCode, String title, String description, LocalDate dueOn, Long admissionItemId,
                   String admissionItem, Long admissionListId, boolean flagged, String flagReason, String senderName,
                   Long senderUnitId, String status, String note, OffsetDateTime createdAt, OffsetDateTime acceptedAt,
                   OffsetDateTime doneAt, int version) {
    }

    private static final String TASK = """
            select t.id, t.village_code, t.title, t.description, t.due_on, t.admission_item_id, i.name as admission_item,
                   t.admission_list_id, t.flagged, t.flag_reason, t.sender_name, t.sender_unit_id, t.status, t.note,
                   t.created_at, t.accepted_at, t.done_at, t.version
            from assessment.village_task t
            left join assessment.power_list_item i on i.county = t.county and i.id = t.admission_item_id
            """;

    private final JdbcClient jdbc;

    VillageTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String village, String title, String description, LocalDate dueOn, Long item, long list, boolean flagged,
                String flagReason, String senderName, Long senderUnit, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into assessment.village_task (county, village_code, title, description, due_on, admission_item_id,
                                                             admission_list_id, flagged, flag_reason, sender_name,
                                                             sender_unit_id, sent_by, status, created_at)
                        values (left(:village, 6), :village, :title, :description, :due, :item, :list, :flagged, :reason,
                                :sender, :unit, :by, 'SENT', :at) returning id""")
                .param("village", village).param("title", title).param("description", description).param("due", dueOn)
                .param("item", item).param("list", list).param("flagged", flagged).param("reason", flagReason)
                .param("sender", senderName).param("unit", senderUnit).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    Optional<TaskRow> task(long id, Scope scope, Long unit) {
        return jdbc.sql(TASK + "where t.id = :id and (" + scope.where("t.village_code", "t.county") + " or t.sender_unit_id = :unit)")
                .params(scope.params()).param("id", id).param("unit", unit == null ? -1 : unit)
                .query(TaskRow.class).optional();
    }

    List<TaskRow> tasks(Scope scope, Long unit, String status, boolean flaggedOnly, long before, int limit) {
        return jdbc.sql(TASK + "where (" + scope.where("t.village_code", "t.county") + " or t.sender_unit_id = :unit) and t.id < :before"
                        + (status == null ? "" : " and t.status = :status") + (flaggedOnly ? " and t.flagged" : "")
                        + " order by t.id desc limit :limit")
                .params(scope.params()).param("unit", unit == null ? -1 : unit).param("before", before)
                .param("status", status == null ? "" : status).param("limit", limit).query(TaskRow.class).list();
    }

    boolean move(long id, String from, String to, String note, OffsetDateTime at) {
        return jdbc.sql("""
                        update assessment.village_task set status = :to, version = version + 1,
                               note = coalesce(:note, note),
                               accepted_at = case when :to = 'ACCEPTED' then :at else accepted_at end,
                               done_at = case when :to = 'DONE' then :at else done_at end
                        where id = :id and status = :from""")
                .param("id", id).param("from", from).param("to", to).param("note", note).param("at", at).update() == 1;
    }
}
