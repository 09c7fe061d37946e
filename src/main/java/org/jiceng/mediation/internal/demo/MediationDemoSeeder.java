package org.jiceng.mediation.internal.demo;

import org.jiceng.mediation.internal.DetailRepository;
import org.jiceng.mediation.internal.DisputeRepository;
import org.jiceng.mediation.internal.DisputeRules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.MediatorKind;
import org.jiceng.mediation.PartyRole;
import org.jiceng.mediation.Referral;
import org.jiceng.mediation.RiskLevel;
import org.jiceng.mediation.SessionMode;
import org.jiceng.platform.DatabaseMode;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: five disputes of 堂琅社区 in different states — one settled by an agreement with a follow-up
 * visit (the demo resident {@code jumin} is its applicant), one being mediated online, one escalated to the
 * town's centre, one referred to a lawsuit, one just registered in a grid. Only while there are no disputes.
 */
@Component
@Profile("!command")
@Order(60)
class MediationDemoSeeder implements ApplicationRunner {

    static final String TANGLANG = "530326001001";

    private final DatabaseMode mode;
    private final TerritoryApi territory;
    private final IdentityApi identity;
    private final DisputeRepository disputes;
    private final DetailRepository details;
    private final Clock clock;

    MediationDemoSeeder(DatabaseMode mode, TerritoryApi territory, IdentityApi identity, DisputeRepository disputes,
                        DetailRepository details, Clock clock) {
        this.clock = clock;
        this.mode = mode;
        this.territory = territory;
        this.identity = identity;
        this.disputes = disputes;
        this.details = details;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.demo() || disputes.count() > 0 || territory.division(TANGLANG).isEmpty()) {
            return;
        }
        List<GridView> grids = territory.grids(TANGLANG, Scope.everything());
        String grid = grids.isEmpty() ? TANGLANG : grids.getFirst().code();
        Long jumin = identity.findByUsername("jumin").map(u -> u.id()).orElse(null);
        Instant now = clock.instant();

        long agreed = dispute("东风巷相邻通行纠纷", "两户因院墙外扩占用公共通道约半米发生争执，多次口角", DisputeType.NEIGHBOUR,
                RiskLevel.YELLOW, MediationLevel.VILLAGE, grid, now.minus(Duration.ofDays(30)));
        details.addParty(agreed, "居民（演示）", PartyRole.APPLICANT, false, "13800001234", jumin);
        details.addParty(agreed, "李国华", PartyRole.RESPONDENT, false, null, null);
        details.addMediator(agreed, "赵明", MediatorKind.JUDICIAL_OFFICE, "古城街道司法所");
        details.addMediator(agreed, "孙丽", MediatorKind.COMMUNITY_WORKER, "堂琅社区居委会");
        details.addSession(agreed, now.minus(Duration.ofDays(25)), SessionMode.IN_PERSON, "堂琅社区调解室",
                "双方到场陈述，现场查看院墙位置，李家同意退让通道。", "shequ");
        details.addAgreement(agreed, "李国华家院墙外扩约半米，占用两户共用通道，影响通行。",
                "一、李国华于2026年6月30日前拆除外扩部分院墙，恢复通道原宽；二、拆除费用由双方各承担一半；三、双方今后互谅互让，不再因此事发生争执。",
                "按第一项所定期限履行，社区负责回访。", now.minus(Duration.ofDays(25)), "shequ");
        details.addFollowUp(agreed, now.minus(Duration.ofDays(5)), false, "院墙已开始拆除，双方关系缓和。", "shequ");
        conclude(agreed, DisputeState.AGREED, MediationLevel.VILLAGE, now.minus(Duration.ofDays(25)), null, null);

        long online = dispute("锦绣小区物业费与漏水维修纠纷", "业主以楼顶漏水未修为由拒交物业费，物业公司催缴，双方争执", DisputeType.PROPERTY,
                RiskLevel.GREEN, MediationLevel.VILLAGE, TANGLANG, now.minus(Duration.ofDays(10)));
        details.addParty(online, "王建", PartyRole.APPLICANT, false, null, null);
        details.addParty(online, "会泽锦绣物业服务有限公司", PartyRole.RESPONDENT, true, null, null);
        details.addMediator(online, "刘律师", MediatorKind.LAWYER, "云南会泽律师事务所");
        details.addMediator(online, "陈红", MediatorKind.PARTY_VOLUNTEER, "堂琅社区第一党支部");
        details.addSession(online, now.minus(Duration.ofDays(8)), SessionMode.ONLINE, "指尖上的移动调解室（微信群）",
                "线上说明漏水情况，物业同意一周内派人查看。", "shequ");
        conclude(online, DisputeState.MEDIATING, MediationLevel.VILLAGE, null, null, null);

        long wages = dispute("装修工程欠薪纠纷", "六名工人称装修老板拖欠工资三个月，情绪激动，扬言集体上访", DisputeType.LABOUR,
                RiskLevel.RED, MediationLevel.VILLAGE, TANGLANG, now.minus(Duration.ofDays(6)));
        details.addParty(wages, "杨师傅等六人", PartyRole.APPLICANT, false, null, null);
        details.addParty(wages, "周某装修队", PartyRole.RESPONDENT, true, null, null);
        details.addMediator(wages, "马警官", MediatorKind.COMMUNITY_POLICE, "古城派出所");
        details.addSession(wages, now.minus(Duration.ofDays(5)), SessionMode.IN_PERSON, "堂琅社区调解室",
                "老板称工程款未结清，双方分歧大。", "shequ");
        conclude(wages, DisputeState.MEDIATING, MediationLevel.TOWN, null, null, null);

        long damages = dispute("电动车碰撞损害赔偿纠纷", "电动车与行人碰撞致轻伤，双方就医药费和误工费数额争执", DisputeType.DAMAGES,
                RiskLevel.GREEN, MediationLevel.VILLAGE, grid, now.minus(Duration.ofDays(40)));
        details.addParty(damages, "何文", PartyRole.APPLICANT, false, null, null);
        details.addParty(damages, "罗斌", PartyRole.RESPONDENT, false, null, null);
        details.addMediator(damages, "赵明", MediatorKind.JUDICIAL_OFFICE, "古城街道司法所");
        details.addSession(damages, now.minus(Duration.ofDays(35)), SessionMode.IN_PERSON, "堂琅社区调解室",
                "双方对误工费差距过大，未能达成一致。", "shequ");
        conclude(damages, DisputeState.REFERRED, MediationLevel.VILLAGE, now.minus(Duration.ofDays(35)),
                Referral.LAWSUIT, "赔偿数额分歧大，已告知向人民法院起诉的途径");

        long family = dispute("赡养老人纠纷", "兄弟二人对母亲赡养费分担有分歧", DisputeType.FAMILY,
                RiskLevel.GREEN, grid.length() == 15 ? MediationLevel.GRID : MediationLevel.VILLAGE, grid,
                now.minus(Duration.ofDays(1)));
        details.addParty(family, "张大勇", PartyRole.APPLICANT, false, null, null);
        details.addParty(family, "张小勇", PartyRole.RESPONDENT, false, null, null);
    }

    private long dispute(String title, String summary, DisputeType type, RiskLevel risk, MediationLevel level,
                         String place, Instant at) {
        int year = LocalDate.ofInstant(at, Beijing.ZONE).getYear();
        String number = "%s-%d-%05d".formatted(place.substring(0, 6), year, disputes.nextNumber(place.substring(0, 6), year));
        long id = disputes.insert(new DisputeRepository.NewDispute(number, title, summary, type, risk, level, place,
                null, "shequ", at));
        disputes.appendEvent(id, at, "shequ", DisputeRules.Step.REGISTER.path(), null, DisputeState.REGISTERED, null,
                level, "演示数据");
        return id;
    }

    private void conclude(long id, DisputeState state, MediationLevel level, Instant at, Referral referral, String note) {
        disputes.move(id, 0, state, level, at, referral, note);
        disputes.appendEvent(id, at == null ? clock.instant() : at, "shequ", "demo", DisputeState.REGISTERED, state,
                MediationLevel.VILLAGE, level, "演示数据");
    }
}
