package org.jiceng.party.internal.membership;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.PARTY_MEMBER;

import java.time.LocalDate;
import java.util.List;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The members' list of the membership pages: a branch's members (with those of its groups), or the members of a
 * territory, found by a part of the name, with whether each is away (流动) or has left by transfer.
 */
@Service
public class MemberSearch {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    MemberSearch(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Line(long id, String name, String territoryCode, long organisationId, String organisationName,
                       LocalDate joinedOn, boolean centralHousehold, boolean inService, boolean flowing,
                       LocalDate transferredOutOn) {
    }

    public Page<Line> search(CurrentUser user, String territory, Long organisationId, String q, String after,
                             int limit) {
        Scope scope = MembershipAccess.where(user, PARTY_MEMBER, READ);
        if (territory != null && territory.strip().matches("[0-9]{2,15}")) {
            scope = scope.narrowedTo(territory.strip());
        }
        String name = q == null || q.isBlank() ? null : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        List<Line> lines = jdbc.sql("""
                        with recursive subtree (id) as (
                            select id from party.organisation where id = :organisation
                            union all
                            select o.id from party.organisation o join subtree s on o.parent_id = s.id)
                        select m.id, m.name, m.territory_code, m.organisation_id, o.name as organisation_name,
                               m.joined_on, m.central_household, m.in_service,
                               exists (select 1 from party.flowing_member f where f.county = m.county
                                       and f.member_id = m.id and (f.until is null or f.until >= :today)) as flowing,
                               m.transferred_out_on
                        from party.member m join party.organisation o on o.id = m.organisation_id
                        where """ + scope.where("m.territory_code", "m.county") + """
                           and (cast(:organisation as bigint) is null or m.organisation_id in (select id from subtree))
                           and (cast(:name as text) is null or m.name like :name)
                           and m.id > :after
                        order by m.id limit :limit""")
                .params(scope.params()).param("organisation", organisationId).param("name", name)
                .param("today", org.jiceng.Beijing.today(clock))
                .param("after", Cursor.idAbove(after)).param("limit", limit + 1).query(Line.class).list();
        return Page.byId(lines, limit, Line::id);
    }
}
