package org.jiceng.party.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.party.OrganisationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Party organisations; every read takes the caller's {@link Scope} on the organisation's territory code. */
@Repository
public class OrganisationRepository {

    private static final String COLUMNS =
            "o.id, o.parent_id, o.name, o.level, o.kind, o.focus, o.territory_code, o.established_on, o.dissolved_on, o.version";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganisationView> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from party.organisation o where o.id = :id and "
                        + scope.where("o.territory_code"))
                .params(scope.params()).param("id", id)
                .query(OrganisationView.class).optional();
    }

    /** The organisations inside the scope whose parent is not: the tops of the tree this user sees. */
    List<OrganisationView> roots(Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from party.organisation o"
                        + " left join party.organisation p on p.id = o.parent_id"
                        + " where " + scope.where("o.territory_code")
                        + " and (p.id is null or not " + scope.where("p.territory_code") + ") order by o.id")
                .params(scope.params())
                .query(OrganisationView.class).list();
    }

    List<OrganisationView> children(long parentId, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from party.organisation o where o.parent_id = :parent and "
                        + scope.where("o.territory_code") + " order by o.id")
                .params(scope.params()).param("parent", parentId)
                .query(OrganisationView.class).list();
    }

    /** Organisations whose territory is under the scope (already narrowed by the caller), by id (keyset). */
    List<OrganisationView> within(Scope scope, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from party.organisation o where " + scope.where("o.territory_code")
                        + " and o.id > :after order by o.id limit :limit")
                .params(scope.params()).param("after", after).param("limit", limit)
                .query(OrganisationView.class).list();
    }

    /** How many children inside the scope each of {@code ids} has, for the expandable tree. */
    Map<Long, Long> childCounts(List<Long> ids, Scope scope) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.sql("select o.parent_id, count(*) from party.organisation o where o.parent_id in (:ids) and "
                        + scope.where("o.territory_code") + " group by o.parent_id")
                .params(scope.params()).param("ids", ids)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** The organisation's ancestors inside the scope, root first, for breadcrumbs. */
    List<OrganisationView> ancestors(long id, Scope scope) {
        return jdbc.sql("""
                        with recursive up (id, depth) as (
                            select parent_id, 1 from party.organisation where id = :id and parent_id is not null
                            union all
                            select o.parent_id, up.depth + 1 from party.organisation o join up on o.id = up.id
                            where o.parent_id is not null)
                        select %s from up join party.organisation o on o.id = up.id
                        where %s order by up.depth desc""".formatted(COLUMNS, scope.where("o.territory_code")))
                .params(scope.params()).param("id", id)
                .query(OrganisationView.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from party.organisation").query(Long.class).single();
    }
}
