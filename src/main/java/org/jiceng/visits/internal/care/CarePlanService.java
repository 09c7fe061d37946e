package org.jiceng.visits.internal.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.County;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.visits.CarePlanView;
import org.jiceng.visits.internal.Holders;
import org.jiceng.visits.internal.care.CareRequests.Candidate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and changing 一人一策 plans for a person, each step checked against {@link CareAccess}. */
@Service
public class CarePlanService {

    static final int TEXT_MAX = 2_000;
    static final String STALE = "该一人一策已被他人修改，请刷新后再改（当前版本与提交的版本不一致）";
    static final String CLOSED = "该一人一策已关闭，不能再修改";

    private final CarePlanRepository plans;
    private final CarePlans sync;
    private final CareAccess access;
    private final Clock clock;

    CarePlanService(CarePlanRepository plans, CarePlans sync, CareAccess access, Clock clock) {
        this.plans = plans;
        this.sync = sync;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return Beijing.today(clock);
    }

    /** The list filters as a request gives them: all optional. */
    public record Query(String territory, String tag, Boolean overdue, String responsible, String status) {
    }

    public Page<CarePlanView> list(CurrentUser user, Query query, String after, Integer limit) {
        CareAccess.Readers readers = CareAccess.readers(user);
        if (!readers.anyone()) {
            throw AccessPolicy.refusal(Resource.CARE_PLAN, Action.READ);
        }
        int size = Page.limit(limit);
        String territory = query.territory() == null || query.territory().isBlank() ? null : query.territory().strip();
        if (territory != null && !territory.matches("[0-9]{6,15}")) {
            throw new BadInputException("territory", "辖区（territory）须为 6 到 15 位区划或网格代码");
        }
        String tag = query.tag() == null || query.tag().isBlank() ? null : query.tag().strip();
        if (tag != null && !tag.matches("[A-Z_]{2,40}")) {
            throw new BadInputException("tag", "关怀标签（tag）须为标签代码，如 LIVING_ALONE_ELDERLY");
        }
        Boolean mine = null;
        if (query.responsible() != null && !query.responsible().isBlank()) {
            if (!query.responsible().equals("me")) {
                throw new BadInputException("responsible", "责任人（responsible）只能为 me（本人负责的）");
            }
            mine = true;
        }
        String status = query.status() == null || query.status().isBlank() ? "ACTIVE" : query.status().strip();
        if (!status.equals("ACTIVE") && !status.equals("CLOSED")) {
            throw new BadInputException("status", "状态（status）只能为 ACTIVE 或 CLOSED");
        }
        Cursor.DayId cursor = Cursor.dayId(after);
        LocalDate today = today();
        List<CarePlanView> rows = plans.list(readers.where(), readers.params(today),
                new CarePlanRepository.Filter(territory, tag, query.overdue(), mine, status), Holders.of(user),
                cursor == null ? null : cursor.day(), cursor == null ? 0 : cursor.id(), size, today);
        return Page.of(rows, size, last -> Cursor.of(last.nextDueOn(), last.id()));
    }

    public CarePlanView detail(CurrentUser user, long id) {
        LocalDate today = today();
        CarePlanView plan = plans.find(id, today).orElseThrow(() -> new NotFoundException(CareAccess.NOT_FOUND));
        access.checkRead(user, plan, today);
        return plan;
    }

    public boolean mayUpdate(CurrentUser user, CarePlanView plan) {
        return access.mayUpdate(user, plan, today());
    }

    /** Who may be named responsible for the plan: holders of active assignments covering its household. */
    public List<Candidate> candidates(CarePlanView plan) {
        return plans.candidates(plan.householdId(), County.of(plan.territoryCode()), plan.territoryCode(), today())
                .stream().map(c -> new Candidate(c.key(), c.kind(), c.id(), c.name(), c.title(), c.level())).toList();
    }

    @Transactional
    public CarePlanView update(CurrentUser user, long id, CareRequests.Change change) {
        CarePlanView plan = writable(user, id, change.version());
        LocalDate today = today();
        String kind = null;
        Long responsibleId = null;
        String name = null;
        boolean clear = false;
        if (change.responsibleKind() != null && !change.responsibleKind().isBlank()) {
            if (change.responsibleKind().equals("NONE")) {
                clear = true;
            } else {
                long wanted = Input.id(change.responsibleId(), "responsibleId", "责任人");
                Candidate chosen = candidates(plan).stream()
                        .filter(c -> c.kind().equals(change.responsibleKind()) && c.id() == wanted).findFirst()
                        .orElseThrow(() -> new BadInputException("responsibleId",
                                "责任人（responsibleId）须为本户包保链上在岗的责任人（户长、村组或包村包镇干部）"));
                kind = chosen.kind();
                responsibleId = chosen.id();
                name = chosen.name();
            }
        }
        int every = plan.visitEveryDays();
        boolean own = plan.ownFrequency();
        if (Boolean.TRUE.equals(change.tagFrequency())) {
            own = false;
            every = CareDue.everyDays(plan.tags(), sync.frequencies(County.of(plan.territoryCode())));
        } else if (change.visitEveryDays() != null) {
            if (!CareDue.validDays(change.visitEveryDays())) {
                throw new BadInputException("visitEveryDays", "走访频次（visitEveryDays）须为 1 到 366 天");
            }
            own = true;
            every = change.visitEveryDays();
        }
        String needs = change.needs() == null ? null : text(change.needs(), "needs", "需求");
        String measures = change.measures() == null ? null : text(change.measures(), "measures", "帮扶措施");
        boolean clearReview = change.reviewOn() != null && change.reviewOn().isBlank();
        LocalDate review = clearReview || change.reviewOn() == null ? null
                : Input.date(change.reviewOn(), "reviewOn", "复核日期", null);
        if (review != null && review.isBefore(plan.startsOn())) {
            throw new BadInputException("reviewOn", "复核日期（reviewOn）不能早于计划开始日期 " + plan.startsOn());
        }
        LocalDate due = CareDue.nextDue(plan.startsOn(), plan.lastVisitedOn(), every);
        if (!plans.update(id, County.of(plan.territoryCode()), change.version(), new CarePlanRepository.Change(kind,
                responsibleId, name, clear, every, own, needs, measures, review, clearReview, due))) {
            throw new ConflictException(STALE);
        }
        return plans.find(id, today).orElseThrow();
    }

    @Transactional
    public CarePlanView close(CurrentUser user, long id, CareRequests.Closing closing) {
        CarePlanView plan = writable(user, id, closing.version());
        String reason = Input.text(closing.reason(), "reason", "关闭原因", 1, 200);
        if (!plans.close(id, County.of(plan.territoryCode()), closing.version(), reason, user.id())) {
            throw new ConflictException(STALE);
        }
        return plans.find(id, today()).orElseThrow();
    }

    /** The plan, readable and changeable by the person, active and at the version they saw. */
    private CarePlanView writable(CurrentUser user, long id, Integer version) {
        CarePlanView plan = detail(user, id);
        access.checkUpdate(user, plan, today());
        if (version == null) {
            throw new BadInputException("version", "请提交版本号（version），以免覆盖他人的修改");
        }
        if (!plan.status().equals("ACTIVE")) {
            throw new ConflictException(CLOSED);
        }
        if (plan.version() != version) {
            throw new ConflictException(STALE);
        }
        return plan;
    }

    private static String text(String value, String field, String label) {
        String stripped = value.strip();
        if (org.jiceng.Text.length(stripped) > TEXT_MAX) {
            throw new BadInputException(field, label + "（" + field + "）不能超过 " + TEXT_MAX + " 个字");
        }
        return stripped;
    }

    /** The supervision list: overdue plans of {@code territory} (or all the person supervises) by responsible person. */
    public CareRequests.Overdue overdue(CurrentUser user, String territory) {
        Scope reads = AccessPolicy.scope(user, Resource.CARE_PLAN, Action.READ);
        if (reads.isEmpty()) {
            throw AccessPolicy.refusal(Resource.CARE_PLAN, Action.READ);
        }
        String where = territory == null || territory.isBlank() ? null : territory.strip();
        if (where != null && !where.matches("[0-9]{6,15}")) {
            throw new BadInputException("territory", "辖区（territory）须为 6 到 15 位区划或网格代码");
        }
        Scope scope = where == null ? reads : reads.narrowedTo(where);
        LocalDate today = today();
        long total = scope.isEmpty() ? 0 : plans.countOverdue(scope, today);
        List<CarePlanView> rows = scope.isEmpty() ? List.of() : plans.overdue(scope, today, Page.MAX_LIMIT * 4);
        Map<String, List<CarePlanView>> grouped = new LinkedHashMap<>();
        rows.forEach(p -> grouped.computeIfAbsent(p.responsibleKind() + ":" + p.responsibleId(), k -> new ArrayList<>()).add(p));
        List<CareRequests.OverdueGroup> groups = grouped.values().stream().map(g -> new CareRequests.OverdueGroup(
                g.getFirst().responsibleKind(), g.getFirst().responsibleId(), g.getFirst().responsibleShown(), g.size(),
                g.stream().mapToLong(CarePlanView::daysOverdue).max().orElse(0), g)).toList();
        return new CareRequests.Overdue(where == null ? user.homeTerritory() : where, total, groups);
    }

    public CareRequests.Frequencies frequencies(CurrentUser user, String county) {
        String code = county(user, county);
        if (!CareAccess.mayReadFrequencies(user, code)) {
            throw new NotFoundException("未找到该县的走访频次");
        }
        Map<String, Integer> own = sync.frequencies(code);
        return new CareRequests.Frequencies(code, sync.tags(code).stream().map(t -> new CareRequests.Frequency(t,
                CareDue.name(t), CareDue.daysFor(t, own), CareDue.DEFAULT_DAYS.getOrDefault(t, CareDue.UNKNOWN_TAG_DAYS),
                own.containsKey(t))).toList());
    }

    @Transactional
    public CareRequests.Frequencies putFrequencies(CurrentUser user, CareRequests.NewFrequencies request) {
        String code = county(user, request.county());
        if (!CareAccess.mayManageFrequencies(user, code)) {
            throw CareAccess.mayReadFrequencies(user, code) ? AccessPolicy.refusal(Resource.CARE_PLAN, Action.MANAGE)
                    : new NotFoundException("未找到该县的走访频次");
        }
        Map<String, Integer> days = new LinkedHashMap<>();
        if (request.frequencies() == null) {
            throw new BadInputException("frequencies", "请填写各关怀标签的走访频次（frequencies）");
        }
        request.frequencies().forEach((tag, value) -> {
            if (tag == null || !CareDue.NAMES.containsKey(tag)) {
                throw new BadInputException("frequencies", "关怀标签 " + tag + " 不是户籍台账的关怀标签");
            }
            if (value == null || !CareDue.validDays(value)) {
                throw new BadInputException("frequencies." + tag, CareDue.name(tag) + "的走访频次须为 1 到 366 天");
            }
            if (!Objects.equals(value, CareDue.DEFAULT_DAYS.get(tag))) {
                days.put(tag, value);
            }
        });
        sync.putFrequencies(code, days);
        return frequencies(user, code);
    }

    private static String county(CurrentUser user, String county) {
        String code = county == null || county.isBlank() ? user.homeTerritory() : county.strip();
        if (!code.matches("[0-9]{6,15}")) {
            throw new BadInputException("county", "县（county）须为 6 位县级区划代码");
        }
        return County.of(code);
    }
}
