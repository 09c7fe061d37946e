package org.jiceng.party.internal.cobuilding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.party.NeedKind;
import org.jiceng.party.NeedStatus;
import org.jiceng.party.NeedView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A community's needs list; every read is scoped by the community the need lies in. */
@Repository
class NeedRepository {

    private static final String SELECT = """
            select id, community_code, title, description, kind, wanted_by, status, claimed_by, claim_note,
                   created_at, version
            from party.need
            """;

    private final JdbcClient jdbc;

    NeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String community, String title, String description, NeedKind kind, LocalDate wantedBy, long by) {
        return jdbc.sql("""
                        insert into party.need (county, community_code, title, description, kind, wanted_by, status, created_by)
                        values (left(:community, 6), :community, :title, :description, :kind, :wantedBy, 'OPEN', :by)
                        returning id""")
                .param("community", community).param("title", title).param("description", description)
                .param("kind", kind.name()).param("wantedBy", wantedBy).param("by", by)
                .query(Long.class).single();
    }

    Optional<NeedView> find(long id, Scope scope) {
        return jdbc.sql(SELECT + "where id = :id and " + scope.where("community_code", "county"))
                .params(scope.params()).param("id", id).query(NeedRepository::row).optional();
    }

    /** Needs under the scope, newest first (keyset below {@code before}), of one status when it is given. */
    List<NeedView> within(Scope scope, NeedStatus status, long before, int limit) {
        return jdbc.sql(SELECT + "where " + scope.where("community_code", "county")
                        + " and (cast(:status as text) is null or status = :status) and id < :before"
                        + " order by id desc limit :limit")
                .params(scope.params()).param("status", status == null ? null : status.name())
                .param("before", before).param("limit", limit)
                .query(NeedRepository::row).list();
    }

    List<NeedView> open(String community, NeedKind kind, Scope scope) {
        return jdbc.sql(SELECT + "where community_code = :community and status = 'OPEN' and "
                        + scope.where("community_code", "county") + " and (cast(:kind as text) is null or kind = :kind) order by id")
                .params(scope.params()).param("community", community).param("kind", kind == null ? null : kind.name())
                .query(NeedRepository::row).list();
    }

    /** Moves the need on, if it is still at the version read: false when someone changed it meanwhile. */
    boolean move(long id, int version, NeedStatus to, String claimedBy, String note) {
        return jdbc.sql("""
                        update party.need set status = :to, version = version + 1,
                            claimed_by = coalesce(:claimedBy, claimed_by), claim_note = coalesce(:note, claim_note)
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("to", to.name())
                .param("claimedBy", claimedBy).param("note", note)
                .update() == 1;
    }

    private static NeedView row(ResultSet rs, int n) throws SQLException {
        return new NeedView(rs.getLong("id"), rs.getString("community_code"), rs.getString("title"),
                rs.getString("description"), NeedKind.valueOf(rs.getString("kind")),
                rs.getObject("wanted_by", LocalDate.class), NeedStatus.valueOf(rs.getString("status")),
                rs.getString("claimed_by"), rs.getString("claim_note"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
