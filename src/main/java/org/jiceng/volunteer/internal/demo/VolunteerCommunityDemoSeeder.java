package org.jiceng.volunteer.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.volunteer.internal.Volunteers;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: 堂琅社区's 时间银行 (a helper with deposits and a withdrawal for her mother, and the elderly woman
 * she serves, whose latest service waits to be confirmed), last month's published 红榜 and two spots to claim, so the
 * pages show something at once. Runs while the community has no time-bank account yet.
 */
@Component
@Profile("!command")
@Order(92)
class VolunteerCommunityDemoSeeder implements ApplicationRunner {

    static final String COMMUNITY = "530326001001";

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final Volunteers volunteers;
    private final Clock clock;

    VolunteerCommunityDemoSeeder(DatabaseMode mode, JdbcClient jdbc, Volunteers volunteers, Clock clock) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        boolean seeded = jdbc.sql("select exists (select 1 from volunteer.time_account where community_code = :c)")
                .param("c", COMMUNITY).query(Boolean.class).single();
        if (seeded) {
            return;
        }
        LocalDate today = Beijing.today(clock);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET);
        long helper = account(member("杨春梅"), "杨春梅", now);
        long elder = account(member("何秀英"), "何秀英", now);
        entry(helper, "DEPOSIT", 120, 120, "何秀英", "为何秀英奶奶打扫卫生、代买药品", today.minusDays(6), now);
        entry(helper, "DEPOSIT", 90, 210, "何秀英", "陪同何秀英奶奶到县医院复查", today.minusDays(3), now);
        entry(helper, "WITHDRAWAL", -60, 150, "母亲 杨玉兰", "为母亲杨玉兰上门理发", today.minusDays(1), now);
        jdbc.sql("""
                        insert into volunteer.time_service (county, community_code, account_id, served_name,
                            served_account_id, description, served_on, minutes, recorded_by, recorded_by_name, on_behalf,
                            created_at)
                        values ('530326', :c, :a, '何秀英', :served, '陪何秀英奶奶聊天、读报', :on, 60, 0, '杨春梅', false,
                            :at)""")
                .param("c", COMMUNITY).param("a", helper).param("served", elder).param("on", today)
                .param("at", now).update();

        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        long list = jdbc.sql("""
                        insert into volunteer.red_list (county, community_code, month, status, created_by, published_by,
                            published_at)
                        values ('530326', :c, :m, 'PUBLISHED', 0, 0, :at) returning id""")
                .param("c", COMMUNITY).param("m", lastMonth).param("at", now).query(Long.class).single();
        red(list, "VOLUNTEER", "杨春梅", 510, null, now);
        red(list, "HOUSEHOLD", "李家（3 栋）", null, "邻里互助记录 6 次，楼栋长推荐、两委核实", now);
        red(list, "NEIGHBOUR_HEAD", "5 栋邻长 赵师傅", null, "楼栋议事 4 次、化解邻里纠纷 2 起，两委核实", now);

        spot("GREEN_SPACE", "堂琅花园东侧绿地", "约 200 平方米，需定期浇水、除草、捡拾垃圾", now);
        spot("PUBLIC_SPOT", "社区文化广场宣传栏", "每月更新一次宣传内容，保持整洁", now);
    }

    private long member(String name) {
        return volunteers.register(new Volunteers.NewVolunteer(COMMUNITY, null, null, name, null, List.of(), ""));
    }

    private long account(long volunteer, String name, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into volunteer.time_account (county, community_code, volunteer_id, name, opened_at)
                        values ('530326', :c, :v, :name, :at) returning id""")
                .param("c", COMMUNITY).param("v", volunteer).param("name", name).param("at", at)
                .query(Long.class).single();
    }

    private void entry(long account, String kind, int minutes, int after, String beneficiary, String description,
                       LocalDate on, OffsetDateTime at) {
        jdbc.sql("""
                        insert into volunteer.time_entry (county, account_id, community_code, kind, minutes,
                            balance_after, beneficiary, description, occurred_on, acted_by, acted_by_name, on_behalf,
                            created_at)
                        values ('530326', :a, :c, :kind, :minutes, :after, :beneficiary, :description, :on, 0, '堂琅社区',
                            false, :at)""")
                .param("a", account).param("c", COMMUNITY).param("kind", kind).param("minutes", minutes)
                .param("after", after).param("beneficiary", beneficiary).param("description", description)
                .param("on", on).param("at", at).update();
        jdbc.sql("update volunteer.time_account set balance = :b where id = :a").param("b", after).param("a", account)
                .update();
    }

    private void red(long list, String category, String name, Integer minutes, String evidence, OffsetDateTime at) {
        jdbc.sql("""
                        insert into volunteer.red_entry (county, list_id, category, display_name, minutes, evidence,
                            verified_by, created_at)
                        values ('530326', :l, :category, :name, :minutes, :evidence, 0, :at)""")
                .param("l", list).param("category", category).param("name", name).param("minutes", minutes)
                .param("evidence", evidence).param("at", at).update();
    }

    private void spot(String kind, String name, String description, OffsetDateTime at) {
        jdbc.sql("""
                        insert into volunteer.claim_spot (county, community_code, kind, name, description, created_by,
                            created_at)
                        values ('530326', :c, :kind, :name, :description, 0, :at)""")
                .param("c", COMMUNITY).param("kind", kind).param("name", name).param("description", description)
                .param("at", at).update();
    }
}
