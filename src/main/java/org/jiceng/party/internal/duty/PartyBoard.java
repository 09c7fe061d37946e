package org.jiceng.party.internal.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.NotFoundException;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;

/**
 * The public board of a community (亮身份, seed 004): its members' posts, pledges and the campaigns they signed
 * first. Anyone may read it, so it carries names and roles only — never a phone, an ID number or an address, and
 * no member or resident ids to look anything up by.
 */
@Service
public class PartyBoard {

    private static final int CAMPAIGNS = 20;

    private final DutyPostRepository posts;
    private final PledgeRepository pledges;
    private final CampaignRepository campaigns;
    private final TerritoryApi territory;
    private final Clock clock;

    PartyBoard(DutyPostRepository posts, PledgeRepository pledges, CampaignRepository campaigns, TerritoryApi territory,
               Clock clock) {
        this.posts = posts;
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.territory = territory;
        this.clock = clock;
    }

    public record Board(String communityCode, String communityName, LocalDate today, List<Post> posts,
                        List<Pledge> pledges, List<Campaign> campaigns) {
    }

    public record Post(String kind, String kindName, String name, String holderName, String area, String duties,
                       LocalDate since) {
    }

    public record Pledge(String holderName, String content, LocalDate dueOn, String state, String stateName,
                         boolean overdue, LocalDate keptOn, String completion) {
    }

    public record Campaign(String title, String description, LocalDate startsOn, LocalDate endsOn,
                           List<String> signedFirst) {
    }

    /** The board of a village or community (12 digits); 404 for any other code. */
    public Board of(String community) {
        if (community == null || Level.ofCode(community) != Level.VILLAGE) {
            throw new NotFoundException("没有这个村(社区)的党员公示栏");
        }
        DivisionView division = territory.division(community)
                .orElseThrow(() -> new NotFoundException("没有这个村(社区)的党员公示栏"));
        LocalDate today = Beijing.today(clock);
        List<Post> shownPosts = posts.activeIn(community, today).stream()
                .map(p -> new Post(p.kind().name(), p.kind().label(), p.name(), p.holderName(), p.area(), p.duties(),
                        p.startsOn()))
                .toList();
        List<Pledge> shownPledges = pledges.publicIn(community).stream()
                .map(p -> new Pledge(p.holderName(), p.content(), p.dueOn(), p.state().name(), p.state().label(),
                        p.overdueOn(today), p.state() == PledgeState.KEPT ? p.closedOn() : null,
                        p.state() == PledgeState.KEPT ? p.closingNote() : null))
                .toList();
        List<Campaign> shownCampaigns = campaigns.of(community, CAMPAIGNS).stream()
                .map(c -> new Campaign(c.title(), c.description(), c.startsOn(), c.endsOn(),
                        c.signatures().stream().map(CampaignView.Signature::holderName).toList()))
                .toList();
        return new Board(community, division.name(), today, shownPosts, shownPledges, shownCampaigns);
    }
}
