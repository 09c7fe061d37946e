package org.jiceng.party.internal.duty;

import static org.jiceng.Resource.PLEDGE;

import java.time.Clock;
import java.time.LocalDate;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.PartyApi;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "我是党员我先签" (seed 002): a community starts a campaign (拆违, 垃圾分类 …) and its members sign first, each
 * once, in the order they signed. Campaigns are pledges made together, so they follow the pledge rows: the
 * branch and staff of the place start them and sign members up; a member signs for themselves.
 */
@Service
public class Campaigns {

    static final int TITLE_MAX = 40;
    static final int DESCRIPTION_MAX = 1000;

    private final CampaignRepository campaigns;
    private final PartyApi party;
    private final TerritoryApi territory;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, PartyApi party, TerritoryApi territory, Clock clock) {
        this.campaigns = campaigns;
        this.party = party;
        this.territory = territory;
        this.clock = clock;
    }

    public record Request(String communityCode, String title, String description, String startsOn, String endsOn) {
    }

    public record Signing(Long memberId) {
    }

    @Transactional
    public long start(Request r, CurrentUser user) {
        Scope scope = DutyAccess.where(user, PLEDGE, Action.CREATE);
        if (scope.isEmpty()) {
            // a member pledges for themself; starting a campaign is the branch's, wherever it works
            throw AccessPolicy.refusal(PLEDGE, Action.CREATE);
        }
        String community = r.communityCode() == null ? "" : r.communityCode().strip();
        if (Level.ofCode(community) != Level.VILLAGE) {
            throw new BadInputException("communityCode", "communityCode 须为 12 位村(社区)代码");
        }
        if (!scope.covers(community)) {
            throw new ForbiddenException("村(社区) " + community + " 不在您的辖区内");
        }
        if (territory.division(community).isEmpty()) {
            throw new NotFoundException("村(社区) " + community + " 不存在");
        }
        String title = Input.text(r.title(), "title", "活动名称", 1, TITLE_MAX);
        String description = Input.optionalText(r.description(), "description", "活动说明", DESCRIPTION_MAX);
        LocalDate starts = Input.date(r.startsOn(), "startsOn", "开始日期", Beijing.today(clock));
        LocalDate ends = r.endsOn() == null || r.endsOn().isBlank() ? null
                : Input.date(r.endsOn(), "endsOn", "结束日期", null);
        if (ends != null && ends.isBefore(starts)) {
            throw new BadInputException("endsOn", "结束日期 " + ends + " 不能早于开始日期 " + starts);
        }
        return campaigns.insert(community, title, description, starts, ends, user.id());
    }

    /** Signs the member (the user's own record when none is named) up; a second signature changes nothing. */
    @Transactional
    public CampaignView sign(long id, Signing s, CurrentUser user) {
        CampaignView campaign = campaigns.find(id, Scope.everything())
                .filter(c -> AccessPolicy.allows(user, PLEDGE, Action.CREATE, AccessPolicy.Target.at(c.communityCode()))
                        || ownMemberLivesIn(user, c.communityCode()))
                .orElseThrow(() -> notFound(id));
        MemberView member = DutyAccess.member(s == null ? null : s.memberId(), user, PLEDGE, Action.CREATE, party);
        if (!member.territoryCode().startsWith(campaign.communityCode())) {
            throw new BadInputException("memberId", member.name() + "不是本村(社区)的党员，不能在本活动签名");
        }
        LocalDate today = Beijing.today(clock);
        if (campaign.endsOn() != null && today.isAfter(campaign.endsOn())) {
            throw new ConflictException("活动已于 " + campaign.endsOn() + " 结束，不能再签名");
        }
        campaigns.sign(id, campaign.communityCode(), member.id(), member.name(),
                clock.instant().atOffset(Beijing.OFFSET));
        return campaigns.find(id, Scope.everything()).orElseThrow();
    }

    private boolean ownMemberLivesIn(CurrentUser user, String community) {
        return user.partyMemberId() != null && party.member(user.partyMemberId(), Scope.everything())
                .filter(m -> m.territoryCode().startsWith(community)).isPresent();
    }

    public CampaignView find(long id, CurrentUser user) {
        Scope scope = DutyAccess.where(user, PLEDGE, Action.READ);
        return campaigns.find(id, scope)
                .filter(c -> AccessPolicy.allows(user, PLEDGE, Action.READ, AccessPolicy.Target.at(c.communityCode())))
                .orElseThrow(() -> notFound(id));
    }

    public Page<CampaignView> list(Scope scope, String after, int limit) {
        return Page.byId(campaigns.within(scope, Cursor.idAbove(after), limit + 1), limit, CampaignView::id);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("活动 " + id + " 不存在或不在您的辖区内");
    }
}
