package org.jiceng.party.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.platform.DatabaseMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, after the tree: the demo 大党委 gets its committee, three member units and a 联席会议 (seed 004),
 * so that 组织建设 shows a grand committee at work. Runs once, while no committee has been elected anywhere.
 */
@Component
@Profile("!command")
@Order(41)
class OrganisationDemoSeeder implements ApplicationRunner {

    static final long SYSTEM = 0;

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationDemoSeeder(DatabaseMode mode, JdbcClient jdbc, Clock clock) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.demo() || jdbc.sql("select exists (select 1 from party.committee_election)").query(Boolean.class).single()) {
            return;
        }
        var grand = jdbc.sql("select id from party.organisation where kind = 'GRAND' and dissolved_on is null order by id limit 1")
                .query(Long.class).optional();
        if (grand.isEmpty()) {
            return;
        }
        long id = grand.get();
        LocalDate today = Beijing.today(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long election = jdbc.sql("""
                        insert into party.committee_election (organisation_id, starts_on, ends_on, recorded_by, recorded_at)
                        values (:org, :starts, :ends, :by, :at) returning id""")
                .param("org", id).param("starts", today.minusYears(1)).param("ends", today.plusYears(4))
                .param("by", SYSTEM).param("at", now).query(Long.class).single();
        List<String[]> seats = List.of(new String[] {"SECRETARY", "周建国"}, new String[] {"DEPUTY_SECRETARY", "陈丽华"},
                new String[] {"MEMBER", "刘志强"}, new String[] {"MEMBER", "杨春燕"}, new String[] {"MEMBER", "马俊"});
        for (int i = 0; i < seats.size(); i++) {
            jdbc.sql("insert into party.committee_seat (election_id, seat, post, holder_name) values (:e, :s, :p, :n)")
                    .param("e", election).param("s", i).param("p", seats.get(i)[0]).param("n", seats.get(i)[1]).update();
        }
        for (String[] unit : List.of(new String[] {"县第一中学党支部", "校园周边秩序和学生托管"},
                new String[] {"阳光小区物业服务中心党支部", "小区环境和维修"}, new String[] {"县供电局机关党支部", "老旧线路改造"})) {
            jdbc.sql("insert into party.member_unit (organisation_id, unit_name, duty, joined_on) values (:o, :n, :d, :j)")
                    .param("o", id).param("n", unit[0]).param("d", unit[1]).param("j", today.minusMonths(10)).update();
        }
        jdbc.sql("""
                        insert into party.joint_meeting (organisation_id, held_on, topic, attendees, decisions, recorded_by,
                            recorded_at) values (:o, :h, :t, :a, :d, :by, :at)""")
                .param("o", id).param("h", today.minusDays(20)).param("t", "阳光小区加装电梯和停车治理")
                .param("a", "县第一中学党支部、阳光小区物业服务中心党支部、县供电局机关党支部")
                .param("d", "物业党支部牵头征求住户意见；供电局党支部负责电梯线路勘察；下次联席会议通报进展")
                .param("by", SYSTEM).param("at", now).update();
        jdbc.sql("""
                        insert into party.organisation_event (organisation_id, kind, detail, actor_id, actor_name, at)
                        values (:o, 'COMMITTEE_ELECTED', '演示数据：选举产生委员会，书记 周建国', :by, '演示数据', :at)""")
                .param("o", id).param("by", SYSTEM).param("at", now).update();
    }
}
