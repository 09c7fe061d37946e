package org.jiceng.party.internal.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pledges and their progress; reads take a {@link Scope} on the member's territory, or the member's own id. */
@Repository
class PledgeRepository {

    private static final String COLUMNS = "id, member_id, holder_name, territory_code, content, pledged_on, due_on, "
            + "state, closed_on, closing_note, version";

    private final JdbcClient jdbc;

    PledgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long memberId, String holder, String territory, String content, LocalDate pledgedOn, LocalDate due) {
        return jdbc.sql("""
                        insert into party.pledge (county, member_id, holder_name, territory_code, content, pledged_on,
                                                  due_on, state)
                        values (left(:territory, 6), :member, :holder, :territory, :content, :pledged, :due, 'PROMISED')
                        returning id""")
                .param("member", memberId).param("holder", holder).param("territory", territory)
                .param("content", content).param("pledged", pledgedOn).param("due", due)
                .query(Long.class).single();
    }

    /** Whether the pledge was closed: only a promised one at {@code version} is. */
    boolean close(long id, int version, PledgeState state, LocalDate on, String note) {
        return jdbc.sql("""
                        update party.pledge set state = :state, closed_on = :on, closing_note = :note, version = version + 1
                        where id = :id and version = :version and state = 'PROMISED'""")
                .param("id", id).param("version", version).param("state", state.name()).param("on", on)
                .param("note", note).update() == 1;
    }

    void addNote(long pledgeId, String territory, LocalDate on, String note, long author) {
        jdbc.sql("""
                        insert into party.pledge_note (county, pledge_id, noted_on, note, author_id)
                        values (left(:territory, 6), :pledge, :on, :note, :author)""")
                .param("territory", territory).param("pledge", pledgeId).param("on", on).param("note", note)
                .param("author", author).update();
    }

    List<PledgeView.Note> notes(long pledgeId) {
        return jdbc.sql("select id, noted_on, note from party.pledge_note where pledge_id = :pledge order by id")
                .param("pledge", pledgeId).query(PledgeView.Note.class).list();
    }

    /** The pledge if it lies in the scope or is the member's own ({@code ownMember}, null for none). */
    Optional<PledgeView> find(long id, Scope scope, Long ownMember) {
        return jdbc.sql("select " + COLUMNS + " from party.pledge where id = :id and (" + scope.where("territory_code", "county")
                        + " or member_id = :own)")
                .params(scope.params()).param("id", id).param("own", ownMember == null ? -1L : ownMember)
                .query(PledgeView.class).optional();
    }

    List<PledgeView> within(Scope scope, Long ownMember, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from party.pledge where (" + scope.where("territory_code", "county")
                        + " or member_id = :own) and id > :after order by id limit :limit")
                .params(scope.params()).param("own", ownMember == null ? -1L : ownMember).param("after", after)
                .param("limit", limit).query(PledgeView.class).list();
    }

    /** The pledges of a community not withdrawn, for the public board: open ones first, by due date. */
    List<PledgeView> publicIn(String community) {
        Scope under = Scope.of(community);
        return jdbc.sql("select " + COLUMNS + " from party.pledge where " + under.where("territory_code", "county")
                        + " and state <> 'WITHDRAWN' order by state desc, due_on, id limit 500")
                .params(under.params()).query(PledgeView.class).list();
    }
}
