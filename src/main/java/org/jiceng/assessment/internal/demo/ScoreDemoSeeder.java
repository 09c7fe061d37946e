package org.jiceng.assessment.internal.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.assessment.internal.indicator.EnteredValues;
import org.jiceng.assessment.internal.indicator.IndicatorRequest;
import org.jiceng.assessment.internal.indicator.IndicatorView;
import org.jiceng.assessment.internal.indicator.Indicators;
import org.jiceng.assessment.internal.scorecard.Period;
import org.jiceng.assessment.internal.scorecard.Tracks;
import org.jiceng.identity.IdentityApi;
import org.jiceng.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: when 会泽县 has no indicators yet, a few of each kind (computed from the case loop, visits and
 * volunteer hours; one entered with evidence), two tracks (平安建设, 基层党建), and 堂琅社区's entered value of the last
 * quarter accepted by 古城街道, so the desk ranks the towns at once. A data directory seeded earlier is left as it is.
 */
@Component
@Profile("!command")
@Order(100)
class ScoreDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScoreDemoSeeder.class);
    static final String TANGLANG = "530326001001";

    private final DatabaseMode mode;
    private final IdentityApi identity;
    private final Indicators indicators;
    private final Tracks tracks;
    private final EnteredValues values;
    private final Clock clock;

    ScoreDemoSeeder(DatabaseMode mode, IdentityApi identity, Indicators indicators, Tracks tracks, EnteredValues values,
                    Clock clock) {
        this.mode = mode;
        this.identity = identity;
        this.indicators = indicators;
        this.tracks = tracks;
        this.values = values;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<CurrentUser> admin = identity.findByUsername("admin");
        Optional<CurrentUser> shequ = identity.findByUsername("shequ");
        Optional<CurrentUser> gucheng = identity.findByUsername("gucheng");
        if (!mode.demo() || admin.isEmpty() || shequ.isEmpty() || gucheng.isEmpty()
                || !indicators.list(admin.get(), null, false).isEmpty()) {
            return;
        }
        CurrentUser county = admin.get();
        IndicatorView response = add(county, "村(社区)诉求响应率", "RESPONSE_RATE", "VILLAGE", "HIGHER", "95", 20);
        IndicatorView satisfaction = add(county, "村(社区)群众满意率", "SATISFACTION_RATE", "VILLAGE", "HIGHER", "90", 20);
        IndicatorView visits = add(county, "走访覆盖率", "VISIT_COVERAGE", "VILLAGE", "HIGHER", "30", 20);
        IndicatorView hours = add(county, "志愿服务时长", "VOLUNTEER_HOURS", "VILLAGE", "HIGHER", "100", 10);
        IndicatorView environment = add(county, "人居环境整治评分", "ENTERED", "VILLAGE", "HIGHER", "90", 10);
        IndicatorView townResponse = add(county, "乡镇诉求响应率", "RESPONSE_RATE", "TOWN", "HIGHER", "95", 25);
        IndicatorView townSolved = add(county, "乡镇诉求解决率", "RESOLUTION_RATE", "TOWN", "HIGHER", "90", 25);
        IndicatorView grid = add(county, "小事不出网格占比", "GRID_LEVEL_SHARE", "TOWN", "HIGHER", "60", 25);
        IndicatorView plans = add(county, "一人一策按期率", "CARE_PLANS_ON_TIME", "TOWN", "HIGHER", "95", 25);
        tracks.create(county, new Tracks.TrackRequest("平安建设", "诉求办理、矛盾就地化解和走访到户",
                List.of(response.id(), visits.id(), townResponse.id(), grid.id()), null));
        tracks.create(county, new Tracks.TrackRequest("基层党建", "群众满意、党员志愿服务和人居环境",
                List.of(satisfaction.id(), hours.id(), environment.id(), townSolved.id(), plans.id()), null));
        Period last = Period.quarterOf(Beijing.today(clock)).previous();
        var value = values.enter(shequ.get(), new EnteredValues.Entry(environment.id(), TANGLANG, last.toString(), "92",
                "县人居环境整治季度检查评分表（示例）"));
        values.review(gucheng.get(), value.id(), new EnteredValues.Review("ACCEPT", "与检查评分表一致", null));
        log.info("Demo assessment: {} indicators and 2 tracks for 会泽县", new ArrayList<>(indicators.list(county, null, false)).size());
    }

    private IndicatorView add(CurrentUser county, String name, String source, String level, String direction,
                              String target, int weight) {
        return indicators.create(county, new IndicatorRequest(name, source, level, "QUARTER", direction, target, weight,
                null, null, true, null));
    }
}
