package org.jiceng.visits.internal.assignment;

import static org.jiceng.Action.CREATE;
import static org.jiceng.Action.READ;
import static org.jiceng.Action.UPDATE;
import static org.jiceng.Resource.ASSIGNMENT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.County;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.Text;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.jiceng.people.SealedPhone;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.AssignmentView;
import org.jiceng.visits.internal.Holders;
import org.jiceng.visits.internal.assignment.AssignmentRequests.NewAssignment;
import org.jiceng.visits.internal.assignment.AssignmentRules.Ending;
import org.jiceng.visits.internal.assignment.AssignmentRules.HolderKind;
import org.jiceng.visits.internal.assignment.AssignmentRules.Level;
import org.jiceng.visits.internal.assignment.AssignmentRules.Span;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning and ending 包保, and reading them as the policy lets each person: a list, one household's chain
 * and "mine". Assignments outside what a person may read answer 404; a change they may read but not make, 403.
 */
@Service
public class AssignmentService {

    static final String PHONE_PURPOSE = "assignment.holder_phone";

    private final AssignmentRepository repository;
    private final AssignmentHolders holders;
    private final PeopleApi people;
    private final TerritoryApi territory;
    private final Clock clock;

    AssignmentService(AssignmentRepository repository, AssignmentHolders holders, PeopleApi people,
                      TerritoryApi territory, Clock clock) {
        this.repository = repository;
        this.holders = holders;
        this.people = people;
        this.territory = territory;
        this.clock = clock;
    }

    /** A new assignment, the earlier holders of the household it ended, and a warning about a 户长's load. */
    public record Created(AssignmentView assignment, List<Long> ended, String warning) {
    }

    /** One household and the people responsible for it today, from its holder upward. */
    public record Chain(long householdId, String territoryCode, String address, boolean held,
                        List<AssignmentView> links) {
    }

    /** What "mine" shows: the chain over one's own household, and what one holds oneself. */
    public record Mine(Chain household, List<AssignmentView> holding) {
    }

    public LocalDate today() {
        return Beijing.today(clock);
    }

    @Transactional
    public Created create(CurrentUser user, NewAssignment input) {
        Level level = Level.parse("level", input.level());
        HolderKind kind = holderKind(input.holderKind());
        LocalDate startsOn = Optional.ofNullable(AssignmentRequests.date("startsOn", input.startsOn(), "开始日期"))
                .orElse(today());
        LocalDate endsOn = AssignmentRequests.date("endsOn", input.endsOn(), "结束日期");
        Scope createScope = AccessPolicy.scope(user, ASSIGNMENT, CREATE);
        Long householdId = null;
        Long chiefId = null;
        String code;
        if (level == Level.HOUSEHOLD) {
            householdId = required("householdId", input.householdId(), "请填写被包的户编号");
            long id = householdId;
            code = repository.household(id, createScope).map(AssignmentRepository.Household::territoryCode)
                    .orElseThrow(() -> new BadInputException("householdId", "户 " + id + " 不存在或不在您的辖区内"));
        } else if (level == Level.CHIEF) {
            chiefId = required("chiefResidentId", input.chiefResidentId(), "请填写所联系户长的居民编号");
            long id = chiefId;
            code = people.resident(id, createScope).map(ResidentView::territoryCode)
                    .orElseThrow(() -> new BadInputException("chiefResidentId", "居民 " + id + " 不存在或不在您的辖区内"));
        } else {
            code = input.territoryCode() == null ? null : input.territoryCode().strip();
        }
        AssignmentRules.checkShape(level, kind, code, startsOn, endsOn);
        if (!placeExists(level, code) || !AccessPolicy.allows(user, ASSIGNMENT, CREATE, Target.at(code))) {
            throw new BadInputException("territoryCode", "区划 " + code + " 不存在或不在您的辖区内");
        }
        AssignmentHolders.Holder holder = holders.find(kind, input.holderId(), input.holderName(), County.of(code));
        String title = AssignmentHolders.optional("holderTitle", input.holderTitle(), 50);
        String group = level == Level.GROUP ? AssignmentHolders.optional("groupName", input.groupName(), 50) : null;
        SealedPhone phone = input.holderPhone() == null || input.holderPhone().isBlank() || input.holderPhone().contains("*")
                ? null : people.sealPhone(PHONE_PURPOSE, input.holderPhone());
        List<Long> ended = List.of();
        String county = County.of(code);
        if (level == Level.HOUSEHOLD) {
            List<Ending> endings = AssignmentRules.handOver(repository.householdSpansFrom(householdId, county, startsOn), startsOn);
            endings.forEach(e -> repository.handOver(e.id(), county, e.endsOn(), user.id()));
            ended = endings.stream().map(Ending::id).toList();
        } else {
            AssignmentRules.checkNotHeldTwice(repository.sameHolderSamePlace(level, code, chiefId, kind.name(),
                    holder.id()), startsOn, endsOn);
        }
        long id = repository.insert(new AssignmentRepository.NewAssignment(level, code, householdId, chiefId, group,
                kind.name(), holder.id(), holder.name(), title, phone == null ? null : phone.sealed(),
                phone == null ? null : phone.masked(), startsOn, endsOn, user.id()));
        String warning = level == Level.HOUSEHOLD && kind == HolderKind.RESIDENT
                ? AssignmentRules.loadWarning(repository.householdsHeld(kind.name(), holder.id(),
                        startsOn.isAfter(today()) ? startsOn : today())).orElse(null)
                : null;
        return new Created(repository.find(id, Scope.of(code)).orElseThrow(), ended, warning);
    }

    @Transactional
    public AssignmentView end(CurrentUser user, long id, AssignmentRequests.Ending input) {
        AssignmentView a = readable(user, id);
        if (!AccessPolicy.allows(user, ASSIGNMENT, UPDATE, Target.at(a.territoryCode()))) {
            throw AccessPolicy.refusal(ASSIGNMENT, UPDATE);
        }
        String reason = input.reason() == null ? "" : input.reason().strip();
        if (Text.length(reason) < 2 || Text.length(reason) > 200) {
            throw new BadInputException("reason", "请填写结束原因（2 到 200 字，如“工作调整”）");
        }
        LocalDate endsOn = Optional.ofNullable(AssignmentRequests.date("endsOn", input.endsOn(), "结束日期")).orElse(today());
        AssignmentRules.checkEnd(new Span(a.id(), a.startsOn(), a.endsOn()), endsOn);
        int version = input.version() == null ? a.version() : input.version();
        if (!repository.end(id, County.of(a.territoryCode()), version, endsOn, reason, user.id())) {
            throw new ConflictException("该包保已被他人修改，请刷新后重试");
        }
        return repository.find(id, Scope.of(a.territoryCode())).orElseThrow();
    }

    /** One assignment the person may read, or 404. */
    public AssignmentView readable(CurrentUser user, long id) {
        List<Long> own = ownChain(user);
        AssignmentAccess.Readers readers = AssignmentAccess.readers(user, own);
        Scope where = readers.holders() != null || !readers.ids().isEmpty() ? Scope.everything() : readers.scope();
        return repository.find(id, where)
                .filter(a -> AccessPolicy.allows(user, ASSIGNMENT, READ, AssignmentAccess.target(user, a, own)))
                .orElseThrow(() -> new NotFoundException("包保关系 " + id + " 不存在或不在您的辖区内"));
    }

    public Page<AssignmentView> list(CurrentUser user, String territoryCode, String level, String holderKind,
                                     Long holderId, String activeOn, String after, Integer limit) {
        int size = Page.limit(limit);
        String prefix = territoryCode == null || territoryCode.isBlank() ? null : territoryCode.strip();
        if (prefix != null && !prefix.matches("[0-9]{6,15}")) {
            throw new BadInputException("territory", "区划代码须为 6 到 15 位数字");
        }
        Level lv = level == null || level.isBlank() ? null : Level.parse("level", level);
        String kind = holderKind == null || holderKind.isBlank() ? null : holderKind(holderKind).name();
        LocalDate day = AssignmentRequests.date("activeOn", activeOn, "在任日期");
        AssignmentAccess.Readers readers = AssignmentAccess.readers(user, ownChain(user));
        List<AssignmentView> rows = repository.list(new AssignmentRepository.Filter(prefix, lv, kind, holderId, day,
                after == null ? 0 : Cursor.idAbove(after), size + 1), readers);
        return Page.byId(rows, size, AssignmentView::id);
    }

    /** Who is responsible for a household, the whole chain upward; 404 unless the person may read it. */
    public Chain chain(CurrentUser user, long householdId) {
        AssignmentRepository.Household household = repository.household(householdId, Scope.everything())
                .orElseThrow(() -> new NotFoundException("户 " + householdId + " 不存在或不在您的辖区内"));
        Chain chain = chainOf(household);
        Holders me = Holders.of(user);
        Target target = Target.at(household.territoryCode())
                .withIf(chain.links().stream().anyMatch(a -> me.are(a.holderKind(), a.holderId())), Relation.RESPONSIBLE)
                .withIf(ownHousehold(user).map(h -> h == householdId).orElse(false), Relation.OWN);
        if (!AccessPolicy.allows(user, ASSIGNMENT, READ, target)) {
            throw new NotFoundException("户 " + householdId + " 不存在或不在您的辖区内");
        }
        return chain;
    }

    public Mine mine(CurrentUser user) {
        Chain household = AssignmentAccess.readsOwn(user) ? ownHousehold(user)
                .flatMap(id -> repository.household(id, Scope.everything())).map(this::chainOf).orElse(null) : null;
        List<AssignmentView> holding = repository.heldBy(Holders.of(user), today());
        return new Mine(household, holding);
    }

    private Chain chainOf(AssignmentRepository.Household household) {
        List<AssignmentView> links = repository.chain(household.id(), household.territoryCode(), today());
        boolean held = links.stream().anyMatch(a -> a.level().equals(Level.HOUSEHOLD.name()));
        return new Chain(household.id(), household.territoryCode(), household.address(), held, links);
    }

    /** The ids of the chain over the person's own household, when the policy lets them read it (OWN). */
    private List<Long> ownChain(CurrentUser user) {
        if (!AssignmentAccess.readsOwn(user)) {
            return List.of();
        }
        return ownHousehold(user).flatMap(id -> repository.household(id, Scope.everything()))
                .map(h -> chainOf(h).links().stream().map(AssignmentView::id).toList()).orElse(List.of());
    }

    private Optional<Long> ownHousehold(CurrentUser user) {
        if (user.residentId() == null) {
            return Optional.empty();
        }
        return people.resident(user.residentId(), Scope.everything()).map(ResidentView::householdId);
    }

    private boolean placeExists(Level level, String code) {
        return switch (level) {
            case TOWN, VILLAGE -> territory.division(code).isPresent();
            default -> territory.grid(code, Scope.everything()).isPresent();
        };
    }

    static HolderKind holderKind(String name) {
        for (HolderKind kind : HolderKind.values()) {
            if (kind.name().equalsIgnoreCase(name == null ? "" : name.strip()) || kind.label().equals(name)) {
                return kind;
            }
        }
        throw new BadInputException("holderKind", "包保人类别须为 ACCOUNT（干部账号）、RESIDENT（居民/户长）或 PARTY_MEMBER（党员）");
    }

    private static long required(String field, Long value, String message) {
        if (value == null) {
            throw new BadInputException(field, message);
        }
        return value;
    }
}
