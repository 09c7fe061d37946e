package org.jiceng.party.internal.neighbourhood;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.party.PostView;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Duty;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.DutyKind;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Election;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Evaluation;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Report;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 三长 and 楼长 posts at work: elections, households, duties, reports and evaluations, keyed by the post. */
@Repository
class NeighbourhoodRepository {

    private final JdbcClient jdbc;

    NeighbourhoodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PostView> post(long id, Scope scope) {
        return jdbc.sql("select id, kind, territory_code, area, building_id, resident_id, holder_name, since, version "
                        + "from party.post where id = :id and " + scope.where("territory_code", "county"))
                .params(scope.params()).param("id", id).query(PostView.class).optional();
    }

    /** The posts a resident holds. */
    List<PostView> postsOf(long residentId) {
        return jdbc.sql("select id, kind, territory_code, area, building_id, resident_id, holder_name, since, version "
                        + "from party.post where resident_id = :resident order by id")
                .param("resident", residentId).query(PostView.class).list();
    }

    void saveElection(PostView post, Election e, long by) {
        jdbc.sql("""
                        insert into party.post_election (county, post_id, held_on, method, votes, participants, minutes,
                                                         recorded_by)
                        values (left(:territory, 6), :post, :held, :method, :votes, :participants, :minutes, :by)
                        on conflict (post_id, county) do update set held_on = excluded.held_on, method = excluded.method,
                            votes = excluded.votes, participants = excluded.participants, minutes = excluded.minutes,
                            recorded_by = excluded.recorded_by, recorded_at = now()""")
                .param("territory", post.territoryCode()).param("post", post.id()).param("held", e.heldOn())
                .param("method", e.method().name()).param("votes", e.votes()).param("participants", e.participants())
                .param("minutes", e.minutes()).param("by", by).update();
    }

    Optional<Election> election(long postId) {
        return jdbc.sql("select held_on, method, votes, participants, minutes from party.post_election where post_id = :post")
                .param("post", postId).query(Election.class).optional();
    }

    /** Whether the household was added just now (false: the post had it already). */
    boolean addHousehold(PostView post, long householdId) {
        return jdbc.sql("""
                        insert into party.post_household (county, post_id, household_id)
                        values (left(:territory, 6), :post, :household) on conflict do nothing""")
                .param("territory", post.territoryCode()).param("post", post.id()).param("household", householdId)
                .update() == 1;
    }

    boolean removeHousehold(long postId, long householdId) {
        return jdbc.sql("delete from party.post_household where post_id = :post and household_id = :household")
                .param("post", postId).param("household", householdId).update() == 1;
    }

    List<Long> households(long postId) {
        return jdbc.sql("select household_id from party.post_household where post_id = :post order by household_id")
                .param("post", postId).query(Long.class).list();
    }

    long addDuty(PostView post, DutyKind kind, String description) {
        return jdbc.sql("""
                        insert into party.post_duty (county, post_id, kind, description)
                        values (left(:territory, 6), :post, :kind, :description) returning id""")
                .param("territory", post.territoryCode()).param("post", post.id()).param("kind", kind.name())
                .param("description", description).query(Long.class).single();
    }

    List<Duty> duties(long postId) {
        return jdbc.sql("select id, kind, description from party.post_duty where post_id = :post order by id")
                .param("post", postId).query(Duty.class).list();
    }

    long addReport(PostView post, long caseId, String caseNumber, String summary, long by, Instant at) {
        return jdbc.sql("""
                        insert into party.post_report (county, post_id, case_id, case_number, summary, reported_by,
                                                       reported_at)
                        values (left(:territory, 6), :post, :case, :number, :summary, :by, :at) returning id""")
                .param("territory", post.territoryCode()).param("post", post.id()).param("case", caseId)
                .param("number", caseNumber).param("summary", summary).param("by", by)
                .param("at", at.atOffset(Beijing.OFFSET)).query(Long.class).single();
    }

    List<Report> reports(long postId, int limit) {
        return jdbc.sql("""
                        select id, case_id, case_number, summary, reported_at from party.post_report
                        where post_id = :post order by id desc limit :limit""")
                .param("post", postId).param("limit", limit)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).withOffsetSameInstant(Beijing.OFFSET)))
                .list();
    }

    void saveEvaluation(PostView post, Evaluation e, long by) {
        jdbc.sql("""
                        insert into party.post_evaluation (county, post_id, month, rating, note, recorded_by)
                        values (left(:territory, 6), :post, :month, :rating, :note, :by)
                        on conflict (post_id, month, county) do update set rating = excluded.rating, note = excluded.note,
                            recorded_by = excluded.recorded_by, recorded_at = now()""")
                .param("territory", post.territoryCode()).param("post", post.id()).param("month", e.month())
                .param("rating", e.rating().name()).param("note", e.note()).param("by", by).update();
    }

    List<Evaluation> evaluations(long postId) {
        return jdbc.sql("select month, rating, note from party.post_evaluation where post_id = :post order by month desc")
                .param("post", postId).query(Evaluation.class).list();
    }

    /** The posts rated EXCELLENT in a month under a prefix: the 优秀邻长 and 楼长 of the month. */
    List<Long> excellentIn(String prefix, LocalDate month) {
        Scope under = Scope.of(prefix);
        return jdbc.sql("select e.post_id from party.post_evaluation e join party.post p on p.id = e.post_id "
                        + "where e.month = :month and e.rating = 'EXCELLENT' and " + under.where("p.territory_code", "p.county"))
                .params(under.params()).param("month", month).query(Long.class).list();
    }
}
