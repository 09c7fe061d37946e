package org.jiceng.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Role;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseTransitions;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.TimelineEntry;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Filing cases and moving them along the table of {@link CaseTransitions}, every step on the timeline. */
@Service
public class CaseService implements org.jiceng.cases.CasesApi {

    /** The actions of this release; the others of the table answer 501 until they are built. */
    public static final Set<CaseAction> SUPPORTED = EnumSet.of(CaseAction.ACCEPT, CaseAction.REJECT, CaseAction.HANDLE,
            CaseAction.DISPATCH, CaseAction.CHECK_IN, CaseAction.RESOLVE, CaseAction.VERIFY, CaseAction.REPLY,
            CaseAction.RATE);

    private final CaseRepository cases;
    private final CategoryService categories;
    private final CalendarService calendar;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(WorkingCalendar.BEIJING);

    CaseService(CaseRepository cases, CategoryService categories, CalendarService calendar, TerritoryApi territory,
                ApplicationEventPublisher events) {
        this.cases = cases;
        this.categories = categories;
        this.calendar = calendar;
        this.territory = territory;
        this.events = events;
    }


    @Transactional
    public CaseView file(CurrentUser user, org.jiceng.cases.CaseIntake intake) {
        CategoryView category = categories.find(intake.categoryCode()).orElseThrow(() -> new BadInputException("请从分类列表中选择诉求分类（categoryCode）"));
        if (!category.leaf() || !category.active()) {
            throw new BadInputException("“" + category.name() + "”不能直接选用，请选择其下的具体分类");
        }
        String description = intake.description() == null ? "" : intake.description().strip();
        if (description.length() < 5 || description.length() > 2000) {
            throw new BadInputException("请用 5 到 2000 个字描述问题");
        }
        String place = placeOf(user, intake);
        Instant now = clock.instant();
        WorkingCalendar.Due resolve = calendar.due(now, category.resolveWorkingDays());
        LocalDate today = LocalDate.now(clock);
        String number = "%s-%s-%06d".formatted(place.substring(0, 6), today.toString().replace("-", ""),
                cases.nextNumber(place.substring(0, 6), today));
        long id = cases.insert(new CaseRepository.NewCase(number, place, category.code(), description, intake.lat(),
                intake.lon(), blankToNull(intake.address()), channelOf(user), user.id(), user.displayName(), "VILLAGE",
                now.plus(Duration.ofHours(category.responseHours())), resolve.at(), resolve.provisional()));
        cases.appendEvent(id, user.username(), "file", null, CaseState.RECEIVED, null);
        events.publishEvent(new CaseFiled(facts(view(user, id))));
        return view(user, id);
    }

    static org.jiceng.cases.CaseFacts facts(CaseView v) {
        return new org.jiceng.cases.CaseFacts(v.id(), v.number(), v.territoryCode(), v.categoryCode(),
                org.jiceng.cases.CaseChannel.valueOf(v.channel()), org.jiceng.cases.CaseLevel.valueOf(v.level()),
                v.leadUnitId(), v.receivedAt().toInstant(), v.responseDueAt().toInstant(), null);
    }

    @Override
    public ExternalFiling fileExternal(org.jiceng.cases.ExternalIntake intake) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public CaseView find(CurrentUser user, long id) {
        return view(user, id);
    }

    @Override
    public List<CaseView> findAll(CurrentUser user, java.util.Collection<Long> ids) {
        return ids.stream().map(id -> cases.find(id, staffScope(user), user.id(), user.unitId().orElse(null)))
                .flatMap(Optional::stream).map(CaseRepository.Stored::view).toList();
    }

    @Override
    public Optional<CaseView> findPublic(long id) {
        throw new UnsupportedOperationException("not yet");
    }

    public CaseView view(CurrentUser user, long id) {
        return stored(user, id).view();
    }

    public List<TimelineEntry> timeline(CurrentUser user, long id) {
        stored(user, id);
        return cases.timeline(id);
    }

    public List<CaseView> list(CurrentUser user, CaseState state, String category, boolean overdue,
                               OffsetDateTime beforeTime, long beforeId, int limit) {
        return cases.list(staffScope(user), user.id(), user.unitId().orElse(null), state, category, overdue,
                beforeTime, beforeId, limit);
    }

    @Transactional
    public CaseView act(CurrentUser user, long id, CaseAction action, org.jiceng.cases.CaseActionRequest request) {
        CaseRepository.Stored stored = stored(user, id);
        CaseView current = stored.view();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.grants().forEach(g -> roles.add(g.role()));
        CaseTransitions.refusal(action, current.state(), roles).ifPresent(refusal -> {
            throw refusal.wrongState() ? new ConflictException(refusal.message()) : new ForbiddenException(refusal.message());
        });
        int version = request.version() != null ? request.version() : current.version();
        CaseState to = CaseTransitions.of(action).orElseThrow().to();
        Long leadUnit = null;
        Instant checkInDue = null;
        String note = blankToNull(request.note());
        switch (action) {
            case REJECT -> note = required(request.reason(), "不予受理须说明理由（reason）");
            case DISPATCH -> {
                leadUnit = request.leadUnitId();
                if (leadUnit == null || territory.unit(leadUnit).isEmpty()) {
                    throw new BadInputException("请指定主办部门 leadUnitId（见 GET /api/v1/units）");
                }
                int hours = categories.find(current.categoryCode()).map(CategoryView::checkInHours).orElse(24);
                checkInDue = clock.instant().plus(Duration.ofHours(hours));
            }
            case CHECK_IN -> {
                if (!user.unitId().equals(Optional.ofNullable(current.leadUnitId()))) {
                    throw new ForbiddenException("只有被派遣的主办部门可以报到签收");
                }
            }
            case RATE -> {
                if (stored.reporterId() == null || stored.reporterId() != user.id()) {
                    throw new ForbiddenException("只有反映人本人可以评价");
                }
                to = rate(id, request);
            }
            default -> {
            }
        }
        if (!cases.move(id, version, to, leadUnit, checkInDue)) {
            throw new OptimisticLockingFailureException("案件 " + id + " 已被他人处理");
        }
        cases.appendEvent(id, user.username(), action.path(), current.state(), to, note);
        events.publishEvent(new CaseMoved(facts(view(user, id)), action, current.state(), to, clock.instant(), user.username(), note, null, null));
        return view(user, id);
    }

    private CaseState rate(long id, org.jiceng.cases.CaseActionRequest request) {
        if (request.solved() == null || request.satisfaction() == null
                || !List.of("SATISFIED", "BASIC", "UNSATISFIED").contains(request.satisfaction())) {
            throw new BadInputException("请评价：问题是否解决（solved：true/false）和满意度（satisfaction：SATISFIED 满意 / BASIC 基本满意 / UNSATISFIED 不满意）");
        }
        cases.rate(id, request.solved(), request.satisfaction());
        return CaseState.CLOSED;
    }

    private CaseRepository.Stored stored(CurrentUser user, long id) {
        return cases.find(id, staffScope(user), user.id(), user.unitId().orElse(null))
                .orElseThrow(() -> new NotFoundException("案件 " + id + " 不存在或不在您的辖区内"));
    }

    /** Residents see their own cases only; department staff those dispatched to them; others their territory. */
    private static org.jiceng.Scope staffScope(CurrentUser user) {
        if (user.hasAny(Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN, Role.AUDITOR)) {
            return new org.jiceng.Scope(user.grants().stream()
                    .filter(g -> g.role() != Role.RESIDENT && g.role() != Role.DEPT_STAFF)
                    .map(g -> g.territoryCode()).toList());
        }
        return org.jiceng.Scope.nothing();
    }

    private String placeOf(CurrentUser user, org.jiceng.cases.CaseIntake intake) {
        if (intake.lat() != null || intake.lon() != null) {
            if (intake.lat() == null || intake.lon() == null || !Double.isFinite(intake.lat()) || !Double.isFinite(intake.lon())
                    || Math.abs(intake.lat()) > 90 || Math.abs(intake.lon()) > 180) {
                throw new BadInputException("位置须同时给出纬度 lat 和经度 lon（WGS-84，单位为度）");
            }
            return territory.locate(intake.lat(), intake.lon()).map(GridView::code)
                    .orElseThrow(() -> new BadInputException("该位置不在本系统管理的任何网格内，请检查定位或改填地址"));
        }
        if (blankToNull(intake.address()) == null) {
            throw new BadInputException("请提供位置：在地图上标出（lat、lon），或填写地址（address）");
        }
        String home = user.homeTerritory();
        if (home.length() < 12) {
            throw new BadInputException("只填地址时无法确定所属村(社区)，请在地图上标出位置");
        }
        return home;
    }

    private static String channelOf(CurrentUser user) {
        if (user.has(Role.RESIDENT)) {
            return "RESIDENT";
        }
        return user.has(Role.GRID_WORKER) ? "PATROL" : "STAFF";
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(message);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
