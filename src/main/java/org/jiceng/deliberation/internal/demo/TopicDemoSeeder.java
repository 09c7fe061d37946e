package org.jiceng.deliberation.internal.demo;

import org.jiceng.deliberation.internal.MeetingResolutionService;
import org.jiceng.deliberation.internal.MeetingService;
import org.jiceng.deliberation.internal.NoticeService;
import org.jiceng.deliberation.internal.TopicRepository;
import org.jiceng.deliberation.internal.TopicService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.MeetingView;
import org.jiceng.deliberation.ResolutionView;
import org.jiceng.deliberation.TopicAction;
import org.jiceng.deliberation.TopicView;
import org.jiceng.identity.IdentityApi;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.TerritoryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only, while there is no topic yet: 堂琅社区's topics in different steps of 六步议事, a 民情晨会 that
 * put one on its agenda, resolved it and opened a case for it, the 楼长日 of the coming months and a few
 * notices. Everything goes through the services as the demo accounts would, in one transaction.
 */
@Component
@Profile("!command")
@Order(55)
class TopicDemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TopicDemoSeeder.class);
    static final String TANGLANG = "530326001001";

    private final DatabaseMode mode;
    private final IdentityApi identity;
    private final TerritoryApi territory;
    private final TopicRepository repository;
    private final TopicService topics;
    private final MeetingService meetings;
    private final MeetingResolutionService resolutions;
    private final NoticeService notices;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TopicDemoSeeder(DatabaseMode mode, IdentityApi identity, TerritoryApi territory, TopicRepository repository,
                    TopicService topics, MeetingService meetings, MeetingResolutionService resolutions,
                    NoticeService notices, PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.mode = mode;
        this.identity = identity;
        this.territory = territory;
        this.repository = repository;
        this.topics = topics;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.notices = notices;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo() || repository.count() > 0 || territory.division(TANGLANG).isEmpty()) {
            return;
        }
        Optional<CurrentUser> shequ = identity.findByUsername("shequ");
        Optional<CurrentUser> jumin = identity.findByUsername("jumin");
        Optional<CurrentUser> wangge = identity.findByUsername("wangge");
        if (shequ.isEmpty() || jumin.isEmpty() || wangge.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> seed(shequ.get(), jumin.get(), wangge.get()));
        } catch (RuntimeException e) {
            // the demo starts without these examples rather than not at all; nothing of them was written
            log.warn("演示数据：堂琅社区的议题与会议未能生成：{}", e.getMessage(), e);
        }
    }

    private void seed(CurrentUser staff, CurrentUser resident, CurrentUser gridWorker) {
        LocalDate today = Beijing.today(clock);
        TopicView lamp = propose(resident, "小区南门加装路灯", "南门到菜市场一段没有路灯，晚上老人买菜回来看不清台阶，希望加装两盏路灯。");
        TopicView clutter = propose(gridWorker, "3 号楼楼道杂物清理", "3 号楼一至三单元楼道堆放纸箱和旧家具，有消防隐患，建议组织清理并约定不再堆放。");
        TopicView drain = propose(resident, "彩富巷雨后积水", "彩富巷地势低，每次下雨积水排不出去，请社区和施工方一起想办法。");
        TopicView dogs = propose(staff, "修订居民公约：文明养犬", "近来犬只扰民和随地便溺的反映较多，建议把文明养犬写进居民公约。");
        TopicView dance = propose(resident, "广场舞时间调整", "建议把广场舞改到晚上十点以后，天气凉快。");

        topics.support(resident, clutter.id());
        topics.comment(resident, clutter.id(), new TopicService.CommentRequest("同意，楼道里的纸箱很容易着火。"));
        topics.act(staff, dance.id(), TopicAction.DECLINE,
                new TopicService.ActionRequest("晚上十点以后跳舞会影响周边居民休息，不符合居民公约，不予立项。", null));
        for (TopicAction action : List.of(TopicAction.CONFIRM, TopicAction.DELIBERATE)) {
            topics.act(staff, dogs.id(), action, new TopicService.ActionRequest(null, null));
        }
        topics.act(staff, dogs.id(), TopicAction.RESOLVE,
                new TopicService.ActionRequest("居民公约增加文明养犬条款：出门牵绳、及时清理粪便、不在楼道内饲养。", null));
        topics.act(staff, dogs.id(), TopicAction.EXECUTE, new TopicService.ActionRequest("公约修订稿张贴到各楼栋。", null));
        topics.act(staff, dogs.id(), TopicAction.REVIEW,
                new TopicService.ActionRequest("居民代表评议：满意。犬只扰民的反映明显减少。", null));

        MeetingView morning = meetings.create(staff, new MeetingService.MeetingRequest(MeetingKind.MORNING.name(), "民情晨会",
                TANGLANG, today.minusDays(2).toString(), "08:00", "堂琅社区党群服务中心"));
        meetings.addToAgenda(staff, morning.id(), new MeetingService.AgendaRequest(lamp.id(), null));
        meetings.addToAgenda(staff, morning.id(), new MeetingService.AgendaRequest(null, "通报上周诉求办理情况"));
        meetings.addAttendance(staff, morning.id(), new MeetingService.AttendanceRequest(List.of(
                new MeetingService.AttendeeRequest("李国华", "社区两委"), new MeetingService.AttendeeRequest("王秀英", "社区党员"),
                new MeetingService.AttendeeRequest("赵建新", "居民代表"), new MeetingService.AttendeeRequest("刘明", "网格员"),
                new MeetingService.AttendeeRequest("陈立", "驻区单位"), new MeetingService.AttendeeRequest("杨春梅", "楼长"))));
        meetings.recordMinutes(staff, morning.id(), new MeetingService.MinutesRequest(
                "一、通报上周诉求办理情况。\n二、协商南门路灯：居民代表反映南门到菜市场一段夜间无照明；驻区单位同意协调电力。"
                        + "会议同意由社区报请加装两盏路灯。", null));
        ResolutionView lampResolution = resolutions.record(staff, morning.id(), new MeetingResolutionService.ResolutionRequest(
                "由社区报请在南门到菜市场一段加装路灯两盏，一个月内完成，网格员跟踪进度。", lamp.id()));
        resolutions.openCase(staff, lampResolution.id(), new MeetingResolutionService.CaseRequest("0301",
                "会议决议：南门到菜市场一段加装路灯两盏", null, null, "堂琅社区南门至菜市场"));
        resolutions.publish(staff, lampResolution.id(), new NoticeService.PublishRequest(null, today.minusDays(1).toString(), null));

        MeetingService.Series days = meetings.schedule(staff, new MeetingService.ScheduleRequest(
                MeetingKind.BUILDING_LEADERS_DAY.name(), "楼长日", TANGLANG, today.toString(), 6, "FRIDAY", 1, "15:00",
                "网格党支部活动室"));
        meetings.addToAgenda(staff, days.meetings().getFirst().id(), new MeetingService.AgendaRequest(drain.id(), null));

        notices.publish(staff, new NoticeService.NoticeRequest(TANGLANG, "城乡居民医保缴费提醒",
                "本年度城乡居民基本医疗保险缴费已开始，请各户在截止日前通过社区或手机缴费。有困难的居民请联系网格员。",
                today.minusDays(3).toString(), today.plusDays(30).toString()));
        notices.publish(staff, new NoticeService.NoticeRequest(TANGLANG, "社区“两委”联系电话与值班安排",
                "工作日 8:30—17:30 在党群服务中心值班，周末由网格员轮值。", today.minusDays(10).toString(), null));
        log.info("演示数据：堂琅社区议题 5 个、民情晨会 1 次（决议 1 项、交办案件 1 件）、楼长日 {} 次、公示 3 条",
                days.meetings().size());
    }

    private TopicView propose(CurrentUser user, String title, String description) {
        return topics.propose(user, new TopicService.Proposal(title, description, null));
    }
}
