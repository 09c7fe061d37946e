package org.jiceng.party.internal.duty;

import static org.jiceng.Resource.DUTY_POST;

import java.time.Clock;
import java.time.LocalDate;
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
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.PartyApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 设岗定责: a post for a member without office (党员示范岗, 先锋岗, 责任区, 突击队), with duties, an area and a holder,
 * set where the member lives by the branch or party and government staff of the place.
 */
@Service
public class DutyPosts {

    static final int NAME_MAX = 40;
    static final int DUTIES_MAX = 1000;
    static final int AREA_MAX = 60;

    private final DutyPostRepository posts;
    private final PartyApi party;
    private final Clock clock;

    DutyPosts(DutyPostRepository posts, PartyApi party, Clock clock) {
        this.posts = posts;
        this.party = party;
        this.clock = clock;
    }

    public record Request(String kind, String name, String duties, String area, Long memberId, String startsOn,
                          String endsOn) {
    }

    public record Change(String duties, String area, String endsOn, Integer version) {
    }

    @Transactional
    public long create(Request r, CurrentUser user) {
        DutyAccess.where(user, DUTY_POST, Action.CREATE);
        DutyPostKind kind = Input.oneOf(DutyPostKind.class, r.kind(), "kind", "岗位类别", DutyPostKind::label, null);
        String name = Input.text(r.name(), "name", "岗位名称", 1, NAME_MAX);
        String duties = Input.text(r.duties(), "duties", "岗位职责", 1, DUTIES_MAX);
        String area = Input.optionalText(r.area(), "area", "责任区域", AREA_MAX);
        if (r.memberId() == null) {
            throw new BadInputException("memberId", "请填写上岗党员的编号 memberId");
        }
        MemberView member = DutyAccess.member(r.memberId(), user, DUTY_POST, Action.CREATE, party);
        LocalDate today = Beijing.today(clock);
        LocalDate starts = Input.date(r.startsOn(), "startsOn", "上岗日期", today);
        LocalDate ends = optionalDate(r.endsOn());
        checkTerm(starts, ends);
        return posts.insert(new DutyPostRepository.NewDutyPost(kind, name, duties, area, member.territoryCode(),
                member.id(), member.name(), starts, ends));
    }

    @Transactional
    public DutyPostView change(long id, Change c, CurrentUser user) {
        DutyPostView post = find(id, user, Action.UPDATE);
        String duties = c.duties() == null ? post.duties() : Input.text(c.duties(), "duties", "岗位职责", 1, DUTIES_MAX);
        String area = c.area() == null ? post.area() : Input.optionalText(c.area(), "area", "责任区域", AREA_MAX);
        LocalDate ends = c.endsOn() == null ? post.endsOn() : optionalDate(c.endsOn());
        checkTerm(post.startsOn(), ends);
        int version = c.version() == null ? post.version() : c.version();
        if (!posts.update(id, version, duties, area, ends)) {
            throw new ConflictException("岗位已被他人修改，请刷新后重试");
        }
        return find(id, user, Action.READ);
    }

    private static LocalDate optionalDate(String value) {
        return value == null || value.isBlank() ? null : Input.date(value, "endsOn", "到期日期", null);
    }

    private static void checkTerm(LocalDate starts, LocalDate ends) {
        if (ends != null && ends.isBefore(starts)) {
            throw new BadInputException("endsOn", "到期日期 " + ends + " 不能早于上岗日期 " + starts);
        }
    }

    /** The post if the user may do {@code action} to it; 404 otherwise (or 403 for one who may nowhere). */
    public DutyPostView find(long id, CurrentUser user, Action action) {
        Scope scope = DutyAccess.where(user, DUTY_POST, action);
        return posts.find(id, scope)
                .filter(p -> AccessPolicy.allows(user, DUTY_POST, action, AccessPolicy.Target.at(p.territoryCode())))
                .orElseThrow(() -> new NotFoundException("岗位 " + id + " 不存在或不在您的辖区内"));
    }

    public Page<DutyPostView> list(Scope scope, String after, int limit) {
        return Page.byId(posts.within(scope, Cursor.idAbove(after), limit + 1), limit, DutyPostView::id);
    }
}
