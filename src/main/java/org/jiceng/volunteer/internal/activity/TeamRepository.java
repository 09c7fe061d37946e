package org.jiceng.volunteer.internal.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams and their members, in SQL. */
@Repository
class TeamRepository {

    record TeamRow(long id, String county, String communityCode, String name, TeamKind kind, String description,
                   int members, int version) {
    }

    record MemberRow(long volunteerId, String name, String phoneMasked, Long userId, boolean leader) {
    }

    private static final String SELECT = """
            select t.id, t.county, t.community_code, t.name, t.kind, t.description, t.version,
                   (select count(*) from volunteer.team_member m where m.county = t.county and m.team_id = t.id) as members
            from volunteer.team t""";

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String community, String name, TeamKind kind, String description, long by) {
        return jdbc.sql("""
                        insert into volunteer.team (county, community_code, name, kind, description, created_by)
                        values (:county, :community, :name, :kind, :description, :by) returning id""")
                .param("county", community.substring(0, 6)).param("community", community).param("name", name)
                .param("kind", kind.name()).param("description", description).param("by", by)
                .query(Long.class).single();
    }

    Optional<TeamRow> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(TeamRepository::map).optional();
    }

    /** The teams in {@code scope} or led by {@code userId}, newest first. */
    List<TeamRow> within(Scope scope, long userId, String community, long below, int limit) {
        return jdbc.sql(SELECT + " where (" + scope.where("t.community_code", "t.county") + " or t.id in (" + LED + "))"
                        + (community == null ? "" : " and t.community_code = :community")
                        + " and t.id < :below order by t.id desc limit :limit")
                .params(scope.params()).param("user", userId).param("community", community).param("below", below)
                .param("limit", limit).query(TeamRepository::map).list();
    }

    private static final String LED = """
            select m.team_id from volunteer.team_member m join volunteer.volunteer v
              on v.county = m.county and v.id = m.volunteer_id
            where v.user_id = :user and m.leader""";

    boolean leads(long userId, long teamId) {
        return jdbc.sql("select exists (" + LED + " and m.team_id = :team)").param("user", userId).param("team", teamId)
                .query(Boolean.class).single();
    }

    /** Whether the account leads a team the volunteer belongs to. */
    boolean leadsTeamOf(long userId, long volunteerId) {
        return jdbc.sql("""
                        select exists (select 1 from volunteer.team_member o where o.volunteer_id = :volunteer
                                       and o.team_id in (""" + LED + "))")
                .param("user", userId).param("volunteer", volunteerId).query(Boolean.class).single();
    }

    List<MemberRow> members(long teamId) {
        return jdbc.sql("""
                        select v.id, v.name, v.phone_masked, v.user_id, m.leader
                        from volunteer.team_member m join volunteer.volunteer v on v.county = m.county and v.id = m.volunteer_id
                        where m.team_id = :team order by m.leader desc, v.id""")
                .param("team", teamId)
                .query((rs, n) -> new MemberRow(rs.getLong("id"), rs.getString("name"), rs.getString("phone_masked"),
                        rs.getObject("user_id", Long.class), rs.getBoolean("leader")))
                .list();
    }

    /** Adds the volunteer, or changes whether they lead. */
    void putMember(String county, long teamId, long volunteerId, boolean leader) {
        jdbc.sql("""
                        insert into volunteer.team_member (county, team_id, volunteer_id, leader)
                        values (:county, :team, :volunteer, :leader)
                        on conflict (county, team_id, volunteer_id) do update set leader = excluded.leader""")
                .param("county", county).param("team", teamId).param("volunteer", volunteerId).param("leader", leader)
                .update();
        jdbc.sql("update volunteer.team set version = version + 1 where id = :team").param("team", teamId).update();
    }

    boolean removeMember(long teamId, long volunteerId) {
        return jdbc.sql("delete from volunteer.team_member where team_id = :team and volunteer_id = :volunteer")
                .param("team", teamId).param("volunteer", volunteerId).update() == 1;
    }

    private static TeamRow map(ResultSet rs, int row) throws SQLException {
        return new TeamRow(rs.getLong("id"), rs.getString("county"), rs.getString("community_code"),
                rs.getString("name"), TeamKind.valueOf(rs.getString("kind")), rs.getString("description"),
                rs.getInt("members"), rs.getInt("version"));
    }
}
