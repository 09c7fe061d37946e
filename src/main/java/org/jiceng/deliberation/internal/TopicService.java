package org.jiceng.deliberation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.Action;
import org.jiceng.Input;
import org.jiceng.Resource;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.deliberation.TopicAction;
import org.jiceng.deliberation.TopicMoved;
import org.jiceng.deliberation.TopicStep;
import org.jiceng.deliberation.TopicTransitions;
import org.jiceng.deliberation.TopicView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raising topics and carrying them through 六步议事 by the table of {@link TopicTransitions}, every move recorded. */
@Service
public class TopicService {

    private final TopicRepository topics;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TopicService(TopicRepository topics, TerritoryApi territory, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.topics = topics;
        this.territory = territory;
        this.events = events;
    }

    /** What a person proposes; {@code territoryCode} (12 digits) only when their own community is not meant. */
    public record Proposal(String title, String description, String territoryCode) {
    }

    public record ActionRequest(String note, Integer version) {
    }

    public record CommentRequest(String body) {
    }

    public record CommentView(long id, String authorName, String body, OffsetDateTime createdAt) {
    }

    public record EventView(String action, String actionLabel, TopicStep fromStep, TopicStep toStep, String actor,
                            String note, OffsetDateTime at) {
    }

    @Transactional
    public TopicView propose(CurrentUser user, Proposal proposal) {
        Scope may = DeliberationAccess.required(user, Resource.TOPIC, Action.CREATE);
        String title = Input.text(proposal.title(), "title", "议题标题", 2, 60);
        String description = Input.text(proposal.description(), "description", "议题说明", 5, 2000);
        String place = placeOf(user, may, proposal.territoryCode());
        long id = topics.insert(place, title, description, user.id(), user.displayName());
        topics.appendEvent(id, "propose", null, TopicStep.COLLECTED, user.displayName(), null);
        events.publishEvent(new org.jiceng.deliberation.TopicProposed(id, place));
        return view(user, stored(user, id));
    }

    private String placeOf(CurrentUser user, Scope may, String asked) {
        String code = asked == null || asked.isBlank() ? null : asked.strip();
        if (code == null) {
            code = may.prefixes().stream().filter(p -> p.length() == 12).findFirst()
                    .orElseThrow(() -> new BadInputException("请指定议题所属的村(社区)（territoryCode，12 位代码）"));
        }
        if (Level.ofCode(code) != Level.VILLAGE) {
            throw new BadInputException("territoryCode 须为 12 位村(社区)代码");
        }
        if (territory.division(code).isEmpty()) {
            throw new BadInputException("村(社区)代码 " + code + " 不存在");
        }
        if (!may.covers(code)) {
            throw new ForbiddenException("村(社区) " + code + " 不在您的辖区内，不能在那里提出议题");
        }
        return code;
    }

    public Page<TopicView> list(CurrentUser user, String territoryCode, TopicStep step, String after, int limit) {
        Scope scope = narrowed(DeliberationAccess.scope(user, Resource.TOPIC, Action.READ), territoryCode);
        List<TopicRepository.Stored> rows = topics.list(scope, step, Cursor.idBelow(after), limit + 1);
        return Page.byId(rows.stream().map(t -> view(user, t)).toList(), limit, TopicView::id);
    }

    /** The user's read scope narrowed to a territory they asked for; 403 when it lies outside. */
    static Scope narrowed(Scope scope, String territoryCode) {
        if (territoryCode == null || territoryCode.isBlank()) {
            return scope;
        }
        if (Level.ofCode(territoryCode.strip()) == null) {
            throw new BadInputException("territory 须为行政区划代码（6、9 或 12 位数字）");
        }
        Scope narrowed = scope.narrowedTo(territoryCode.strip());
        if (narrowed.isEmpty()) {
            throw new ForbiddenException("区域 " + territoryCode + " 不在您的辖区内");
        }
        return narrowed;
    }

    public TopicView get(CurrentUser user, long id) {
        return view(user, stored(user, id));
    }

    TopicRepository.Stored stored(CurrentUser user, long id) {
        return topics.find(id, DeliberationAccess.scope(user, Resource.TOPIC, Action.READ))
                .orElseThrow(() -> new NotFoundException("议题 " + id + " 不存在或不在您的辖区内"));
    }

    @Transactional
    public TopicView act(CurrentUser user, long id, TopicAction action, ActionRequest request) {
        TopicRepository.Stored topic = stored(user, id);
        refuseUnlessAllowed(user, topic, action);
        String note = Input.optionalText(request.note(), "note", "说明", 2000);
        if (action.needsNote() && note == null) {
            throw new BadInputException(action.label() + "须填写说明（note）：" + switch (action) {
                case DECLINE -> "不予立项的理由";
                case RESOLVE -> "决议内容";
                default -> "评议意见";
            });
        }
        move(user, topic, action, request.version() != null ? request.version() : topic.version(), note);
        return get(user, id);
    }

    /**
     * Carries a topic forward to {@code target} along the six steps, each move checked against the table and
     * recorded with {@code note}; nothing when it is there already or past it.
     */
    TopicRepository.Stored advanceTo(CurrentUser user, TopicRepository.Stored topic, TopicStep target, String note) {
        TopicRepository.Stored at = topic;
        for (TopicAction action : TopicTransitions.path(topic.step(), target)) {
            refuseUnlessAllowed(user, at, action);
            move(user, at, action, at.version(), note);
            at = stored(user, topic.id());
        }
        return at;
    }

    private void refuseUnlessAllowed(CurrentUser user, TopicRepository.Stored topic, TopicAction action) {
        Set<Role> roles = DeliberationAccess.rolesAt(user, topic.territoryCode());
        TopicTransitions.refusal(action, topic.step(), roles).ifPresent(refusal -> {
            throw refusal.wrongStep() ? new ConflictException(refusal.message()) : new ForbiddenException(refusal.message());
        });
        DeliberationAccess.check(user, Resource.TOPIC, Action.ACT, topic.territoryCode());
    }

    private void move(CurrentUser user, TopicRepository.Stored topic, TopicAction action, int version, String note) {
        TopicStep to = TopicTransitions.of(action).to();
        if (!topics.move(topic.id(), version, to)) {
            throw new OptimisticLockingFailureException("议题 " + topic.id() + " 已被他人修改");
        }
        topics.appendEvent(topic.id(), action.path(), topic.step(), to, user.displayName(), note);
        events.publishEvent(new TopicMoved(topic.id(), topic.territoryCode(), action, topic.step(), to, clock.instant(),
                user.username()));
    }

    public List<EventView> history(CurrentUser user, long id) {
        stored(user, id);
        return topics.events(id).stream().map(e -> new EventView(e.action(), actionLabel(e.action()), e.fromStep(),
                e.toStep(), e.actor(), e.note(), e.at())).toList();
    }

    private static String actionLabel(String path) {
        return path.equals("propose") ? "提出议题" : TopicAction.ofPath(path).map(TopicAction::label).orElse(path);
    }

    @Transactional
    public CommentView comment(CurrentUser user, long id, CommentRequest request) {
        TopicRepository.Stored topic = stored(user, id);
        requireParticipant(user, topic, "发表意见");
        String body = Input.text(request == null ? null : request.body(), "body", "意见", 1, 1000);
        long commentId = topics.addComment(id, user.id(), user.displayName(), body);
        return new CommentView(commentId, user.displayName(), body, OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET));
    }

    public Page<CommentView> comments(CurrentUser user, long id, String after, int limit) {
        TopicRepository.Stored topic = stored(user, id);
        long from = Cursor.idAbove(after);
        boolean full = DeliberationAccess.seesNames(user, topic.territoryCode());
        List<CommentView> rows = topics.comments(id, from, limit + 1).stream()
                .map(c -> new CommentView(c.id(), full || c.authorId() == user.id() ? c.authorName() : mask(c.authorName()),
                        c.body(), c.createdAt())).toList();
        return Page.byId(rows, limit, CommentView::id);
    }

    /** Adds the user's support (附议) once; supporting again changes nothing. */
    @Transactional
    public TopicView support(CurrentUser user, long id) {
        TopicRepository.Stored topic = stored(user, id);
        requireParticipant(user, topic, "附议");
        if (topic.step() == TopicStep.DECLINED || topic.step() == TopicStep.REVIEWED) {
            throw new ConflictException("议题已" + (topic.step() == TopicStep.DECLINED ? "不予立项" : "完成评议") + "，不能再附议");
        }
        topics.support(id, user.id());
        return get(user, id);
    }

    public boolean supports(CurrentUser user, long id) {
        return topics.supports(id, user.id());
    }

    private static void requireParticipant(CurrentUser user, TopicRepository.Stored topic, String what) {
        if (!DeliberationAccess.may(user, Resource.TOPIC, Action.CREATE, topic.territoryCode())) {
            throw new ForbiddenException("只有本村(社区)的居民、网格员和工作人员可以" + what);
        }
    }

    public List<TopicAction> available(CurrentUser user, TopicView topic) {
        return TopicTransitions.available(topic.step(), DeliberationAccess.rolesAt(user, topic.territoryCode()));
    }

    TopicView view(CurrentUser user, TopicRepository.Stored t) {
        String proposer = DeliberationAccess.seesNames(user, t.territoryCode()) || t.proposerId() == user.id() ? t.proposerName() : mask(t.proposerName());
        return new TopicView(t.id(), t.territoryCode(), t.title(), t.description(), t.step(), t.step().label(), proposer,
                t.supportCount(), t.commentCount(), t.createdAt(), t.updatedAt(), t.version());
    }

    /** 张** : the family name and one star for each further character. */
    static String mask(String name) {
        if (name == null || name.length() <= 1) {
            return "*";
        }
        return name.charAt(0) + "*".repeat(name.length() - 1);
    }
}
