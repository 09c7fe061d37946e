package org.jiceng.assessment.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.assessment.internal.inspection.Inspections;
import org.jiceng.assessment.internal.inspection.Letters;
import org.jiceng.assessment.internal.inspection.Rectification;
import org.jiceng.assessment.internal.lists.PowerLists;
import org.jiceng.assessment.internal.lists.VillageTasks;
import org.jiceng.identity.IdentityApi;
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
 * Demo mode only: the county's 小微权力清单 and 工作准入清单, 古城街道's 权责清单, an inspection of 古城街道 with
 * findings in every state, a recommendation letter and two tasks sent to 堂琅社区. Made through the services as the
 * demo accounts who would make them, once: a data directory that has the lists already is left alone.
 */
@Component
@Profile("!command")
@Order(102)
class InspectionDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InspectionDemoSeeder.class);
    private static final String GUCHENG = "530326001";
    private static final String TANGLANG = "530326001001";

    private final DatabaseMode mode;
    private final IdentityApi identity;
    private final PowerLists lists;
    private final VillageTasks tasks;
    private final Inspections inspections;
    private final Rectification rectification;
    private final Letters letters;
    private final JdbcClient jdbc;
    private final String county;
    private final Clock clock;

    InspectionDemoSeeder(DatabaseMode mode, IdentityApi identity, PowerLists lists, VillageTasks tasks,
                         Inspections inspections, Rectification rectification, Letters letters, JdbcClient jdbc,
                         @Value("${jiceng.demo.county}") String county, Clock clock) {
        this.mode = mode;
        this.identity = identity;
        this.lists = lists;
        this.tasks = tasks;
        this.inspections = inspections;
        this.rectification = rectification;
        this.letters = letters;
        this.jdbc = jdbc;
        this.county = county;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || jdbc.sql("select count(*) from assessment.power_list").query(Long.class).single() > 0) {
            return;
        }
        Optional<CurrentUser> admin = identity.findByUsername("admin");
        Optional<CurrentUser> town = identity.findByUsername("gucheng");
        Optional<CurrentUser> team = identity.findByUsername("xuncha");
        Optional<CurrentUser> village = identity.findByUsername("shequ");
        Optional<CurrentUser> dept = identity.findByUsername("bumen");
        if (admin.isEmpty() || town.isEmpty() || team.isEmpty() || village.isEmpty() || dept.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        long admission = lists(admin.get(), town.get());
        tasks(town.get(), village.get(), admission);
        inspection(team.get(), town.get(), village.get(), dept.get());
        log.info("演示数据：已生成权力清单、村级任务和巡察整改（{} ms）", (System.nanoTime() - started) / 1_000_000);
    }

    private long lists(CurrentUser admin, CurrentUser town) {
        long micro = lists.draft(new PowerLists.ListRequest("MICRO_POWER", county, "会泽县村级小微权力清单", null, false,
                PowerListDemoContent.microPower()), admin);
        lists.publish(micro, admin);
        long admission = lists.draft(new PowerLists.ListRequest("ADMISSION", county, "会泽县村级组织工作事项准入清单",
                "第一版，试行", false, PowerListDemoContent.admission()), admin);
        lists.publish(admission, admin);
        long revised = lists.draft(new PowerLists.ListRequest("ADMISSION", county, "会泽县村级组织工作事项准入清单",
                "清单外事项确需村(社区)协助的，说明理由后报县委社会工作部审核", true, PowerListDemoContent.admission()), admin);
        lists.publish(revised, admin);
        long duties = lists.draft(new PowerLists.ListRequest("TOWN_DUTIES", GUCHENG, "古城街道权责清单", null, false,
                PowerListDemoContent.townDuties()), town);
        lists.publish(duties, town);
        return revised;
    }

    private void tasks(CurrentUser town, CurrentUser village, long admission) {
        LocalDate today = Beijing.today(clock);
        var items = lists.detail(admission, town).items();
        long first = tasks.send(new VillageTasks.TaskRequest(TANGLANG, "汛前安全隐患排查",
                "排查辖区低洼院落、危旧房屋和河道沿线，月底前报送排查台账", today.plusDays(20).toString(),
                items.get(4).id(), null), town);
        tasks.accept(first, village);
        tasks.send(new VillageTasks.TaskRequest(TANGLANG, "协助开展辖区商户消费满意度调查",
                "每户商户发放问卷，两周内收回", today.plusDays(14).toString(), null,
                "县商务局临时工作，清单未列，需社区协助入户"), town);
    }

    private void inspection(CurrentUser team, CurrentUser town, CurrentUser village, CurrentUser dept) {
        LocalDate today = Beijing.today(clock);
        long id = inspections.record(new Inspections.InspectionRequest(GUCHENG, "县委第一巡察组对古城街道党工委的巡察",
                "古城街道党工委、办事处及所辖社区，县住房和城乡建设局驻街道项目", today.minusDays(60).toString(),
                today.minusDays(30).toString()), team);
        long late = inspections.find(id, new Inspections.FindingRequest("FUNDS",
                "堂琅社区 2025 年两笔集体资金支出未经居民代表会议讨论", TANGLANG, null,
                today.minusDays(5).toString()), team);
        rectification.progress(late, new Rectification.ProgressRequest("补开居民代表会议追认，修订资金支出审批流程",
                "已起草审批流程，待居民代表会议讨论", null), village);
        long returned = inspections.find(id, new Inspections.FindingRequest("CONDUCT",
                "街道便民服务中心窗口周末无人值守，群众反映办事难", GUCHENG, null, today.plusDays(20).toString()), team);
        rectification.progress(returned, new Rectification.ProgressRequest("实行周末轮值，公示值班电话", null, null), town);
        rectification.submit(returned, town);
        rectification.giveBack(returned, "未提供值班表和群众回访记录", team);
        long done = inspections.find(id, new Inspections.FindingRequest("GOVERNANCE",
                "老旧小区改造项目进度公开不及时", null, dept.unitId().orElse(null), today.plusDays(10).toString()), team);
        rectification.progress(done, new Rectification.ProgressRequest("每月在小区公示栏和网上公开项目进度",
                "已公开 3 个月进度", null), dept);
        rectification.submit(done, dept);
        rectification.accept(done, team);
        inspections.find(id, new Inspections.FindingRequest("PARTY_BUILDING",
                "部分社区党组织“三会一课”记录不完整", GUCHENG, null, today.plusDays(30).toString()), team);
        letters.send(id, new Letters.LetterRequest("关于健全社区集体资金监管的建议",
                "建议街道对所辖社区集体资金支出实行月度抽查，并将结果纳入年度考核。", GUCHENG, null), team);
    }
}
