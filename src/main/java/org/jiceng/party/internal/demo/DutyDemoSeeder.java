package org.jiceng.party.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.PostKind;
import org.jiceng.party.PostView;
import org.jiceng.party.internal.PartyService;
import org.jiceng.party.internal.duty.Campaigns;
import org.jiceng.party.internal.duty.DutyPosts;
import org.jiceng.party.internal.duty.Pledges;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodDuties;
import org.jiceng.platform.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: 堂琅社区's 设岗定责 posts, pledges (one kept), a "我是党员我先签" campaign, and the duties,
 * election record and last month's rating of its first 邻长s, made through the services as the county's party
 * administrator and the community's staff, once (while no duty post exists) and after the members and posts are
 * seeded.
 */
@Component
@Profile("!command")
@Order(44)
class DutyDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DutyDemoSeeder.class);
    static final String COMMUNITY = "530326001001";

    private final DatabaseMode mode;
    private final PartyService party;
    private final DutyPosts posts;
    private final Pledges pledges;
    private final Campaigns campaigns;
    private final NeighbourhoodDuties duties;
    private final JdbcClient jdbc;
    private final String county;
    private final Clock clock;

    DutyDemoSeeder(DatabaseMode mode, PartyService party, DutyPosts posts, Pledges pledges, Campaigns campaigns,
                   NeighbourhoodDuties duties, JdbcClient jdbc, @Value("${jiceng.demo.county}") String county,
                   Clock clock) {
        this.mode = mode;
        this.party = party;
        this.posts = posts;
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.duties = duties;
        this.jdbc = jdbc;
        this.county = county;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || !COMMUNITY.startsWith(county)
                || jdbc.sql("select exists (select 1 from party.duty_post)").query(Boolean.class).single()) {
            return;
        }
        List<MemberView> members = party.members(Scope.of(COMMUNITY), null, 8).items();
        if (members.size() < 6) {
            return;   // the members come from the register: nothing to show until they are there
        }
        // the party administrator sets posts and pledges; the community rates its 邻长s
        CurrentUser admin = new CurrentUser(0, "demo", "演示数据",
                List.of(new CurrentUser.Grant(Role.PARTY_ORG_ADMIN, county, null),
                        new CurrentUser.Grant(Role.VILLAGE_STAFF, COMMUNITY, null)));
        LocalDate today = Beijing.today(clock);
        String[][] dutyPosts = {
                {"MODEL", "垃圾分类示范岗", "带头分类投放，每周两次在投放点劝导邻居", "南门小区投放点"},
                {"VANGUARD", "文明劝导先锋岗", "劝导乱停乱放、占道经营，发现问题随手拍上报", "堂琅路沿街"},
                {"AREA", "党员责任区", "联系责任区住户，了解困难，协助网格员排查隐患", "第1网格东片"},
                {"SHOCK_TEAM", "防汛应急突击队", "汛期值守，协助转移低洼处老人和儿童", "河堤沿线"}};
        for (int i = 0; i < dutyPosts.length; i++) {
            String[] p = dutyPosts[i];
            posts.create(new DutyPosts.Request(p[0], p[1], p[2], p[3], members.get(i).id(), today.minusMonths(3 - i % 3)
                    .toString(), null), admin);
        }
        String[] promised = {"每周为独居老人代购一次药品", "带头拆除自家院内违建", "为小区加装电梯协调到位"};
        for (int i = 0; i < promised.length; i++) {
            long id = pledges.make(new Pledges.Request(members.get(i + 1).id(), promised[i],
                    today.plusDays(30L * (i + 1)).toString()), admin);
            if (i == 0) {
                pledges.progress(id, new Pledges.Progress("已为 3 位老人代购药品"), admin);
                pledges.close(id, new Pledges.Closing("KEPT", null, "已为 3 位独居老人每周代购药品，按时兑现", null), admin);
            }
        }
        long campaign = campaigns.start(new Campaigns.Request(COMMUNITY, "拆除违建 我是党员我先签",
                "党员带头自拆自家违建，带动群众", today.minusDays(7).toString(), null), admin);
        for (MemberView member : members.subList(0, 4)) {
            campaigns.sign(campaign, new Campaigns.Signing(member.id()), admin);
        }
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        List<PostView> linZhang = party.posts(COMMUNITY, Scope.everything()).stream()
                .filter(p -> p.kind() == PostKind.LIN_ZHANG).limit(2).toList();
        for (PostView post : linZhang) {
            duties.addDuty(post.id(), new NeighbourhoodDuties.DutyRequest("REPORTING", "每周走访本邻各户，发现问题及时上报"), admin);
            duties.addDuty(post.id(), new NeighbourhoodDuties.DutyRequest("AGENCY", "为行动不便的老人代办社保、医保事项"), admin);
            if (!post.since().isAfter(today)) {
                duties.elect(post.id(), new NeighbourhoodDuties.ElectionRequest(post.since().toString(),
                        "HOUSEHOLD_VOTE", 15, 18, "本邻户代表会议推选，到会 18 户，得票 15 票"), admin);
            }
            if (!lastMonth.isBefore(YearMonth.from(post.since()))) {
                duties.evaluate(post.id(), new NeighbourhoodDuties.EvaluationRequest(lastMonth.toString(),
                        post == linZhang.getFirst() ? "EXCELLENT" : "GOOD", "走访及时，上报准确"), admin);
            }
        }
        log.info("演示数据：堂琅社区设岗定责 {} 个、承诺 {} 项、先签活动 1 个、邻长职责 {} 人", dutyPosts.length,
                promised.length, linZhang.size());
    }
}
