package org.jiceng.volunteer.internal.honour;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.cases.PersonalNotice;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.honour.HonourViews.BlackEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 黑榜 of uncivil conduct. An entry exists only with a recorded decision (who decided, on which day, the conduct,
 * the rule it broke) and a term; it is shown once the person has been told (a message in their inbox when they have
 * an account, else the community records how it told them); the person may appeal once, which takes the entry off
 * the board until staff decide with a written reason; when the term is over the entry ends and leaves the board.
 */
@Service
public class BlackList {

    /** The longest term an entry may stand. */
    static final int MAX_TERM_DAYS = 366;

    private final HonourRepository repository;
    private final Volunteers volunteers;
    private final PeopleApi people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BlackList(HonourRepository repository, Volunteers volunteers, PeopleApi people, ApplicationEventPublisher events,
              Clock clock) {
        this.repository = repository;
        this.volunteers = volunteers;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** The decision: one of {@code volunteerId} or {@code residentId} names the person. */
    public record DecisionRequest(String communityCode, Long volunteerId, Long residentId, String displayName,
                                  String conduct, String ruleBroken, String decidedBy, String decidedOn, String endsOn) {
    }

    public record ToldRequest(String how) {
    }

    public record AppealRequest(String reason) {
    }

    public record AppealDecision(Boolean upheld, String reason) {
    }

    @Transactional
    public BlackEntry decide(DecisionRequest request, CurrentUser user) {
        String community = RedLists.community(request.communityCode(), "communityCode");
        AccessPolicy.check(user, Resource.HONOUR_LIST, Action.CREATE, AccessPolicy.Target.at(community));
        Long userId = null;
        Long residentId = null;
        Long volunteerId = null;
        if ((request.volunteerId() == null) == (request.residentId() == null)) {
            throw new BadInputException("volunteerId", "请填写当事人：志愿者（volunteerId）或居民（residentId）其中之一");
        }
        if (request.volunteerId() != null) {
            Volunteers.Volunteer v = volunteers.get(request.volunteerId()).filter(x -> x.communityCode().equals(community))
                    .orElseThrow(() -> new BadInputException("volunteerId", "本社区没有该志愿者"));
            volunteerId = v.id();
            userId = v.userId();
            residentId = v.residentId();
        } else {
            ResidentView r = people.resident(request.residentId(), org.jiceng.Scope.of(community))
                    .orElseThrow(() -> new BadInputException("residentId", "本社区没有该居民"));
            residentId = r.id();
        }
        String name = Input.text(request.displayName(), "displayName", "公布的名称", 1, 40);
        String conduct = Input.text(request.conduct(), "conduct", "不文明行为", 1, 500);
        String rule = Input.text(request.ruleBroken(), "ruleBroken", "违反的村规民约条款", 1, 200);
        String decidedBy = Input.text(request.decidedBy(), "decidedBy", "决定机构", 1, 60);
        LocalDate today = Beijing.today(clock);
        LocalDate decidedOn = Input.date(request.decidedOn(), "decidedOn", "决定日期", null);
        if (decidedOn.isAfter(today)) {
            throw new BadInputException("decidedOn", "决定日期（decidedOn）不能晚于今天");
        }
        LocalDate endsOn = Input.date(request.endsOn(), "endsOn", "公示截止日期", null);
        if (!endsOn.isAfter(today) || endsOn.isAfter(decidedOn.plusDays(MAX_TERM_DAYS))) {
            throw new BadInputException("endsOn", "公示截止日期（endsOn）须晚于今天，且不超过决定后 " + MAX_TERM_DAYS + " 天");
        }
        long id = repository.decideBlack(community, userId, residentId, volunteerId, name, conduct, rule, decidedBy,
                decidedOn, endsOn, user.id(), now());
        if (userId != null) {
            BlackEntry entry = repository.black(id).orElseThrow().entry();
            events.publishEvent(new PersonalNotice("volunteer.black." + id + ".decided", userId, "volunteer.black",
                    "您被列入社区黑榜",
                    decidedBy + "于" + decidedOn + "决定：因“" + conduct + "”（违反" + rule + "），以“" + name
                            + "”列入黑榜至 " + endsOn + "。如有异议，可在“荣誉榜”页面提出申诉。"));
            repository.told(id, entry.version(), "站内消息", user.id(), now());
        }
        return repository.black(id).orElseThrow().entry();
    }

    public BlackEntry entry(long id, CurrentUser user) {
        return readable(id, user).entry();
    }

    public Page<BlackEntry> entries(CurrentUser user, String territoryCode, String after, int limit) {
        var scope = AccessPolicy.scope(user, Resource.HONOUR_LIST, Action.READ).askedFor(territoryCode);
        if (person(user)) {
            List<BlackEntry> own = repository.ofSubject(user.id(), user.residentId()).stream()
                    .map(HonourRepository.Black::entry).toList();
            return new Page<>(after == null || after.isBlank() ? own : List.of(), null);
        }
        return Page.byId(repository.blacks(scope, Cursor.idBelow(after), limit).stream()
                .map(HonourRepository.Black::entry).toList(), limit, BlackEntry::id);
    }

    /** The community records how it told a person who has no account. */
    @Transactional
    public BlackEntry told(long id, ToldRequest request, CurrentUser user) {
        HonourRepository.Black black = staffAct(id, user);
        String how = Input.text(request.how(), "how", "告知方式", 1, 100);
        if (!repository.told(id, black.entry().version(), how, user.id(), now())) {
            throw new ConflictException("该条目已告知或已变更，请刷新后再试");
        }
        return repository.black(id).orElseThrow().entry();
    }

    /** The person named appeals, once, while the entry is shown. */
    @Transactional
    public BlackEntry appeal(long id, AppealRequest request, CurrentUser user) {
        HonourRepository.Black black = readable(id, user);
        AccessPolicy.check(user, Resource.HONOUR_LIST, Action.ACT, AccessPolicy.Target.at(black.entry().communityCode())
                .withIf(subject(user, black), Relation.OWN));
        if (!subject(user, black)) {
            throw new ConflictException("只有被列入黑榜的本人可以申诉");
        }
        String reason = Input.text(request.reason(), "reason", "申诉理由", 1, 500);
        if (black.entry().appealedAt() != null) {
            throw new ConflictException("已申诉过，不能重复申诉");
        }
        if (!repository.appeal(id, black.entry().version(), reason, now())) {
            throw new ConflictException("该条目当前为“" + black.entry().statusName() + "”，不能申诉");
        }
        return repository.black(id).orElseThrow().entry();
    }

    /** Staff decide an appeal with a written reason: upheld removes the entry, refused puts it back on the board. */
    @Transactional
    public BlackEntry decideAppeal(long id, AppealDecision decision, CurrentUser user) {
        HonourRepository.Black black = staffAct(id, user);
        if (decision.upheld() == null) {
            throw new BadInputException("upheld", "请选择申诉成立（true）或不成立（false）");
        }
        String reason = Input.text(decision.reason(), "reason", "处理理由", 1, 500);
        if (!repository.decideAppeal(id, black.entry().version(), decision.upheld(), reason, user.id(), now())) {
            throw new ConflictException("该条目没有待处理的申诉");
        }
        if (black.subjectUserId() != null) {
            events.publishEvent(new PersonalNotice("volunteer.black." + id + ".appeal", black.subjectUserId(),
                    "volunteer.black", decision.upheld() ? "您的申诉成立，黑榜条目已撤销" : "您的申诉未获支持",
                    reason));
        }
        return repository.black(id).orElseThrow().entry();
    }

    /** Ends the entries whose term is over (the scheduled job and the tests call it). */
    @Transactional
    public int endExpired() {
        return repository.endExpired(Beijing.today(clock), now());
    }

    private HonourRepository.Black staffAct(long id, CurrentUser user) {
        HonourRepository.Black black = readable(id, user);
        AccessPolicy.check(user, Resource.HONOUR_LIST, Action.ACT, AccessPolicy.Target.at(black.entry().communityCode()));
        return black;
    }

    /** Staff of the place read every entry; a resident only the entries naming them. */
    private HonourRepository.Black readable(long id, CurrentUser user) {
        HonourRepository.Black black = repository.black(id).orElseThrow(() -> notFound(id));
        boolean mayRead = AccessPolicy.allows(user, Resource.HONOUR_LIST, Action.READ,
                AccessPolicy.Target.at(black.entry().communityCode()));
        if (!mayRead || (person(user) && !subject(user, black))) {
            throw notFound(id);
        }
        return black;
    }

    private static boolean subject(CurrentUser user, HonourRepository.Black black) {
        return Objects.equals(black.subjectUserId(), user.id())
                || (user.residentId() != null && Objects.equals(black.subjectResidentId(), user.residentId()));
    }

    /** A resident or 户长 only: what the board shows is all they see of others. */
    static boolean person(CurrentUser user) {
        return user.grants().stream().allMatch(g -> g.role() == Role.RESIDENT || g.role() == Role.HOUSEHOLD_CHIEF);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("黑榜条目 " + id + " 不存在或不在您的辖区内");
    }
}
