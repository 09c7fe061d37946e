package org.jiceng.party.internal.organisation;

import static org.jiceng.Resource.PARTY_ORG;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationLevel;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.PartyAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds and changes party organisations: create, rename, change focus, move, merge, dissolve. Each change reads the
 * record in the caller's scope (404 outside it), asks the policy where it lands, holds the tree lock while
 * {@link OrganisationRules} decide, names the version it was made on (409 if the record changed meanwhile), and
 * writes what it did to the organisation's history, in one transaction.
 */
@Service
public class OrganisationChanges {

    static final int NAME_MAX = 60;
    static final int FOCUS_MAX = 20;

    private final OrganisationStore store;
    private final Clock clock;

    OrganisationChanges(OrganisationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public record Create(Long parentId, String name, String level, String kind, String focus, String territoryCode,
                         String establishedOn) {
    }

    /** Only what is given changes: a new name, a new focus, a new parent. */
    public record Change(Integer version, String name, String focus, Long parentId) {
    }

    public record Merge(Integer version, Long survivorId) {
    }

    public record Dissolve(Integer version, Long moveTo, String dissolvedOn) {
    }

    @Transactional
    public OrganisationView create(CurrentUser user, Create request) {
        store.lockTree(); // the rules below decide on the tree as it is, not as it was a moment ago
        long parentId = Input.id(request.parentId(), "parentId", "上级组织");
        OrganisationView parent = readable(parentId, user, "parentId");
        String territory = request.territoryCode() == null || request.territoryCode().isBlank() ? parent.territoryCode()
                : request.territoryCode().strip();
        if (!territory.matches("[0-9]{6,15}")) {
            throw new BadInputException("territoryCode", "所在区划（territoryCode）须为 6 到 15 位数字区划代码");
        }
        AccessPolicy.check(user, PARTY_ORG, Action.CREATE, Target.at(territory));
        String name = Input.text(request.name(), "name", "组织名称", 2, NAME_MAX);
        OrganisationLevel level = choice(OrganisationLevel.class, request.level(), "level", "层级");
        OrganisationKind kind = choice(OrganisationKind.class, request.kind(), "kind", "类型");
        String focus = Input.optionalText(request.focus(), "focus", "工作方向或行业", FOCUS_MAX);
        LocalDate today = Beijing.today(clock);
        LocalDate established = Input.date(request.establishedOn(), "establishedOn", "成立日期", today);
        if (established.isAfter(today)) {
            throw new BadInputException("establishedOn", "成立日期（establishedOn）不能晚于今天");
        }
        // the finer rules first, so that a form shows the refusal beside the field at fault
        refuse(OrganisationRules.kindFits(kind, level, territory, focus), kind.hasFocus() || focus != null ? "focus" : "kind");
        refuse(OrganisationRules.within(node(parent), territory), "territoryCode");
        refuse(OrganisationRules.mayCreate(node(parent), level, kind, territory, focus), "level");
        long id = store.insert(parent.id(), name, level, kind, focus, territory, established);
        String what = level.label() + "，" + kind.label() + (focus == null ? "" : "·" + focus);
        record(user, id, "CREATED", "新建“" + name + "”（" + what + "），隶属“" + parent.name() + "”");
        return store.find(id, PartyAccess.organisations(user)).orElseThrow();
    }

    @Transactional
    public OrganisationView change(CurrentUser user, long id, Change request) {
        store.lockTree();
        OrganisationView o = readable(id, user, null);
        AccessPolicy.check(user, PARTY_ORG, Action.UPDATE, Target.at(o.territoryCode()));
        int version = version(request.version());
        String name = request.name() == null ? o.name() : Input.text(request.name(), "name", "组织名称", 2, NAME_MAX);
        String focus = request.focus() == null ? o.focus() : Input.optionalText(request.focus(), "focus", "工作方向或行业", FOCUS_MAX);
        Long parentId = request.parentId() == null ? o.parentId() : (Long) Input.id(request.parentId(), "parentId", "上级组织");
        refuse(OrganisationRules.kindFits(o.kind(), o.level(), o.territoryCode(), focus), "focus");
        OrganisationView parent = null;
        boolean moved = parentId != null && !parentId.equals(o.parentId());
        if (moved) {
            parent = readable(parentId, user, "parentId");
            AccessPolicy.check(user, PARTY_ORG, Action.UPDATE, Target.at(parent.territoryCode()));
            refuse(OrganisationRules.mayMove(node(o), node(parent), store.ancestors(parent.id())), "parentId");
        }
        if (!store.update(id, version, name, focus, parentId)) {
            throw changedMeanwhile(o);
        }
        if (!name.equals(o.name())) {
            record(user, id, "RENAMED", "更名：“" + o.name() + "”改为“" + name + "”");
        }
        if (focus != null && !focus.equals(o.focus())) {
            record(user, id, "FOCUS_CHANGED", "工作方向：" + (o.focus() == null ? "无" : o.focus()) + " → " + focus);
        }
        if (moved) {
            String from = o.parentId() == null ? "无" : store.find(o.parentId(), org.jiceng.Scope.everything())
                    .map(OrganisationView::name).orElse("—");
            record(user, id, "MOVED", "隶属关系调整：从“" + from + "”调至“" + parent.name() + "”");
        }
        return store.find(id, PartyAccess.organisations(user)).orElseThrow();
    }

    /** Merges the organisation into the survivor: its children and members move there and it is dissolved, citing it. */
    @Transactional
    public OrganisationView merge(CurrentUser user, long id, Merge request) {
        store.lockTree();
        OrganisationView source = readable(id, user, null);
        AccessPolicy.check(user, PARTY_ORG, Action.ACT, Target.at(source.territoryCode()));
        int version = version(request.version());
        long survivorId = Input.id(request.survivorId(), "survivorId", "合并后保留的组织");
        OrganisationView survivor = readable(survivorId, user, "survivorId");
        AccessPolicy.check(user, PARTY_ORG, Action.ACT, Target.at(survivor.territoryCode()));
        refuse(OrganisationRules.mayMerge(node(source), node(survivor), store.ancestors(survivorId)), "survivorId");
        LocalDate today = Beijing.today(clock);
        if (!store.dissolve(id, version, today.isBefore(source.establishedOn()) ? source.establishedOn() : today, survivorId)) {
            throw changedMeanwhile(source);
        }
        long[] moved = store.handOver(id, survivorId);
        String counts = "下级组织 " + moved[0] + " 个、党员 " + moved[1] + " 名";
        record(user, id, "MERGED_INTO", "并入“" + survivor.name() + "”（" + counts + "随之转入），本组织撤销");
        record(user, survivorId, "ABSORBED", "“" + source.name() + "”并入本组织（" + counts + "转入）");
        return store.find(id, PartyAccess.organisations(user)).orElseThrow();
    }

    /** Dissolves the organisation; if it still has children or members, {@code moveTo} takes them. */
    @Transactional
    public OrganisationView dissolve(CurrentUser user, long id, Dissolve request) {
        store.lockTree();
        OrganisationView o = readable(id, user, null);
        AccessPolicy.check(user, PARTY_ORG, Action.ACT, Target.at(o.territoryCode()));
        int version = version(request.version());
        OrganisationView moveTo = null;
        if (request.moveTo() != null) {
            moveTo = readable(Input.id(request.moveTo(), "moveTo", "转入组织"), user, "moveTo");
            AccessPolicy.check(user, PARTY_ORG, Action.ACT, Target.at(moveTo.territoryCode()));
        }
        LocalDate today = Beijing.today(clock);
        LocalDate on = Input.date(request.dissolvedOn(), "dissolvedOn", "撤销日期", today);
        if (on.isAfter(today) || on.isBefore(o.establishedOn())) {
            throw new BadInputException("dissolvedOn", "撤销日期（dissolvedOn）须在成立日期 " + o.establishedOn() + " 与今天之间");
        }
        refuse(OrganisationRules.mayDissolve(node(o), store.activeChildLevels(id), store.members(id),
                moveTo == null ? null : node(moveTo), moveTo == null ? List.of() : store.ancestors(moveTo.id())), "moveTo");
        if (!store.dissolve(id, version, on, null)) {
            throw changedMeanwhile(o);
        }
        String detail = "撤销“" + o.name() + "”（" + on + "）";
        if (moveTo != null) {
            long[] moved = store.handOver(id, moveTo.id());
            detail += "，下级组织 " + moved[0] + " 个、党员 " + moved[1] + " 名转至“" + moveTo.name() + "”";
            record(user, moveTo.id(), "ABSORBED", "接收撤销的“" + o.name() + "”的下级组织 " + moved[0] + " 个、党员 "
                    + moved[1] + " 名");
        }
        record(user, id, "DISSOLVED", detail);
        return store.find(id, PartyAccess.organisations(user)).orElseThrow();
    }

    private OrganisationView readable(long id, CurrentUser user, String field) {
        return store.find(id, PartyAccess.organisations(user)).orElseThrow(() -> field == null
                ? new NotFoundException("党组织 " + id + " 不存在或不在您的辖区内")
                : new BadInputException(field, "党组织 " + id + " 不存在或不在您的辖区内"));
    }

    private void record(CurrentUser user, long id, String kind, String detail) {
        store.event(id, kind, detail, user.id(), user.displayName(), clock.instant());
    }

    static OrganisationRules.Node node(OrganisationView o) {
        return new OrganisationRules.Node(o.id(), o.parentId(), o.level(), o.kind(), o.territoryCode(), o.active(), o.name());
    }

    static int version(Integer version) {
        if (version == null) {
            throw new BadInputException("version", "请填写 version（读取党组织时得到的版本号），以免覆盖他人的修改");
        }
        return version;
    }

    static ConflictException changedMeanwhile(OrganisationView o) {
        return new ConflictException("“" + o.name() + "”已被他人修改（当前版本 " + o.version() + " 之后），请刷新后重试");
    }

    static void refuse(Optional<String> refusal, String field) {
        if (refusal.isPresent()) {
            throw new BadInputException(field, refusal.get());
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String label) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field, "请选择" + label + "（" + field + "）");
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(field, label + "（" + field + "）“" + value + "”无效");
        }
    }
}
