package org.jiceng.volunteer.internal.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.volunteer.internal.claims.ClaimViews.Claim;
import org.jiceng.volunteer.internal.claims.ClaimViews.Spot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Spots published for claiming, claims and their photos. */
@Repository
class ClaimRepository {

    private static final String SPOT = """
            select id, community_code, kind, name, description, status, version from volunteer.claim_spot""";
    private static final String CLAIM = """
            select c.id, c.community_code, c.spot_id, c.need_id, c.title, c.claimant_name, c.note, c.status, c.report,
                   c.reported_at, c.confirmed_at, c.created_at, c.version, c.user_id,
                   array(select p.id from volunteer.claim_photo p where p.claim_id = c.id and p.county = c.county
                         order by p.id) as photos
            from volunteer.claim c""";

    private final JdbcClient jdbc;

    ClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Owned(Claim claim, long userId) {
    }

    long newSpot(String community, String kind, String name, String description, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into volunteer.claim_spot (county, community_code, kind, name, description, created_by,
                            created_at)
                        values (:county, :c, :kind, :name, :description, :by, :at) returning id""")
                .param("county", community.substring(0, 6)).param("c", community).param("kind", kind)
                .param("name", name).param("description", description).param("by", by).param("at", at)
                .query(Long.class).single();
    }

    Optional<Spot> spot(long id, boolean lock) {
        return jdbc.sql(SPOT + " where id = :id" + (lock ? " for update" : "")).param("id", id)
                .query(ClaimRepository::spot).optional();
    }

    List<Spot> spots(Scope scope, long idBelow, int limit) {
        return jdbc.sql(SPOT + " where " + scope.where("community_code", "county")
                        + " and status <> 'CLOSED' and id < :below order by id desc limit :limit")
                .params(scope.params()).param("below", idBelow).param("limit", limit + 1)
                .query(ClaimRepository::spot).list();
    }

    void spotStatus(long id, String status) {
        jdbc.sql("update volunteer.claim_spot set status = :s, version = version + 1 where id = :id")
                .param("s", status).param("id", id).update();
    }

    long newClaim(String community, Long spotId, Long needId, String title, long volunteerId, long userId, String name,
                  String note, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into volunteer.claim (county, community_code, spot_id, need_id, title, volunteer_id,
                            user_id, claimant_name, note, created_at)
                        values (:county, :c, :spot, :need, :title, :v, :u, :name, :note, :at) returning id""")
                .param("county", community.substring(0, 6)).param("c", community).param("spot", spotId)
                .param("need", needId).param("title", title).param("v", volunteerId).param("u", userId)
                .param("name", name).param("note", note).param("at", at).query(Long.class).single();
    }

    Optional<Owned> claim(long id) {
        return jdbc.sql(CLAIM + " where c.id = :id").param("id", id).query(ClaimRepository::owned).optional();
    }

    /** Claims in the scope, or (when {@code onlyUser} is set) the user's own, newest first. */
    List<Claim> claims(Scope scope, Long onlyUser, long idBelow, int limit) {
        String where = onlyUser != null ? "c.user_id = :u" : scope.where("c.community_code", "c.county");
        return jdbc.sql(CLAIM + " where " + where + " and c.id < :below order by c.id desc limit :limit")
                .params(onlyUser != null ? java.util.Map.of() : scope.params()).param("u", onlyUser == null ? 0L : onlyUser)
                .param("below", idBelow).param("limit", limit + 1)
                .query(ClaimRepository::owned).list().stream().map(Owned::claim).toList();
    }

    boolean report(long id, int version, String report, OffsetDateTime at) {
        return jdbc.sql("""
                        update volunteer.claim set status = 'REPORTED', report = :report, reported_at = :at,
                            version = version + 1 where id = :id and version = :version and status = 'CLAIMED'""")
                .param("report", report).param("at", at).param("id", id).param("version", version).update() == 1;
    }

    boolean confirm(long id, int version, long by, OffsetDateTime at) {
        return jdbc.sql("""
                        update volunteer.claim set status = 'CONFIRMED', confirmed_by = :by, confirmed_at = :at,
                            version = version + 1 where id = :id and version = :version and status = 'REPORTED'""")
                .param("by", by).param("at", at).param("id", id).param("version", version).update() == 1;
    }

    void lock(long id) {
        jdbc.sql("select id from volunteer.claim where id = :id for update").param("id", id).query(Long.class).list();
    }

    int photoCount(long claimId) {
        return jdbc.sql("select count(*) from volunteer.claim_photo where claim_id = :c").param("c", claimId)
                .query(Integer.class).single();
    }

    long addPhoto(long claimId, String community, String type, byte[] content, String sha, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into volunteer.claim_photo (county, claim_id, content_type, content, sha256, created_at)
                        values (:county, :c, :type, :content, :sha, :at) returning id""")
                .param("county", community.substring(0, 6)).param("c", claimId).param("type", type)
                .param("content", content).param("sha", sha).param("at", at).query(Long.class).single();
    }

    record Photo(String contentType, byte[] content) {
    }

    Optional<Photo> photo(long claimId, long photoId) {
        return jdbc.sql("select content_type, content from volunteer.claim_photo where claim_id = :c and id = :id")
                .param("c", claimId).param("id", photoId)
                .query((rs, n) -> new Photo(rs.getString("content_type"), rs.getBytes("content"))).optional();
    }

    private static Spot spot(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        String status = rs.getString("status");
        return new Spot(rs.getLong("id"), rs.getString("community_code"), kind, ClaimViews.spotKindName(kind),
                rs.getString("name"), rs.getString("description"), status, ClaimViews.spotStatusName(status),
                rs.getInt("version"));
    }

    private static Owned owned(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        Long spot = rs.getObject("spot_id", Long.class);
        Long[] photos = (Long[]) rs.getArray("photos").getArray();
        Claim claim = new Claim(rs.getLong("id"), rs.getString("community_code"), spot,
                rs.getObject("need_id", Long.class), spot != null ? "SPOT" : "WISH", rs.getString("title"),
                rs.getString("claimant_name"), rs.getString("note"), status, ClaimViews.claimStatusName(status),
                rs.getString("report"), rs.getObject("reported_at", OffsetDateTime.class),
                rs.getObject("confirmed_at", OffsetDateTime.class), List.of(photos),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
        return new Owned(claim, rs.getLong("user_id"));
    }
}
