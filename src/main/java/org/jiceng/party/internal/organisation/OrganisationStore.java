package org.jiceng.party.internal.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationLevel;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.organisation.OrganisationRecords.Event;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation tree's writes and the reads the rules need. Reads of a record take the caller's {@link Scope};
 * the facts of the tree (ancestors, children, members) are read whole, under {@link #lockTree()}, because the
 * rules must see the tree as it is, not as far as one person sees it.
 */
@Repository
class OrganisationStore {

    static final String COLUMNS = "o.id, o.parent_id, o.name, o.level, o.kind, o.focus, o.territory_code, "
            + "o.established_on, o.dissolved_on, o.version";

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the changes of the tree's shape: two moves at once could otherwise each pass the cycle check and
     * together make a cycle. Held to the end of the transaction.
     */
    void lockTree() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('party.organisation tree'))").query(Object.class).single();
    }

    Optional<OrganisationView> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from party.organisation o where o.id = :id and " + scope.where("o.territory_code"))
                .params(scope.params()).param("id", id).query(OrganisationView.class).optional();
    }

    /** Every organisation inside the scope, by id, for the Excel export. */
    List<OrganisationView> all(Scope scope, int limit) {
        return jdbc.sql("select " + COLUMNS + " from party.organisation o where " + scope.where("o.territory_code")
                        + " order by o.id limit :limit")
                .params(scope.params()).param("limit", limit).query(OrganisationView.class).list();
    }

    /** The ids above {@code id}, nearest first; a cycle (which the rules never let in) stops the walk at the tree's depth. */
    List<Long> ancestors(long id) {
        return jdbc.sql("""
                        with recursive up (id, depth) as (
                            select parent_id, 1 from party.organisation where id = :id and parent_id is not null
                            union all
                            select o.parent_id, up.depth + 1 from party.organisation o join up on o.id = up.id
                            where o.parent_id is not null and up.depth < 64)
                        select id from up order by depth""")
                .param("id", id).query(Long.class).list();
    }

    List<OrganisationLevel> activeChildLevels(long id) {
        return jdbc.sql("select level from party.organisation where parent_id = :id and dissolved_on is null")
                .param("id", id).query((rs, n) -> OrganisationLevel.valueOf(rs.getString(1))).list();
    }

    long members(long id) {
        return jdbc.sql("select count(*) from party.member where organisation_id = :id").param("id", id)
                .query(Long.class).single();
    }

    long insert(Long parentId, String name, OrganisationLevel level, OrganisationKind kind, String focus, String territory,
                LocalDate establishedOn) {
        return jdbc.sql("""
                        insert into party.organisation (parent_id, name, level, kind, focus, territory_code, established_on)
                        values (:parent, :name, :level, :kind, :focus, :territory, :established) returning id""")
                .param("parent", parentId).param("name", name).param("level", level.name()).param("kind", kind.name())
                .param("focus", focus).param("territory", territory).param("established", establishedOn)
                .query(Long.class).single();
    }

    /** Name, focus and parent as given, if the record is still at {@code version}; false when it changed meanwhile. */
    boolean update(long id, int version, String name, String focus, Long parentId) {
        return jdbc.sql("""
                        update party.organisation set name = :name, focus = :focus, parent_id = :parent, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("name", name).param("focus", focus)
                .param("parent", parentId).update() == 1;
    }

    /** A change beside the tree (an election) still names the version it was made on. */
    boolean touch(long id, int version) {
        return jdbc.sql("update party.organisation set version = version + 1 where id = :id and version = :version")
                .param("id", id).param("version", version).update() == 1;
    }

    boolean dissolve(long id, int version, LocalDate on, Long mergedInto) {
        return jdbc.sql("""
                        update party.organisation set dissolved_on = :on, merged_into = :merged, version = version + 1
                        where id = :id and version = :version and dissolved_on is null""")
                .param("id", id).param("version", version).param("on", on).param("merged", mergedInto).update() == 1;
    }

    /** Moves the active children and the members of {@code from} to {@code to}; answers how many of each moved. */
    long[] handOver(long from, long to) {
        long children = jdbc.sql("""
                        update party.organisation set parent_id = :to, version = version + 1
                        where parent_id = :from and dissolved_on is null""")
                .param("from", from).param("to", to).update();
        long members = jdbc.sql("""
                        update party.member set organisation_id = :to, version = version + 1 where organisation_id = :from""")
                .param("from", from).param("to", to).update();
        jdbc.sql("update party.organisation set version = version + 1 where id = :to").param("to", to).update();
        return new long[] {children, members};
    }

    void event(long organisationId, String kind, String detail, long actorId, String actorName, Instant at) {
        jdbc.sql("""
                        insert into party.organisation_event (organisation_id, kind, detail, actor_id, actor_name, at)
                        values (:org, :kind, :detail, :actor, :name, :at)""")
                .param("org", organisationId).param("kind", kind).param("detail", detail).param("actor", actorId)
                .param("name", actorName).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    List<Event> events(long organisationId, long before, int limit) {
        return jdbc.sql("""
                        select id, kind, detail, actor_name, at from party.organisation_event
                        where organisation_id = :org and id < :before order by id desc limit :limit""")
                .param("org", organisationId).param("before", before).param("limit", limit)
                .query(Event.class).list();
    }
}
