package org.jiceng.party.internal.duty;

import static org.jiceng.Resource.PLEDGE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.PartyApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledges (承诺事项, seed 004): a member makes and updates their own; the branch and staff of the place keep
 * them for the members there. A kept pledge's completion is shown on the community's public board.
 */
@Service
public class Pledges {

    static final int CONTENT_MAX = 500;
    static final int NOTE_MAX = 500;

    private final PledgeRepository pledges;
    private final PartyApi party;
    private final Clock clock;

    Pledges(PledgeRepository pledges, PartyApi party, Clock clock) {
        this.pledges = pledges;
        this.party = party;
        this.clock = clock;
    }

    public record Request(Long memberId, String content, String dueOn) {
    }

    public record Progress(String note) {
    }

    /** Kept (KEPT, on a day, saying how) or withdrawn (WITHDRAWN, saying why). */
    public record Closing(String state, String on, String note, Integer version) {
    }

    public record Detail(PledgeView pledge, List<PledgeView.Note> notes, boolean overdue) {
    }

    @Transactional
    public long make(Request r, CurrentUser user) {
        DutyAccess.where(user, PLEDGE, Action.CREATE);
        MemberView member = DutyAccess.member(r.memberId(), user, PLEDGE, Action.CREATE, party);
        String content = Input.text(r.content(), "content", "承诺内容", 1, CONTENT_MAX);
        LocalDate today = Beijing.today(clock);
        LocalDate due = Input.date(r.dueOn(), "dueOn", "兑现期限", null);
        PledgeRules.refuseDueDate(today, due).ifPresent(refusal -> {
            throw new BadInputException("dueOn", refusal);
        });
        return pledges.insert(member.id(), member.name(), member.territoryCode(), content, today, due);
    }

    @Transactional
    public Detail progress(long id, Progress p, CurrentUser user) {
        PledgeView pledge = find(id, user, Action.UPDATE);
        String note = Input.text(p.note(), "note", "进展情况", 1, NOTE_MAX);
        PledgeRules.refuseChange(pledge.state()).ifPresent(refusal -> {
            throw new ConflictException(refusal);
        });
        pledges.addNote(id, pledge.territoryCode(), Beijing.today(clock), note, user.id());
        return detail(id, user);
    }

    @Transactional
    public Detail close(long id, Closing c, CurrentUser user) {
        PledgeView pledge = find(id, user, Action.UPDATE);
        PledgeState state = Input.oneOf(PledgeState.class, c.state(), "state", "结果", PledgeState::label, PledgeState.KEPT);
        if (state == PledgeState.PROMISED) {
            throw new BadInputException("state", "结果须为 KEPT 已兑现 或 WITHDRAWN 已撤回");
        }
        String note = Input.text(c.note(), "note", state == PledgeState.KEPT ? "兑现情况" : "撤回原因", 1, NOTE_MAX);
        LocalDate today = Beijing.today(clock);
        LocalDate on = Input.date(c.on(), "on", "日期", today);
        PledgeRules.refuseChange(pledge.state()).ifPresent(refusal -> {
            throw new ConflictException(refusal);
        });
        PledgeRules.refuseKeptOn(pledge.pledgedOn(), today, on).ifPresent(refusal -> {
            throw new BadInputException("on", refusal);
        });
        int version = c.version() == null ? pledge.version() : c.version();
        if (!pledges.close(id, version, state, on, note)) {
            throw new ConflictException("承诺已被他人变更，请刷新后重试");
        }
        return detail(id, user);
    }

    public Detail detail(long id, CurrentUser user) {
        PledgeView pledge = find(id, user, Action.READ);
        return new Detail(pledge, pledges.notes(id), pledge.overdueOn(Beijing.today(clock)));
    }

    /** The pledge if the user may do {@code action} to it (their own, or one in their territory); 404 otherwise. */
    PledgeView find(long id, CurrentUser user, Action action) {
        Scope scope = DutyAccess.where(user, PLEDGE, action);
        Long own = ownMember(user, action);
        return pledges.find(id, scope, own)
                .filter(p -> AccessPolicy.allows(user, PLEDGE, action, AccessPolicy.Target.at(p.territoryCode())
                        .withIf(DutyAccess.own(p.memberId(), user), Relation.OWN)))
                .orElseThrow(() -> new NotFoundException("承诺 " + id + " 不存在或不在您的辖区内"));
    }

    /** Pledges in the scope and the user's own, by id. */
    public Page<PledgeView> list(Scope scope, CurrentUser user, String after, int limit) {
        return Page.byId(pledges.within(scope, ownMember(user, Action.READ), Cursor.idAbove(after), limit + 1), limit,
                PledgeView::id);
    }

    private static Long ownMember(CurrentUser user, Action action) {
        return AccessPolicy.relations(user, PLEDGE, action).contains(Relation.OWN) ? user.partyMemberId() : null;
    }

    public LocalDate today() {
        return Beijing.today(clock);
    }
}
