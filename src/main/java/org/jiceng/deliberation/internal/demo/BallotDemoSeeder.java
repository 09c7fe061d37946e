package org.jiceng.deliberation.internal.demo;

import org.jiceng.deliberation.internal.BallotService;
import org.jiceng.deliberation.internal.EstateOwner;
import org.jiceng.deliberation.internal.EstateRepository;
import org.jiceng.deliberation.internal.EstateService;
import org.jiceng.deliberation.internal.VoteCasting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.deliberation.VoteChoice;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.TerritoryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once (while no estate exists): 堂琅花园 in 堂琅社区 with 120 homes — a few buyers with two,
 * the developer's unsold ones, areas with decimals, the demo resident {@code jumin} owning one — an open
 * ballot on renewing the property manager and a closed, secret ballot on the maintenance funds with its
 * result. Deterministic (fixed seed).
 */
@Component
@Profile("!command")
@Order(56)
class BallotDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BallotDemoSeeder.class);

    static final String TANGLANG = "530326001001";
    static final String ESTATE = "堂琅花园";
    static final String DEVELOPER = "会泽堂琅置业有限公司（演示）";
    static final String JUMIN_OWNER = "李春华";
    private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘".split("");
    private static final String[] GIVEN = {"建国", "秀英", "志强", "丽华", "海燕", "国华", "永福", "桂芳", "文斌", "红梅",
            "德明", "玉兰", "光荣", "春燕", "晓东", "金凤", "明亮", "淑珍", "家旺", "翠花", "天佑", "美玲", "兴华", "云飞"};
    private static final String[] ROOM_AREAS = {"89.56", "112.38", "128.07", "143.50"};

    private final DatabaseMode mode;
    private final TerritoryApi territory;
    private final EstateService estates;
    private final EstateRepository estateRows;
    private final BallotService ballots;
    private final VoteCasting votes;
    private final Clock clock;

    BallotDemoSeeder(DatabaseMode mode, TerritoryApi territory, EstateService estates, EstateRepository estateRows,
                     BallotService ballots, VoteCasting votes, Clock clock) {
        this.clock = clock;
        this.mode = mode;
        this.territory = territory;
        this.estates = estates;
        this.estateRows = estateRows;
        this.ballots = ballots;
        this.votes = votes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || territory.division(TANGLANG).isEmpty() || estateRows.count() > 0) {
            return;
        }
        CurrentUser system = new CurrentUser(0, "system", "演示数据",
                List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, TANGLANG, null)));
        long estate = estates.create(system, new EstateService.NewEstate(ESTATE, TANGLANG, roster()));
        List<String> owners = estateRows.owners(estate).stream().map(EstateOwner::name)
                .filter(n -> !n.equals(JUMIN_OWNER)).toList();
        SplittableRandom random = new SplittableRandom(20_260_278L);

        long open = ballots.create(system, new BallotService.NewBallot(estate, null, "关于续聘物业服务企业的表决", "ORDINARY",
                false, OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET).plusDays(14).withNano(0).toString(), true, null));
        for (String owner : owners.subList(0, 48)) {
            VoteChoice choice = random.nextInt(10) < 7 ? VoteChoice.YES : random.nextBoolean() ? VoteChoice.NO : VoteChoice.ABSTAIN;
            votes.paper(system, open, new VoteCasting.PaperVote(owner, null, choice.name(), null));
        }

        long closed = ballots.create(system, new BallotService.NewBallot(estate, null,
                "关于使用专项维修资金更换 3 栋电梯的表决", "MAJOR", true,
                OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET).plusDays(1).withNano(0).toString(), false, null));
        List<String> voters = new ArrayList<>(owners.subList(0, 96));
        for (String owner : voters) {
            int roll = random.nextInt(100);
            VoteChoice choice = roll < 86 ? VoteChoice.YES : roll < 95 ? VoteChoice.NO : VoteChoice.ABSTAIN;
            votes.paper(system, closed, new VoteCasting.PaperVote(owner, null, choice.name(), null));
        }
        var result = ballots.close(system, closed);
        log.info("演示数据：{}（{} 位业主）及表决 2 项，其中已结束 1 项：{}", ESTATE, owners.size() + 1,
                result.passed() ? "通过" : "未通过");
    }

    /** 5 buildings × 2 entrances × 6 floors × 2 homes; deterministic owners, some with two homes. */
    static List<EstateService.NewUnit> roster() {
        SplittableRandom random = new SplittableRandom(530_326_001_001L);
        List<EstateService.NewUnit> units = new ArrayList<>();
        String previousOwner = null;
        int n = 0;
        for (int building = 1; building <= 5; building++) {
            for (int entrance = 1; entrance <= 2; entrance++) {
                for (int floor = 1; floor <= 6; floor++) {
                    for (int home = 1; home <= 2; home++) {
                        String unit = building + "-" + entrance + "-" + floor + String.format("%02d", home);
                        String area = ROOM_AREAS[(entrance - 1) * 2 + home - 1];
                        if (random.nextInt(4) == 0) {   // a surveyed area differing in the decimals
                            area = new java.math.BigDecimal(area).add(java.math.BigDecimal.valueOf(random.nextInt(-150, 150), 2))
                                    .toPlainString();
                        }
                        boolean unsold = building == 5 && floor >= 5;
                        String owner;
                        String username = null;
                        if (unsold) {
                            owner = DEVELOPER;
                        } else if (unit.equals("1-1-301")) {
                            owner = JUMIN_OWNER;
                            username = "jumin";
                        } else if (home == 2 && previousOwner != null && n % 13 == 0) {
                            owner = previousOwner;   // a buyer of both homes on the landing
                        } else {
                            owner = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                                    + "（" + unit + "）";
                        }
                        units.add(new EstateService.NewUnit(unit, owner, area, unsold, username));
                        previousOwner = unsold || username != null ? null : owner;
                        n++;
                    }
                }
            }
        }
        return units;
    }
}
