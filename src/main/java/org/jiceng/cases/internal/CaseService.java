package org.jiceng.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.Resource;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseIntake;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseRules;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.ExternalIntake;
import org.jiceng.cases.TimelineEntry;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Filing and reading cases; moving them is {@link CaseMover}'s. The module's facade. */
@Service
public class CaseService implements CasesApi {

    private final CaseRepository cases;
    private final CaseListRepository lists;
    private final CategoryService categories;
    private final CalendarService calendar;
    private final TerritoryApi territory;
    private final RoutingService routing;
    private final CaseMover mover;
    private final CaseNumbers numbers;
    private final FilingQueue filings;
    private final Clock clock;
    private final ReporterPhones phones;
    private final CaseCategoryChange categoryChange;

    CaseService(CaseRepository cases, CategoryService categories, CalendarService calendar, TerritoryApi territory,
                RoutingService routing, CaseMover mover, CaseNumbers numbers, FilingQueue filings, CaseListRepository lists,
                Clock clock, ReporterPhones phones, CaseCategoryChange categoryChange) {
        this.categoryChange = categoryChange;
        this.phones = phones;
        this.lists = lists;
        this.clock = clock;
        this.numbers = numbers;
        this.cases = cases;
        this.categories = categories;
        this.calendar = calendar;
        this.territory = territory;
        this.routing = routing;
        this.mover = mover;
        this.filings = filings;
    }

    @Override
    public CaseView file(CurrentUser user, CaseIntake intake) {
        CaseChannel channel = channelOf(user, intake.channel());
        CategoryView category = checkedCategory(intake.categoryCode());
        String description = checkedDescription(intake.description());
        List<String> photos = AttachmentService.checkedIds(intake.photoIds());
        String place = placeOf(user, intake.lat(), intake.lon(), intake.address(), null);
        boolean publicCase = publicChoice(channel, intake.publicCase());
        CaseRepository.NewCase row = newCase(channel, null, category, description, intake.lat(), intake.lon(),
                intake.address(), place, user.id(), user.displayName(), clock.instant(), publicCase)
                .withPhone(phones.seal(intake.reporterPhone())).withSource(checkedSource(intake.source()));
        return filings.file(new FilingWriter.Filing(new CaseRepository.Filed(row, user.username(), null, photos), user))
                .orElseThrow();
    }

    @Override
    @Transactional
    public ExternalFiling fileExternal(ExternalIntake intake) {
        if (intake.channel() == null || intake.externalId() == null || intake.externalId().isBlank()) {
            throw new BadInputException("外部来件须有渠道和外部编号");
        }
        String externalId = intake.externalId().strip();
        Optional<Long> known = cases.findExternal(intake.channel().name(), externalId);
        if (known.isPresent()) {
            return new ExternalFiling(cases.findAny(known.get()).orElseThrow().view(), false);
        }
        CategoryView category = checkedCategory(intake.categoryCode());
        String description = checkedDescription(intake.description());
        String place = placeOf(null, intake.lat(), intake.lon(), intake.address(), intake.territoryCode());
        Instant received = intake.receivedAt() == null ? clock.instant() : intake.receivedAt();
        if (received.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            throw new BadInputException("受理时间不能晚于当前时间");
        }
        CaseRepository.NewCase row = newCase(intake.channel(), externalId, category, description, intake.lat(), intake.lon(),
                intake.address(), place, null, intake.reporterName(), received, false);
        Optional<CaseView> filed = filings.file(new FilingWriter.Filing(
                new CaseRepository.Filed(row, intake.channel().label(), "外部编号 " + externalId, List.of()), null));
        // empty: the same order filed at the same moment by another request; answer the one that won
        return filed.map(view -> new ExternalFiling(view, true)).orElseGet(() -> new ExternalFiling(
                cases.findAny(cases.findExternal(intake.channel().name(), externalId).orElseThrow()).orElseThrow().view(), false));
    }

    /** Another module's record a case is opened from, as {@code kind:id} ({@code visit:123}); null when none. */
    static String checkedSource(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        if (!source.matches("[a-z][a-z_]{0,29}:[0-9]{1,18}")) {
            throw new BadInputException("source", "诉求来源的格式应为“记录类型:编号”，如 visit:123");
        }
        return source;
    }

    /** A case whose category and description were checked before the place was looked up: routed and numbered. */
    CaseRepository.NewCase newCase(CaseChannel channel, String externalId, CategoryView category, String description,
                                           Double lat, Double lon, String address, String place, Long reporterId,
                                           String reporterName, Instant received, boolean publicCase) {
        return newCase(channel, externalId, category, description, lat, lon, address, place, reporterId, reporterName,
                received, publicCase, numbers::next);
    }

    /** The same, numbered by {@code numbering} (county, Beijing day → the day's count): a replay takes them in bulk. */
    CaseRepository.NewCase newCase(CaseChannel channel, String externalId, CategoryView category, String description,
                                   Double lat, Double lon, String address, String place, Long reporterId,
                                   String reporterName, Instant received, boolean publicCase,
                                   java.util.function.BiFunction<String, LocalDate, Long> numbering) {
        RoutingService.Route route = routing.route(category.code(), place);
        WorkingCalendar.Due resolve = calendar.due(received, category.resolveWorkingDays());
        LocalDate day = LocalDate.ofInstant(received, Beijing.ZONE);
        String county = org.jiceng.County.of(place);
        String number = CaseNumbers.format(county, day, numbering.apply(county, day));
        return new CaseRepository.NewCase(number, place, category.code(), description, lat, lon,
                blankToNull(address), channel.name(), externalId, reporterId, blankToNull(reporterName),
                route.level().name(), route.unitId(), received, received.plus(Duration.ofHours(category.responseHours())),
                resolve.at(), resolve.provisional(), publicCase, ReporterPhones.Stored.NONE);
    }

    /**
     * Only a resident's own report may be public, and only when they chose it; what staff bring in (patrol, visit,
     * meeting, hotline, Open311) is private until staff of the territory publish it.
     */
    private static boolean publicChoice(CaseChannel channel, Boolean asked) {
        if (!Boolean.TRUE.equals(asked)) {
            return false;
        }
        if (channel != CaseChannel.RESIDENT) {
            throw new BadInputException("工作人员录入的诉求默认不公开；如需公开，请在诉求页面由辖区工作人员设为公开");
        }
        return true;
    }

    CategoryView checkedCategory(String code) {
        CategoryView category = categories.find(code)
                .orElseThrow(() -> new BadInputException("请从分类列表中选择诉求分类（categoryCode）"));
        if (!category.leaf() || !category.active()) {
            throw new BadInputException("“" + category.name() + "”不能直接选用，请选择其下的具体分类");
        }
        return category;
    }

    /** As long as the hotline's orders may give (HotlineOrderCheck): a place, not a document. */
    static final int MAX_ADDRESS = 500;

    static String checkedDescription(String text) {
        String description = text == null ? "" : text.strip();
        if (org.jiceng.Text.length(description) < 5 || org.jiceng.Text.length(description) > 2000) {
            throw new BadInputException("请用 5 到 2000 个字描述问题");
        }
        return description;
    }

    /** The case a filing under an Idempotency-Key made: answered again to the caller who filed it. */
    public CaseView findFiled(long id) {
        return cases.findAny(id).orElseThrow(() -> CaseAccess.notFound(id)).view();
    }

    @Override
    public CaseView find(CurrentUser user, long id) {
        return CaseAccess.shown(user, stored(user, id));
    }

    @Override
    public List<CaseView> findAll(CurrentUser user, Collection<Long> ids) {
        CaseRepository.Reach reach = CaseAccess.reach(user, Action.READ);
        return ids.stream().map(id -> cases.find(id, reach)).flatMap(Optional::stream)
                .filter(s -> AccessPolicy.allows(user, Resource.CASE, Action.READ, CaseAccess.target(user, s)))
                .map(s -> CaseAccess.shown(user, s)).toList();
    }

    /** A case by its readable number ({@code 530326-20261123-000123}) if the user may see it. */
    public Optional<CaseView> findByNumber(CurrentUser user, String number) {
        return cases.findByNumber(number, CaseAccess.reach(user, Action.READ))
                .filter(s -> AccessPolicy.allows(user, Resource.CASE, Action.READ, CaseAccess.target(user, s)))
                .map(s -> CaseAccess.shown(user, s));
    }

    /** The id of the case named by its id or its visible number, if the person may see it; else 404. */
    public long idOf(CurrentUser user, String idOrNumber) {
        if (idOrNumber.matches("[0-9]{1,18}")) {
            return Long.parseLong(idOrNumber);
        }
        return findByNumber(user, idOrNumber).map(CaseView::id)
                .orElseThrow(() -> new org.jiceng.NotFoundException("诉求 " + idOrNumber + " 不存在或不在您的辖区内"));
    }

    /** What the case page shows, from one read of the case: the case as this person sees it, its timeline, and
     * what the rules of the actions look at to decide its buttons (empty when the person may not act on it). */
    public record Detail(CaseView view, List<TimelineEntry> timeline, Optional<CaseRules.Facts> actionFacts) {
    }

    public Detail detail(CurrentUser user, long id) {
        CaseRepository.Stored stored = stored(user, id);
        Optional<CaseRules.Facts> facts = AccessPolicy.allows(user, Resource.CASE, Action.ACT, CaseAccess.target(user, stored))
                ? Optional.of(mover.facts(stored)) : Optional.empty();
        return new Detail(CaseAccess.shown(user, stored), timelineOf(user, stored), facts);
    }

    /** Whether the person may download a photo of the case uploaded by {@code uploadedBy}. */
    public boolean mayReadAttachment(CurrentUser user, long caseId, long uploadedBy) {
        return cases.find(caseId, CaseAccess.reach(user, Action.READ))
                .filter(s -> AccessPolicy.allows(user, Resource.CASE, Action.READ, CaseAccess.target(user, s)))
                .map(s -> CaseAccess.readsAttachment(user, s, uploadedBy)).orElse(false);
    }

    @Override
    public CaseView act(CurrentUser user, long id, CaseAction action, CaseActionRequest request) {
        return mover.act(user, id, action, request == null ? CaseActionRequest.empty() : request);
    }

    @Override
    @Transactional
    public CaseView recategorise(CurrentUser user, long id, String categoryCode, boolean automatic, Integer version) {
        categoryChange.change(user, stored(user, id), categoryCode, automatic, version);
        return find(user, id);
    }

    /** The whole timeline for those who read internal notes; the public progress for the reporter and followers. */
    @Override
    public List<TimelineEntry> timeline(CurrentUser user, long id) {
        return timelineOf(user, stored(user, id));
    }

    @Override
    public WorkingCalendar workingCalendar() {
        return calendar.calendar();
    }

    private List<TimelineEntry> timelineOf(CurrentUser user, CaseRepository.Stored stored) {
        List<TimelineEntry> entries = cases.timeline(stored.view().id());
        return CaseAccess.readsNotes(user, stored) ? entries
                : PublicTimeline.of(entries, CaseAccess.isReporter(user, stored));
    }

    public List<CaseView> list(CurrentUser user, CaseFilter filter, OffsetDateTime beforeTime, long beforeId,
                               int limit) {
        // a phone is looked up only where the person reads reporters' contacts, and only in their territory
        Scope scope = filter.phone() == null ? CaseAccess.readScope(user) : ReporterPhones.searchScope(user);
        if (filter.territory() != null && scope.narrowedTo(filter.territory()).isEmpty()) {
            throw new org.jiceng.ForbiddenException("区划 " + filter.territory() + " 不在您的辖区内");
        }
        Long unit = filter.phone() == null ? CaseAccess.readingUnit(user) : null;
        byte[] phoneIndex = filter.phone() == null ? null : phones.index(filter.phone());
        List<CaseView> found = lists.list(scope, user.id(), unit, filter, phoneIndex, clock.instant(), beforeTime, beforeId,
                limit);
        // a resident's list holds their own and followed cases: names are left out rather than told apart
        if (scope.isEmpty() && unit == null) {
            return found.stream().map(CaseView::withoutReporter).toList();
        }
        return found.stream().map(v -> CaseAccess.shown(user, new CaseRepository.Stored(v, null, null, null))).toList();
    }

    CaseRepository.Stored stored(CurrentUser user, long id) {
        return CaseAccess.readable(user, cases.find(id, CaseAccess.reach(user, Action.READ))
                .orElseThrow(() -> CaseAccess.notFound(id)));
    }

    static CaseFacts facts(CaseView v, Long reporterId) {
        return new CaseFacts(v.id(), v.number(), v.territoryCode(), v.categoryCode(), CaseChannel.valueOf(v.channel()),
                CaseLevel.valueOf(v.level()), v.leadUnitId(), v.receivedAt().toInstant(), v.responseDueAt().toInstant(),
                reporterId);
    }

    /** The grid of the point; else a given territory code; else, for an address alone, the user's village. */
    private String placeOf(CurrentUser user, Double lat, Double lon, String address, String territoryCode) {
        if (address != null && org.jiceng.Text.length(address.strip()) > MAX_ADDRESS) {
            throw new BadInputException("地址（address）最多 " + MAX_ADDRESS + " 个字");
        }
        if (lat != null || lon != null) {
            if (lat == null || lon == null || !Double.isFinite(lat) || !Double.isFinite(lon)
                    || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                throw new BadInputException("位置须同时给出纬度 lat 和经度 lon（WGS-84，单位为度）");
            }
            return territory.gridCodeAt(lat, lon)
                    .orElseThrow(() -> new BadInputException("该位置不在本系统管理的任何网格内，请检查定位或改填地址"));
        }
        if (territoryCode != null && !territoryCode.isBlank()) {
            String code = territoryCode.strip();
            if (!code.matches("[0-9]{12}([0-9]{3})?") || (code.length() == 12 ? territory.division(code).isEmpty()
                    : territory.grid(code, Scope.everything()).isEmpty())) {
                throw new BadInputException("所属区划“" + code + "”须为本系统中的村(社区) 12 位代码或网格 15 位代码");
            }
            return code;
        }
        if (blankToNull(address) == null) {
            throw new BadInputException("请提供位置：在地图上标出（lat、lon），或填写地址（address）");
        }
        String home = user == null ? "" : user.homeTerritory();
        if (home.length() < 12) {
            throw new BadInputException("只填地址时无法确定所属村(社区)，请在地图上标出位置");
        }
        return home;
    }

    private static CaseChannel channelOf(CurrentUser user, String asked) {
        if (asked != null && !asked.isBlank() && !isResident(user)) {
            try {
                CaseChannel channel = CaseChannel.valueOf(asked.strip());
                if (channel == CaseChannel.STAFF || channel == CaseChannel.MEETING || channel == CaseChannel.VISIT
                        || channel == CaseChannel.PATROL) {
                    return channel;
                }
            } catch (IllegalArgumentException e) {
                // answered below
            }
            throw new BadInputException("来源渠道 channel 须为 STAFF（干部录入）、MEETING（会议收集）、VISIT（走访发现）或 PATROL（网格巡查）");
        }
        if (isResident(user)) {
            return CaseChannel.RESIDENT;
        }
        return user.has(Role.GRID_WORKER) ? CaseChannel.PATROL : CaseChannel.STAFF;
    }

    /** A resident or a household chief (户长) files as a resident: the channel whose reports may be public. */
    private static boolean isResident(CurrentUser user) {
        return user.hasAny(Role.RESIDENT, Role.HOUSEHOLD_CHIEF);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
