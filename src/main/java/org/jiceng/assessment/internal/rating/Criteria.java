package org.jiceng.assessment.internal.rating;

import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A county's star-rating criteria, the allowance each star count earns and the rules of the two lists. */
@Service
public class Criteria {

    private final CriterionRepository criteria;

    Criteria(CriterionRepository criteria) {
        this.criteria = criteria;
    }

    /** {@code thresholds}: the least measure earning 一星 … 七星. */
    public record Request(String county, String name, String measure, String unit, List<Integer> thresholds,
                          Boolean active, Integer version) {
    }

    /** {@code allowanceYuan}: per month for 0 to 7 stars, in yuan as typed (kept in fen). */
    public record SettingsRequest(String county, List<String> allowanceYuan, Integer redFlagMin, Integer weakMax,
                                  Integer version) {
    }

    public List<CriterionView> list(CurrentUser user, String county) {
        return criteria.ofCounty(RatingAccess.county(user, county, Action.READ), false);
    }

    @Transactional
    public long create(Request r, CurrentUser user) {
        String county = RatingAccess.county(user, r.county(), Action.MANAGE);
        RatingMeasure measure = Input.oneOf(RatingMeasure.class, r.measure(), "measure", "测量项", RatingMeasure::label,
                null);
        String name = Input.text(r.name(), "name", "标准名称", 1, 60);
        String unit = unit(r.unit(), measure);
        return criteria.insert(county, name, measure, unit, thresholds(r.thresholds()));
    }

    @Transactional
    public CriterionView update(long id, Request r, CurrentUser user) {
        CriterionView old = find(id, user, Action.MANAGE);
        String name = Input.text(r.name() == null ? old.name() : r.name(), "name", "标准名称", 1, 60);
        int[] thresholds = r.thresholds() == null ? old.thresholds() : thresholds(r.thresholds());
        boolean active = r.active() == null ? old.active() : r.active();
        int version = r.version() == null ? old.version() : r.version();
        if (!criteria.update(id, old.county(), version, name, unit(r.unit() == null ? old.unit() : r.unit(),
                old.measure()), thresholds, active)) {
            throw new ConflictException("评定标准已被他人修改，请刷新后重试");
        }
        return find(id, user, Action.MANAGE);
    }

    public RatingSettings settings(CurrentUser user, String county) {
        String c = RatingAccess.county(user, county, Action.READ);
        return criteria.settings(c).orElse(RatingSettings.unset(c));
    }

    @Transactional
    public RatingSettings saveSettings(SettingsRequest r, CurrentUser user) {
        String county = RatingAccess.county(user, r.county(), Action.MANAGE);
        RatingSettings old = criteria.settings(county).orElse(RatingSettings.unset(county));
        if (r.allowanceYuan() == null || r.allowanceYuan().size() != StarRule.MAX_STARS + 1) {
            throw new BadInputException("allowanceYuan", "须为零星至七星各填一个每月补贴金额（共 8 个，单位元）");
        }
        long[] allowance = new long[StarRule.MAX_STARS + 1];
        for (int stars = 0; stars <= StarRule.MAX_STARS; stars++) {
            allowance[stars] = Fen.parse("allowanceYuan", r.allowanceYuan().get(stars));
        }
        int red = r.redFlagMin() == null ? old.redFlagMin() : r.redFlagMin();
        int weak = r.weakMax() == null ? old.weakMax() : r.weakMax();
        if (red < 1 || red > StarRule.MAX_STARS) {
            throw new BadInputException("redFlagMin", "红旗村的星级须为一星至七星");
        }
        if (weak < 0 || weak >= red) {
            throw new BadInputException("weakMax", "软弱涣散的星级上限须不低于零星、且低于红旗村的星级");
        }
        int version = r.version() == null ? old.version() : r.version();
        if (!criteria.saveSettings(county, allowance, red, weak, version)) {
            throw new ConflictException("补贴标准已被他人修改，请刷新后重试");
        }
        return criteria.settings(county).orElseThrow();
    }

    CriterionView find(long id, CurrentUser user, Action action) {
        CriterionView c = criteria.find(id).orElseThrow(() -> new NotFoundException("评定标准 " + id + " 不存在"));
        try {
            RatingAccess.county(user, c.county(), action);
        } catch (org.jiceng.ForbiddenException refused) {
            throw new NotFoundException("评定标准 " + id + " 不存在或不在您的辖区内");
        }
        return c;
    }

    private static String unit(String unit, RatingMeasure measure) {
        String typed = Input.optionalText(unit, "unit", "单位", 10);
        return typed != null ? typed : measure.unit();
    }

    private static int[] thresholds(List<Integer> values) {
        int[] thresholds = values == null || values.stream().anyMatch(java.util.Objects::isNull) ? null
                : values.stream().mapToInt(Integer::intValue).toArray();
        StarRule.refuse(thresholds).ifPresent(refusal -> {
            throw new BadInputException("thresholds", refusal);
        });
        return thresholds;
    }
}
