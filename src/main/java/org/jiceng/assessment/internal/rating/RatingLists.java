package org.jiceng.assessment.internal.rating;

import java.time.Clock;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.springframework.stereotype.Service;

/**
 * 红旗村 and 软弱涣散 (整顿) lists decided from confirmed ratings by the county's {@link ListRule}: an organisation
 * enters a list when its stars put it there and leaves it — rectified (整顿销号) or its flag taken down (摘牌) —
 * when a later confirmed rating does not; each stay is kept, so the lists carry their history.
 */
@Service
public class RatingLists {

    private final CriterionRepository criteria;
    private final StarRatingRepository ratings;
    private final Clock clock;

    RatingLists(CriterionRepository criteria, StarRatingRepository ratings, Clock clock) {
        this.criteria = criteria;
        this.ratings = ratings;
        this.clock = clock;
    }

    void decide(StarRatingView rating, CurrentUser user) {
        String county = rating.county();
        ListRule rule = criteria.settings(county).orElse(RatingSettings.unset(county)).rule();
        ListRule.Standing standing = rule.standing(rating.stars());
        String because = rating.year() + " 年度确认 " + rating.stars() + " 星";
        boolean already = false;
        for (ListEntryView stay : ratings.openStays(county, rating.organisationId())) {
            if (stay.list().equals(standing.name())) {
                already = true;
            } else if (stay.list().equals("WEAK")) {
                ratings.leave(stay.id(), county, rating.year(), "RECTIFIED",
                        because + "，高于软弱涣散的 " + rule.weakMax() + " 星，整顿销号", clock.instant());
            } else {
                ratings.leave(stay.id(), county, rating.year(), "LEFT",
                        because + "，低于红旗村的 " + rule.redFlagMin() + " 星，摘牌", clock.instant());
            }
        }
        if (!already && standing != ListRule.Standing.NEITHER) {
            ratings.enter(standing.name(), rating, standing == ListRule.Standing.RED_FLAG
                    ? because + "，达到红旗村的 " + rule.redFlagMin() + " 星"
                    : because + "，不高于 " + rule.weakMax() + " 星，列入软弱涣散整顿", user.id(), clock.instant());
        }
    }

    public Page<ListEntryView> stays(Scope scope, String list, String after, int limit) {
        return Page.byId(ratings.stays(scope, list, Cursor.idAbove(after), limit + 1), limit, ListEntryView::id);
    }
}
