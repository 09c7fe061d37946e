package org.jiceng.assessment.internal.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of the lists, their items and each item's steps. */
@Repository
class PowerListRepository {

    record ListRow(long id, String territoryCode, String kind, int version, String title, String note,
                   boolean allowsOutside, String status, LocalDate publishedOn) {
    }

    record ItemRow(long id, long listId, int position, String category, String name, String basis, String description) {
    }

    record StepRow(long itemId, int position, String action, String decider) {
    }

    record Hit(long id, long listId, String listTitle, String kind, String territoryCode, int position, String category,
               String name, String description) {
    }

    private static final String LIST = """
            select id, territory_code, kind, version, title, note, allows_outside, status, published_on
            from assessment.power_list l
            """;

    private final JdbcClient jdbc;

    PowerListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next version of the series; locks the series' rows so two drafts never take the same number. */
    int nextVersion(String territory, String kind) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('power_list/' || :territory || '/' || :kind))")
                .param("territory", territory).param("kind", kind).query(Integer.class).single();
        return jdbc.sql("""
                        select coalesce(max(version), 0) + 1 from assessment.power_list
                        where county = left(:territory, 6) and territory_code = :territory and kind = :kind""")
                .param("territory", territory).param("kind", kind).query(Integer.class).single();
    }

    long insertList(String territory, String kind, int version, String title, String note, boolean allowsOutside, long by) {
        return jdbc.sql("""
                        insert into assessment.power_list (county, territory_code, kind, version, title, note, allows_outside,
                                                           status, created_by)
                        values (left(:territory, 6), :territory, :kind, :version, :title, :note, :outside, 'DRAFT', :by)
                        returning id""")
                .param("territory", territory).param("kind", kind).param("version", version).param("title", title)
                .param("note", note).param("outside", allowsOutside).param("by", by).query(Long.class).single();
    }

    long insertItem(long list, String territory, int position, String category, String name, String basis,
                    String description) {
        return jdbc.sql("""
                        insert into assessment.power_list_item (county, list_id, position, category, name, basis, description)
                        values (left(:territory, 6), :list, :position, :category, :name, :basis, :description) returning id""")
                .param("territory", territory).param("list", list).param("position", position).param("category", category)
                .param("name", name).param("basis", basis).param("description", description).query(Long.class).single();
    }

    void insertStep(long item, String territory, int position, String action, String decider) {
        jdbc.sql("""
                        insert into assessment.power_list_step (county, item_id, position, action, decider)
                        values (left(:territory, 6), :item, :position, :action, :decider)""")
                .param("territory", territory).param("item", item).param("position", position).param("action", action)
                .param("decider", decider).update();
    }

    /** A list the reader sees: published or superseded to everyone, a draft within {@code drafts}. */
    Optional<ListRow> list(long id, Scope drafts) {
        return jdbc.sql(LIST + "where l.id = :id and (l.status <> 'DRAFT' or " + drafts.where("l.territory_code", "l.county") + ")")
                .params(drafts.params()).param("id", id).query(ListRow.class).optional();
    }

    /** The lists in force (and the drafts the reader writes), newest first, of one kind or place when asked. */
    List<ListRow> lists(Scope drafts, String kind, String territory, long before, int limit) {
        return jdbc.sql(LIST + "where (l.status = 'PUBLISHED' or (l.status = 'DRAFT' and " + drafts.where("l.territory_code", "l.county")
                        + ")) and l.id < :before" + (kind == null ? "" : " and l.kind = :kind")
                        + (territory == null ? "" : " and l.territory_code = :territory") + " order by l.id desc limit :limit")
                .params(drafts.params()).param("before", before).param("kind", kind == null ? "" : kind)
                .param("territory", territory == null ? "" : territory).param("limit", limit).query(ListRow.class).list();
    }

    /** Every version of a list's series, newest first (drafts only within {@code drafts}). */
    List<ListRow> versions(ListRow of, Scope drafts) {
        return jdbc.sql(LIST + "where l.county = left(:territory, 6) and l.territory_code = :territory and l.kind = :kind"
                        + " and (l.status <> 'DRAFT' or " + drafts.where("l.territory_code", "l.county") + ") order by l.version desc")
                .params(drafts.params()).param("territory", of.territoryCode()).param("kind", of.kind())
                .query(ListRow.class).list();
    }

    List<ItemRow> items(long list) {
        return jdbc.sql("""
                        select id, list_id, position, category, name, basis, description from assessment.power_list_item
                        where list_id = :list order by position""")
                .param("list", list).query(ItemRow.class).list();
    }

    List<StepRow> steps(long list) {
        return jdbc.sql("""
                        select s.item_id, s.position, s.action, s.decider from assessment.power_list_step s
                        join assessment.power_list_item i on i.county = s.county and i.id = s.item_id
                        where i.list_id = :list order by s.item_id, s.position""")
                .param("list", list).query(StepRow.class).list();
    }

    /** Moves the series' published version aside and publishes the draft; false when it is no longer a draft. */
    boolean publish(ListRow draft, LocalDate on) {
        jdbc.sql("""
                        update assessment.power_list set status = 'SUPERSEDED'
                        where county = left(:territory, 6) and territory_code = :territory and kind = :kind
                          and status = 'PUBLISHED'""")
                .param("territory", draft.territoryCode()).param("kind", draft.kind()).update();
        return jdbc.sql("update assessment.power_list set status = 'PUBLISHED', published_on = :on"
                        + " where id = :id and status = 'DRAFT'")
                .param("id", draft.id()).param("on", on).update() == 1;
    }

    /** Items of the lists in force whose name, description, basis or a step's words contain the text. */
    List<Hit> search(String text, String kind, long after, int limit) {
        return jdbc.sql("""
                        select i.id, l.id as list_id, l.title as list_title, l.kind, l.territory_code, i.position, i.category,
                               i.name, i.description
                        from assessment.power_list_item i
                        join assessment.power_list l on l.county = i.county and l.id = i.list_id
                        where l.status = 'PUBLISHED' and i.id > :after and (:kind = '' or l.kind = :kind)
                          and (strpos(i.name, :text) > 0 or strpos(coalesce(i.description, ''), :text) > 0
                               or strpos(coalesce(i.basis, ''), :text) > 0 or strpos(i.category, :text) > 0
                               or exists (select 1 from assessment.power_list_step s where s.county = i.county
                                          and s.item_id = i.id and (strpos(s.action, :text) > 0 or strpos(s.decider, :text) > 0)))
                        order by i.id limit :limit""")
                .param("text", text).param("kind", kind == null ? "" : kind).param("after", after).param("limit", limit)
                .query(Hit.class).list();
    }

    /** The 工作准入清单 in force for a village: the published one of the nearest place above it. */
    Optional<ListRow> admissionFor(String village) {
        return jdbc.sql(LIST + """
                        where l.county = left(:village, 6) and l.kind = 'ADMISSION' and l.status = 'PUBLISHED'
                          and :village like l.territory_code || '%'
                        order by length(l.territory_code) desc limit 1""")
                .param("village", village).query(ListRow.class).optional();
    }

    Optional<ItemRow> item(long id, long list) {
        return jdbc.sql("""
                        select id, list_id, position, category, name, basis, description from assessment.power_list_item
                        where id = :id and list_id = :list""")
                .param("id", id).param("list", list).query(ItemRow.class).optional();
    }

    Optional<ItemRow> anyItem(long id) {
        return jdbc.sql("select id, list_id, position, category, name, basis, description from assessment.power_list_item"
                        + " where id = :id")
                .param("id", id).query(ItemRow.class).optional();
    }
}
