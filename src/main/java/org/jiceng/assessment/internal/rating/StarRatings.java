package org.jiceng.assessment.internal.rating;

import static org.jiceng.Resource.STAR_RATING;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationLevel;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.OrganisationYearFacts;
import org.jiceng.party.PartyApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 星级评定 (seeds 003, 004): the village and estate party organisations of a place are proposed stars for a year
 * from the county's criteria; the county confirms, giving its reason where it departs from the proposal; the
 * confirmed stars decide the 红旗村 and 软弱涣散 lists ({@link RatingLists}).
 */
@Service
public class StarRatings {

    private final CriterionRepository criteria;
    private final StarRatingRepository ratings;
    private final RatingLists lists;
    private final PartyApi party;
    private final Clock clock;

    StarRatings(CriterionRepository criteria, StarRatingRepository ratings, RatingLists lists, PartyApi party,
                Clock clock) {
        this.criteria = criteria;
        this.ratings = ratings;
        this.lists = lists;
        this.party = party;
        this.clock = clock;
    }

    public record Entry(Long organisationId, Integer year, Long criterionId, Integer value, String evidence) {
    }

    public record Proposal(String territory, Integer year) {
    }

    public record Proposed(int proposed, int alreadyConfirmed) {
    }

    public record Confirmation(Integer stars, String reason, Integer version) {
    }

    /** A value of a criterion measured by hand, with its evidence (a document number, where the photos are …). */
    @Transactional
    public void enter(Entry e, CurrentUser user) {
        long organisationId = Input.id(e.organisationId(), "organisationId", "党组织");
        OrganisationView organisation = party.organisation(organisationId, RatingAccess.where(user, Action.CREATE))
                .orElseThrow(() -> new NotFoundException("党组织 " + organisationId + " 不存在或不在您的辖区内"));
        int year = year(e.year());
        long criterionId = Input.id(e.criterionId(), "criterionId", "评定标准");
        String county = organisation.territoryCode().substring(0, 6);
        CriterionView criterion = criteria.find(criterionId).filter(c -> c.county().equals(county))
                .orElseThrow(() -> new BadInputException("criterionId", "本县没有编号为 " + criterionId + " 的评定标准"));
        if (criterion.measure() != RatingMeasure.ENTERED) {
            throw new BadInputException("criterionId", "“" + criterion.name() + "”由系统按党建记录计算，无须录入");
        }
        if (e.value() == null || e.value() < 0) {
            throw new BadInputException("value", "请填写不小于 0 的整数值");
        }
        String evidence = Input.text(e.evidence(), "evidence", "佐证材料", 1, 500);
        criteria.enter(county, organisationId, year, criterionId, e.value(), evidence, user.id(), clock.instant());
    }

    /** Proposes the year's stars of every rated organisation at the territory and below. */
    @Transactional
    public Proposed propose(Proposal p, CurrentUser user) {
        String territory = Input.text(p.territory(), "territory", "辖区", 6, 15);
        AccessPolicy.check(user, STAR_RATING, Action.CREATE, AccessPolicy.Target.at(territory));
        int year = year(p.year());
        List<CriterionView> active = criteria.ofCounty(territory.substring(0, 6), true);
        int proposed = 0;
        int confirmed = 0;
        for (OrganisationView o : party.organisations(territory, RatingAccess.where(user, Action.CREATE))) {
            if (!rated(o)) {
                continue;
            }
            OrganisationYearFacts facts = party.yearFacts(o.id(), year);
            Map<Long, Integer> entered = criteria.entered(o.territoryCode().substring(0, 6), o.id(), year);
            List<Integer> stars = new ArrayList<>();
            StringBuilder measures = new StringBuilder();
            for (CriterionView c : active) {
                Long measure = c.measure() == RatingMeasure.ENTERED
                        ? (entered.containsKey(c.id()) ? entered.get(c.id()).longValue() : null) : c.measure().from(facts);
                int earned = measure == null ? 0 : StarRule.stars(measure, c.thresholds());
                stars.add(earned);
                measures.append(c.name()).append("：")
                        .append(measure == null ? "未录入" : measure + (c.unit().isEmpty() ? "" : " " + c.unit()))
                        .append(" → ").append(earned).append(" 星\n");
            }
            if (ratings.propose(o.id(), o.name(), o.territoryCode(), year, StarRule.proposed(stars),
                    measures.toString().strip(), clock.instant())) {
                proposed++;
            } else {
                confirmed++;
            }
        }
        return new Proposed(proposed, confirmed);
    }

    /** The county's decision: the stars (the proposal's unless it says otherwise) and why, recorded with who. */
    @Transactional
    public StarRatingView confirm(long id, Confirmation c, CurrentUser user) {
        StarRatingView rating = find(id, user, Action.ACT);
        if (rating.confirmed()) {
            throw new ConflictException("该评定已于 " + Beijing.shown(rating.confirmedAt()).toLocalDate() + " 由 "
                    + rating.confirmedByName() + " 确认，不能再次确认");
        }
        int stars = c.stars() == null ? rating.proposedStars() : c.stars();
        if (stars < 0 || stars > StarRule.MAX_STARS) {
            throw new BadInputException("stars", "星级须为零星至七星（0 到 7）");
        }
        String reason = Input.optionalText(c.reason(), "reason", "调整理由", 500);
        if (stars != rating.proposedStars() && reason == null) {
            throw new BadInputException("reason", "确认星级与建议的 " + rating.proposedStars() + " 星不同，须说明理由");
        }
        int version = c.version() == null ? rating.version() : c.version();
        if (!ratings.confirm(id, rating.county(), version, stars, reason, user.id(), user.displayName(),
                clock.instant())) {
            throw new ConflictException("该评定已被他人变更，请刷新后重试");
        }
        StarRatingView done = find(id, user, Action.ACT);
        lists.decide(done, user);
        return done;
    }

    public StarRatingView find(long id, CurrentUser user, Action action) {
        return ratings.find(id, RatingAccess.where(user, action))
                .filter(r -> AccessPolicy.allows(user, STAR_RATING, action, AccessPolicy.Target.at(r.territoryCode())))
                .orElseThrow(() -> new NotFoundException("星级评定 " + id + " 不存在或不在您的辖区内"));
    }

    public Page<StarRatingView> list(Scope scope, Integer year, String after, int limit) {
        return Page.byId(ratings.within(scope, year, Cursor.idAbove(after), limit + 1), limit, StarRatingView::id);
    }

    public int thisYear() {
        return Beijing.today(clock).getYear();
    }

    /** Village and estate (小区, 物业) organisations, not the 党小组 or temporary ones inside them. */
    static boolean rated(OrganisationView o) {
        return o.active() && o.territoryCode().length() >= 12 && o.level() != OrganisationLevel.GROUP
                && o.kind() != OrganisationKind.TEMPORARY && o.kind() != OrganisationKind.GRID_GROUP;
    }

    private int year(Integer year) {
        int y = year == null ? thisYear() : year;
        if (y < 2000 || y > thisYear()) {
            throw new BadInputException("year", "年度须在 2000 年到今年之间");
        }
        return y;
    }
}
