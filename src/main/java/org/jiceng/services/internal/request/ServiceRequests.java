package org.jiceng.services.internal.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.County;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.jiceng.services.internal.catalogue.CatalogueItem;
import org.jiceng.services.internal.catalogue.ItemVersions;
import org.jiceng.services.internal.request.RequestRepository.Stored;
import org.jiceng.services.internal.request.RequestViews.Detail;
import org.jiceng.services.internal.request.RequestViews.DueLine;
import org.jiceng.services.internal.request.RequestViews.Line;
import org.jiceng.services.internal.request.RequestViews.Summary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asking for an item or an 一件事, and reading requests as the policy lets each person. */
@Service
public class ServiceRequests {

    private final RequestRepository repository;
    private final ItemVersions items;
    private final PeopleApi people;
    private final Clock clock;

    ServiceRequests(RequestRepository repository, ItemVersions items, PeopleApi people, Clock clock) {
        this.repository = repository;
        this.items = items;
        this.people = people;
        this.clock = clock;
    }

    /**
     * What is asked: the item (by id, or by its catalogue code in the county), the resident (left out when the
     * resident asks themselves), the channel (left out: 代办 by the village when the item allows it) and a note.
     */
    public record Ask(Long itemId, String itemCode, Long residentId, String channel, String note) {
    }

    @Transactional
    public Summary ask(Ask ask, CurrentUser user) {
        if (ask == null) {
            throw new BadInputException("请填写办件内容");
        }
        boolean self = ask.residentId() == null || ask.residentId().equals(user.residentId());
        Long residentId = self ? user.residentId() : ask.residentId();
        if (residentId == null) {
            throw new BadInputException("residentId", "您的账号尚未关联居民档案，请到村(社区)办理关联，或由代办员代为申请");
        }
        ResidentView resident = people.resident(residentId, Scope.everything())
                .orElseThrow(() -> new BadInputException("residentId", "没有这位居民"));
        String place = resident.territoryCode();
        if (place == null || place.length() < 12) {
            throw new BadInputException("residentId", "这位居民没有登记所在村(社区)");
        }
        String village = place.substring(0, 12);
        // one asks for oneself under the residents' row; for another only where a territorial row reaches them
        boolean allowed = self ? AccessPolicy.allows(user, Resource.SERVICE_REQUEST, Action.CREATE, Target.at(place))
                : AccessPolicy.scope(user, Resource.SERVICE_REQUEST, Action.CREATE).covers(place);
        if (!allowed) {
            throw AccessPolicy.refusal(Resource.SERVICE_REQUEST, Action.CREATE);
        }
        CatalogueItem item = item(ask, village.substring(0, 6));
        if (!village.startsWith(item.territoryCode())) {
            throw new BadInputException("itemId", "“" + item.name() + "”不在本村(社区)的服务事项清单内");
        }
        List<CatalogueItem> members = new ArrayList<>();
        if (item.bundle()) {
            for (Long member : item.members()) {
                members.add(items.published(item.county(), member).orElseThrow(() -> new BadInputException("itemId",
                        "“" + item.name() + "”所含事项已停办，暂不能申请")));
            }
            if (members.isEmpty()) {
                throw new BadInputException("itemId", "“" + item.name() + "”未列出所含事项");
            }
        } else {
            members.add(item);
        }
        Channel channel = channel(ask.channel(), members);
        String note = ask.note() == null ? "" : ask.note().strip();
        if (note.length() > 500) {
            throw new BadInputException("note", "备注最多 500 字");
        }
        boolean agent = user.has(Role.SERVICE_AGENT) && AccessPolicy.allows(user, Resource.SERVICE_REQUEST, Action.ACT,
                Target.at(village));
        OffsetDateTime now = now();
        long id = repository.insertRequest(village, item.id(), item.version(), item.name(), item.bundle(), residentId,
                resident.name(), self ? user.id() : null, channel, agent ? user.id() : null,
                agent ? user.displayName() : null, user.id(), now, note);
        int position = 1;
        for (CatalogueItem member : members) {
            repository.insertLine(item.county(), id, position++, member.id(), member.version(), member.name(),
                    member.officeUnitId(), member.officeName(), member.timeLimitDays(), member.materials());
        }
        repository.event(item.county(), id, null, now, user.id(), user.displayName(), "申请",
                item.name() + "（" + channel.label() + "）");
        return repository.request(id, false).orElseThrow().summary();
    }

    private CatalogueItem item(Ask ask, String county) {
        Optional<CatalogueItem> found;
        if (ask.itemId() != null) {
            found = items.published(County.of(county), ask.itemId());
        } else if (ask.itemCode() != null && !ask.itemCode().isBlank()) {
            found = items.publishedByCode(county, ask.itemCode().strip().toUpperCase(Locale.ROOT));
        } else {
            throw new BadInputException("itemId", "请选择要办理的事项");
        }
        return found.orElseThrow(() -> new BadInputException("itemId", "该事项不存在或未发布"));
    }

    private static Channel channel(String asked, List<CatalogueItem> members) {
        boolean agencyAllowed = members.stream().allMatch(CatalogueItem::agencyAllowed);
        Channel channel;
        if (asked == null || asked.isBlank()) {
            channel = agencyAllowed ? Channel.VILLAGE_AGENCY : Channel.SELF_SERVICE;
        } else {
            try {
                channel = Channel.valueOf(asked.strip());
            } catch (IllegalArgumentException e) {
                throw new BadInputException("channel", "办理方式应为本人申请、村组代办、政务楼长代办或全程代理");
            }
        }
        if (channel.agency() && !agencyAllowed) {
            String which = members.stream().filter(m -> !m.agencyAllowed()).map(CatalogueItem::name).findFirst()
                    .orElse("该事项");
            throw new BadInputException("channel", "“" + which + "”不能代办，须本人到窗口办理");
        }
        return channel;
    }

    public Detail detail(long id, CurrentUser user) {
        Stored request = repository.request(id, false).orElseThrow(() -> new NotFoundException("办件不存在"));
        List<Line> lines = repository.lines(id, now());
        RequestAccess.checkReadable(user, request, lines);
        boolean mayRate = request.summary().satisfaction() == null
                && RequestStatus.valueOf(request.summary().status()).ended()
                && RequestAccess.actors(user, request, null).stream().anyMatch(a -> a != LineState.Actor.OFFICE);
        return new Detail(request.summary(), lines, repository.photoIds(id), repository.events(id), mayRate);
    }

    /** What the reader may do on a request's page now: the steps of each line, adding photos, rating. */
    public record Allowed(java.util.Map<Long, List<String>> steps, boolean mayAddPhotos, boolean desk,
                          boolean resident) {
    }

    public Allowed allowed(Detail detail, CurrentUser user) {
        Stored request = repository.request(detail.request().id(), false).orElseThrow();
        java.util.Map<Long, List<String>> steps = new java.util.LinkedHashMap<>();
        for (Line line : detail.lines()) {
            var actors = RequestAccess.actors(user, request, line);
            LineState state = LineState.valueOf(line.state());
            steps.put(line.id(), java.util.Arrays.stream(LineState.Step.values())
                    .filter(s -> s.leaves(state) && s.takenBy(actors)).map(LineState.Step::path).toList());
        }
        var actors = RequestAccess.actors(user, request, null);
        boolean desk = actors.contains(LineState.Actor.DESK);
        boolean resident = actors.contains(LineState.Actor.RESIDENT);
        boolean open = !RequestStatus.valueOf(detail.request().status()).ended();
        return new Allowed(steps, open && (desk || resident), desk, resident);
    }

    /** The catalogue item a form is about, if published. */
    public java.util.Optional<CatalogueItem> publishedItem(long itemId) {
        return items.published(itemId);
    }

    /** The members of a bundle as published, for the form that asks for it. */
    public List<CatalogueItem> members(CatalogueItem bundle) {
        return bundle.members().stream().map(m -> items.published(bundle.county(), m)).flatMap(java.util.Optional::stream)
                .toList();
    }

    /** The requests the person may read, newest first; {@code mine}: only those they asked for themselves. */
    public Page<Summary> list(CurrentUser user, String territory, String status, boolean mine, String after, int limit) {
        Scope scope = mine ? Scope.nothing()
                : AccessPolicy.scope(user, Resource.SERVICE_REQUEST, Action.READ).askedFor(territory);
        var relations = AccessPolicy.relations(user, Resource.SERVICE_REQUEST, Action.READ);
        boolean own = relations.contains(Relation.OWN);
        Long unit = !mine && relations.contains(Relation.ASSIGNED_TO_UNIT) ? user.unitId().orElse(null) : null;
        String state = null;
        if (status != null && !status.isBlank()) {
            try {
                state = RequestStatus.valueOf(status.strip()).name();
            } catch (IllegalArgumentException e) {
                throw new BadInputException("status", "状态不正确");
            }
        }
        List<Summary> rows = repository.list(scope, own ? user.id() : null, own ? user.residentId() : null, unit, state,
                Cursor.idBelow(after), limit);
        return Page.byId(rows, limit, Summary::id);
    }

    /** Lines handed over and due within {@code days} calendar days (late ones first) for the person's desk or office. */
    public List<DueLine> dueSoon(CurrentUser user, int days, int limit) {
        Scope scope = AccessPolicy.scope(user, Resource.SERVICE_REQUEST, Action.READ);
        Long unit = AccessPolicy.relations(user, Resource.SERVICE_REQUEST, Action.READ)
                .contains(Relation.ASSIGNED_TO_UNIT) ? user.unitId().orElse(null) : null;
        OffsetDateTime now = now();
        return repository.dueLines(scope, unit, now.plusDays(days), now, limit);
    }

    /** 部门办件: the lines handed to the person's own office that it has in hand; refused to one without an office. */
    public List<DueLine> officeLines(CurrentUser user, int limit) {
        if (!AccessPolicy.relations(user, Resource.SERVICE_REQUEST, Action.ACT).contains(Relation.ASSIGNED_TO_UNIT)
                || user.unitId().isEmpty()) {
            throw AccessPolicy.refusal(Resource.SERVICE_REQUEST, Action.ACT);
        }
        return repository.officeLines(County.of(user.homeTerritory()), user.unitId().get(), now(), limit);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET);
    }
}
