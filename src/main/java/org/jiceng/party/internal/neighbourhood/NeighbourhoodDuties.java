package org.jiceng.party.internal.neighbourhood;

import static org.jiceng.Resource.NEIGHBOURHOOD_DUTY;
import static org.jiceng.Resource.PARTY_POST;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.PostKind;
import org.jiceng.party.PostView;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Duty;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.DutyKind;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Election;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.ElectionMethod;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Evaluation;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Household;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.PostAtWork;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Rating;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.PeopleApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 三长 (片长/组长/邻长) and 双楼长 at work (seeds 000, 001, 004): how each was chosen, the households of the
 * register they serve, their duties, and the community's monthly evaluation. The holder reads their own post
 * (OWN: the account is the resident who holds it); the branch and staff of the place keep it.
 */
@Service
public class NeighbourhoodDuties {

    static final int MINUTES_MAX = 2000;
    static final int DUTY_MAX = 200;
    static final int NOTE_MAX = 200;

    private final NeighbourhoodRepository rows;
    private final ObjectProvider<PeopleApi> people;
    private final Clock clock;

    NeighbourhoodDuties(NeighbourhoodRepository rows, ObjectProvider<PeopleApi> people, Clock clock) {
        this.rows = rows;
        this.people = people;
        this.clock = clock;
    }

    public record ElectionRequest(String heldOn, String method, Integer votes, Integer participants, String minutes) {
    }

    public record HouseholdsRequest(List<Long> householdIds) {
    }

    public record DutyRequest(String kind, String description) {
    }

    public record EvaluationRequest(String month, String rating, String note) {
    }

    /** The post if the user may do {@code action} of {@code resource} to it; 404 otherwise. */
    public PostView post(long id, CurrentUser user, Resource resource, Action action) {
        if (!AccessPolicy.mayAtAll(user, resource, action)) {
            throw AccessPolicy.refusal(resource, action);
        }
        return rows.post(id, Scope.everything())
                .filter(p -> AccessPolicy.allows(user, resource, action, target(p, user)))
                .orElseThrow(() -> new NotFoundException("职务 " + id + " 不存在或不在您的辖区内"));
    }

    static AccessPolicy.Target target(PostView post, CurrentUser user) {
        boolean own = user.residentId() != null && user.residentId().equals(post.residentId());
        return AccessPolicy.Target.at(post.territoryCode()).withIf(own, Relation.OWN);
    }

    public PostAtWork atWork(long id, CurrentUser user) {
        PostView post = post(id, user, NEIGHBOURHOOD_DUTY, Action.READ);
        return new PostAtWork(post, rows.election(id).orElse(null), householdsFor(post, user), rows.duties(id),
                rows.reports(id, 50), rows.evaluations(id));
    }

    /** The posts the user holds as a resident of the register. */
    public List<PostView> mine(CurrentUser user) {
        return user.residentId() == null ? List.of() : rows.postsOf(user.residentId());
    }

    @Transactional
    public Election elect(long id, ElectionRequest r, CurrentUser user) {
        PostView post = post(id, user, PARTY_POST, Action.UPDATE);
        if (post.kind() == PostKind.GRID_WORKER) {
            throw new ConflictException("网格员由社区聘用，不经推选；推选记录只用于三长和楼长");
        }
        LocalDate today = Beijing.today(clock);
        LocalDate held = Input.date(r.heldOn(), "heldOn", "推选日期", null);
        if (held.isAfter(today)) {
            throw new BadInputException("heldOn", "推选日期 " + held + " 不能晚于今天");
        }
        ElectionMethod method = Input.oneOf(ElectionMethod.class, r.method(), "method", "推选方式",
                ElectionMethod::label, null);
        int participants = count(r.participants(), "participants", "参加人数");
        int votes = count(r.votes(), "votes", "得票数");
        if (participants == 0) {
            throw new BadInputException("participants", "参加人数（participants）须至少 1 人");
        }
        if (votes > participants) {
            throw new BadInputException("votes", "得票数 " + votes + " 不能多于参加人数 " + participants);
        }
        String minutes = Input.text(r.minutes(), "minutes", "推选记录", 1, MINUTES_MAX);
        Election election = new Election(held, method, votes, participants, minutes);
        rows.saveElection(post, election, user.id());
        return election;
    }

    private static int count(Integer value, String field, String label) {
        if (value == null) {
            throw new BadInputException(field, "请填写" + label + "（" + field + "）");
        }
        if (value < 0 || value > 100_000) {
            throw new BadInputException(field, label + "（" + field + "）须在 0 到 100000 之间");
        }
        return value;
    }

    /** Adds households of the register in the post's village; all or none. */
    @Transactional
    public List<Household> addHouseholds(long id, HouseholdsRequest r, CurrentUser user) {
        PostView post = post(id, user, NEIGHBOURHOOD_DUTY, Action.UPDATE);
        if (r.householdIds() == null || r.householdIds().isEmpty()) {
            throw new BadInputException("householdIds", "请填写要联系的户编号 householdIds");
        }
        if (r.householdIds().size() > 200) {
            throw new BadInputException("householdIds", "一次最多添加 200 户");
        }
        PeopleApi register = register();
        String village = post.territoryCode().substring(0, 12);
        for (Long household : r.householdIds()) {
            long hid = Input.id(household, "householdIds", "户编号");
            HouseholdView found = register.household(hid, Scope.of(village))
                    .orElseThrow(() -> new BadInputException("householdIds", "户 " + hid + " 不在本职务所在的村(社区)"));
            rows.addHousehold(post, found.id());
        }
        return households(post);
    }

    @Transactional
    public List<Household> removeHousehold(long id, long householdId, CurrentUser user) {
        PostView post = post(id, user, NEIGHBOURHOOD_DUTY, Action.UPDATE);
        if (!rows.removeHousehold(id, householdId)) {
            throw new NotFoundException("该职务没有联系户 " + householdId);
        }
        return households(post);
    }

    @Transactional
    public List<Duty> addDuty(long id, DutyRequest r, CurrentUser user) {
        PostView post = post(id, user, NEIGHBOURHOOD_DUTY, Action.UPDATE);
        DutyKind kind = Input.oneOf(DutyKind.class, r.kind(), "kind", "职责类别", DutyKind::label, null);
        String description = Input.text(r.description(), "description", "职责内容", 1, DUTY_MAX);
        rows.addDuty(post, kind, description);
        return rows.duties(id);
    }

    /** Records the month's evaluation (a second one for the month replaces the first); not for a month to come. */
    @Transactional
    public List<Evaluation> evaluate(long id, EvaluationRequest r, CurrentUser user) {
        PostView post = post(id, user, NEIGHBOURHOOD_DUTY, Action.ACT);
        YearMonth month = month(r.month());
        YearMonth current = YearMonth.from(Beijing.today(clock));
        if (month.isAfter(current)) {
            throw new BadInputException("month", "不能评定尚未到来的月份 " + month);
        }
        if (month.isBefore(YearMonth.from(post.since()))) {
            throw new BadInputException("month", month + " 时" + post.holderName() + "尚未任职（" + post.since() + " 起）");
        }
        Rating rating = Input.oneOf(Rating.class, r.rating(), "rating", "评定等次", Rating::label, null);
        String note = Input.optionalText(r.note(), "note", "评语", NOTE_MAX);
        rows.saveEvaluation(post, new Evaluation(month.atDay(1), rating, note), user.id());
        return rows.evaluations(id);
    }

    static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            throw new BadInputException("month", "请填写评定月份（month，格式 YYYY-MM）");
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() < 2000 || month.getYear() > 2999) {
                throw new BadInputException("month", "评定月份（month）“" + value + "”超出范围");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new BadInputException("month", "评定月份（month）“" + value + "”格式不正确，应如 2026-05");
        }
    }

    /**
     * The post's households as {@code user} may see them: in full to the holder, who calls on them, and to those
     * who keep the register there; to oversight and other party readers the address and the head's name masked,
     * as the register itself shows them.
     */
    List<Household> householdsFor(PostView post, CurrentUser user) {
        List<Household> all = households(post);
        boolean full = target(post, user).held().contains(Relation.OWN) || AccessPolicy.allows(user,
                org.jiceng.Resource.PERSONAL_NUMBER, Action.REVEAL, AccessPolicy.Target.at(post.territoryCode()));
        if (full) {
            return all;
        }
        return all.stream().map(h -> new Household(h.id(), h.territoryCode(), masked(h.address()), h.buildingName(),
                masked(h.head()), h.members())).toList();
    }

    static String masked(String text) {
        return text == null || text.isEmpty() ? text : text.charAt(0) + "*".repeat(Math.min(text.length() - 1, 6));
    }

    List<Household> households(PostView post) {
        List<Long> ids = rows.households(post.id());
        if (ids.isEmpty()) {
            return List.of();
        }
        PeopleApi register = register();
        List<Household> found = new ArrayList<>();
        for (long hid : ids) {
            register.household(hid, Scope.of(post.territoryCode().substring(0, 12)))
                    .ifPresent(h -> found.add(new Household(h.id(), h.territoryCode(), h.address(), h.buildingName(),
                            h.head(), h.members())));
        }
        return found;
    }

    private PeopleApi register() {
        PeopleApi register = people.getIfAvailable();
        if (register == null) {
            throw new ConflictException("人口模块尚未启用，无法关联住户");
        }
        return register;
    }
}
