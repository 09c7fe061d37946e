package org.jiceng.party.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
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
 * Demo mode only: 堂琅社区's 双报到 co-building, so the pages show something at once: a few needs, the offer of the
 * first unit registered there and one project made of them. Runs while the community has no needs yet.
 */
@Component
@Profile("!command")
@Order(43)
class CoBuildingDemoSeeder implements ApplicationRunner {

    static final String COMMUNITY = "530326001001";

    private final DatabaseMode mode;
    private final JdbcClient jdbc;
    private final Clock clock;

    CoBuildingDemoSeeder(DatabaseMode mode, JdbcClient jdbc, Clock clock) {
        this.mode = mode;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        boolean seeded = jdbc.sql("select exists (select 1 from party.need where community_code = :c)")
                .param("c", COMMUNITY).query(Boolean.class).single();
        List<Long> units = jdbc.sql("""
                        select id from party.dual_registration where community_code = :c and unit_name is not null
                        order by id limit 1""").param("c", COMMUNITY).query(Long.class).list();
        if (seeded || units.isEmpty()) {
            return;
        }
        LocalDate today = Beijing.today(clock);
        need("为独居老人李奶奶换一台电饭煲", "李奶奶家的电饭煲坏了，希望有爱心人士帮忙换一台。", "WISH", today.plusDays(30));
        need("周末四点半课堂志愿辅导", "双职工家庭孩子放学后无人照看，需要志愿者周末辅导作业。", "SERVICE", null);
        long lane = need("老旧小区楼道灯维修", "3 栋、5 栋楼道灯损坏，夜间出行不便。", "PROJECT", today.plusDays(60));
        long unit = units.getFirst();
        long offer = jdbc.sql("""
                        insert into party.offer (county, community_code, registration_id, title, description, available,
                            status, created_by)
                        values ('530326', :c, :unit, '电工维修服务', '单位党员电工义务维修楼道照明和线路。', '每周六上午',
                            'MATCHED', 0) returning id""")
                .param("c", COMMUNITY).param("unit", unit).query(Long.class).single();
        long project = jdbc.sql("""
                        insert into party.project (county, community_code, title, lead_registration_id, starts_on, ends_on,
                            status, created_by)
                        values ('530326', :c, '点亮楼道', :unit, :start, :end, 'ACTIVE', 0) returning id""")
                .param("c", COMMUNITY).param("unit", unit).param("start", today.minusDays(7))
                .param("end", today.plusDays(60)).query(Long.class).single();
        jdbc.sql("insert into party.project_need (county, project_id, need_id) values ('530326', :p, :n)")
                .param("p", project).param("n", lane).update();
        jdbc.sql("insert into party.project_offer (county, project_id, offer_id) values ('530326', :p, :o)")
                .param("p", project).param("o", offer).update();
        jdbc.sql("update party.need set status = 'IN_PROJECT' where id = :n").param("n", lane).update();
        jdbc.sql("""
                        insert into party.service_hours (county, community_code, project_id, registration_id, served_on,
                            minutes, description, status, reported_by)
                        values ('530326', :c, :p, :unit, :on, 120, '更换 3 栋楼道灯 6 盏', 'REPORTED', 0)""")
                .param("c", COMMUNITY).param("p", project).param("unit", unit).param("on", today.minusDays(1)).update();
    }

    private long need(String title, String description, String kind, LocalDate wantedBy) {
        return jdbc.sql("""
                        insert into party.need (county, community_code, title, description, kind, wanted_by, status,
                            created_by)
                        values ('530326', :c, :title, :description, :kind, :wantedBy, 'OPEN', 0) returning id""")
                .param("c", COMMUNITY).param("title", title).param("description", description).param("kind", kind)
                .param("wantedBy", wantedBy).query(Long.class).single();
    }
}
