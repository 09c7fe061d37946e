package org.jiceng.party.internal.cobuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.CoBuildingApi;
import org.jiceng.party.NeedKind;
import org.jiceng.party.NeedStatus;
import org.jiceng.party.NeedView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's needs list (需求清单): published by the community, closed or fulfilled by it, claimed by volunteers. */
@Service
public class Needs implements CoBuildingApi {

    static final int TITLE_MAX = 60;
    static final int TEXT_MAX = 1000;
    static final int NAME_MAX = 60;

    private final NeedRepository needs;
    private final TerritoryApi territory;
    private final Clock clock;

    Needs(NeedRepository needs, TerritoryApi territory, Clock clock) {
        this.needs = needs;
        this.territory = territory;
        this.clock = clock;
    }

    public record NeedRequest(String communityCode, String title, String description, String kind, String wantedBy) {
    }

    /** A change the community makes: FULFILLED or CLOSED, with a note. */
    public record NeedChange(String status, String note) {
    }

    @Transactional
    public long publish(NeedRequest request, CurrentUser user) {
        String community = community(request.communityCode(), territory);
        CoBuildingAccess.requireWithin(CoBuildingAccess.where(user, Resource.CO_BUILDING, Action.CREATE), community);
        String title = Input.text(request.title(), "title", "需求名称", 2, TITLE_MAX);
        String description = Input.text(request.description(), "description", "需求说明", 1, TEXT_MAX);
        NeedKind kind = Input.oneOf(NeedKind.class, request.kind(), "kind", "需求类别", NeedKind::label, null);
        LocalDate wantedBy = request.wantedBy() == null || request.wantedBy().isBlank() ? null
                : Input.date(request.wantedBy(), "wantedBy", "希望完成日期", null);
        if (wantedBy != null && wantedBy.isBefore(Beijing.today(clock))) {
            throw new BadInputException("wantedBy", "希望完成日期 " + wantedBy + " 已经过去");
        }
        return needs.insert(community, title, description, kind, wantedBy, user.id());
    }

    public Page<NeedView> within(Scope scope, NeedStatus status, String after, int limit) {
        return Page.byId(needs.within(scope, status, Cursor.idBelow(after), limit + 1), limit, NeedView::id);
    }

    public NeedView find(long id, CurrentUser user) {
        return needs.find(id, CoBuildingAccess.reads(user)).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public NeedView change(long id, NeedChange change, CurrentUser user) {
        NeedView need = find(id, user);
        CoBuildingAccess.check(user, Resource.CO_BUILDING, Action.UPDATE, need.communityCode());
        NeedStatus to = Input.oneOf(NeedStatus.class, change.status(), "status", "需求状态", NeedStatus::label, null);
        if (to != NeedStatus.FULFILLED && to != NeedStatus.CLOSED) {
            throw new BadInputException("status", "社区只能将需求标为已完成（FULFILLED）或关闭（CLOSED）");
        }
        String note = Input.optionalText(change.note(), "note", "说明", TEXT_MAX);
        return move(need, to, null, note);
    }

    @Override
    public List<NeedView> openNeeds(String communityCode, NeedKind kind, Scope scope) {
        return needs.open(communityCode, kind, scope);
    }

    @Override
    public Optional<NeedView> need(long id, Scope scope) {
        return needs.find(id, scope);
    }

    @Override
    @Transactional
    public NeedView claim(long needId, String who, String note, Scope scope) {
        NeedView need = needs.find(needId, scope).orElseThrow(() -> notFound(needId));
        return move(need, NeedStatus.CLAIMED, Input.text(who, "who", "认领人", 1, NAME_MAX),
                Input.optionalText(note, "note", "认领说明", TEXT_MAX));
    }

    @Override
    @Transactional
    public NeedView fulfil(long needId, String who, String note, Scope scope) {
        NeedView need = needs.find(needId, scope).orElseThrow(() -> notFound(needId));
        if (need.status() == NeedStatus.CLAIMED && need.claimedBy() != null && !need.claimedBy().equals(who)) {
            throw new ConflictException("该需求由 " + need.claimedBy() + " 认领，须由认领人完成");
        }
        return move(need, NeedStatus.FULFILLED, Input.text(who, "who", "完成人", 1, NAME_MAX),
                Input.optionalText(note, "note", "完成说明", TEXT_MAX));
    }

    /** Moves a need by the state table; a project's matching moves its needs the same way. */
    NeedView move(NeedView need, NeedStatus to, String who, String note) {
        String refusal = need.status().refusal(to);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        if (!needs.move(need.id(), need.version(), to, who, note)) {
            throw new ConflictException("该需求刚被他人修改，请刷新后再试");
        }
        return needs.find(need.id(), Scope.everything()).orElseThrow();
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("需求 " + id + " 不存在或不在您的辖区内");
    }

    /** A 12-digit community (village) code that exists. */
    static String community(String code, TerritoryApi territory) {
        if (code == null || Level.ofCode(code.strip()) != Level.VILLAGE) {
            throw new BadInputException("communityCode", "communityCode 须为 12 位村(社区)代码");
        }
        return territory.division(code.strip()).orElseThrow(() -> new NotFoundException("村(社区) " + code + " 不存在"))
                .code();
    }
}
