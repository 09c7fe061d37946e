package org.jiceng.party.internal.duty;

import org.jiceng.County;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns and their signatures; reads take a {@link Scope} on the campaign's community. */
@Repository
class CampaignRepository {

    private static final String COLUMNS = "id, community_code, title, description, starts_on, ends_on";

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String community, String title, String description, LocalDate starts, LocalDate ends, long by) {
        return jdbc.sql("""
                        insert into party.campaign (county, community_code, title, description, starts_on, ends_on, created_by)
                        values (left(:community, 6), :community, :title, :description, :starts, :ends, :by)
                        returning id""")
                .param("community", community).param("title", title).param("description", description)
                .param("starts", starts).param("ends", ends).param("by", by).query(Long.class).single();
    }

    /** Whether the member signed just now (false: they had signed before). */
    boolean sign(long campaignId, String community, long memberId, String name, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into party.campaign_signature (county, campaign_id, member_id, holder_name, signed_at)
                        values (left(:community, 6), :campaign, :member, :name, :at)
                        on conflict do nothing""")
                .param("community", community).param("campaign", campaignId).param("member", memberId)
                .param("name", name).param("at", at).update() == 1;
    }

    Optional<CampaignView> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from party.campaign where id = :id and " + scope.where("community_code", "county"))
                .params(scope.params()).param("id", id).query((rs, n) -> campaign(rs)).optional();
    }

    List<CampaignView> within(Scope scope, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from party.campaign where " + scope.where("community_code", "county")
                        + " and id > :after order by id limit :limit")
                .params(scope.params()).param("after", after).param("limit", limit)
                .query((rs, n) -> campaign(rs)).list();
    }

    /** The campaigns of one community, newest first, for the public board. */
    List<CampaignView> of(String community, int limit) {
        return jdbc.sql("select " + COLUMNS + " from party.campaign where county = :county and community_code = :community "
                        + "order by starts_on desc, id desc limit :limit")
                .param("county", County.of(community)).param("community", community).param("limit", limit).query((rs, n) -> campaign(rs)).list();
    }

    private CampaignView campaign(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new CampaignView(id, rs.getString("community_code"), rs.getString("title"), rs.getString("description"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), signatures(id));
    }

    private List<CampaignView.Signature> signatures(long campaignId) {
        return jdbc.sql("""
                        select member_id, holder_name, signed_at from party.campaign_signature
                        where campaign_id = :campaign order by signed_at, member_id""")
                .param("campaign", campaignId)
                .query((rs, n) -> new CampaignView.Signature(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).withOffsetSameInstant(Beijing.OFFSET)))
                .list();
    }
}
