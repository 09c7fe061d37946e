package org.jiceng.cases.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.ForbiddenException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Role;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseTransitions;
import org.jiceng.cases.CaseView;
import org.springframework.stereotype.Component;

/**
 * 批量受理: several cases accepted in one go, each through the case loop's own accept (the transition table, the
 * rules and the policy, in a transaction of its own), so one refused case leaves the others accepted and itself
 * untouched. The answer tells, case by case, which were accepted and, in the loop's own words, why the others not.
 */
@Component
public class BulkAccept {

    static final int MAX = 100;
    static final String NOTE = "批量受理";

    private final CaseService cases;

    BulkAccept(CaseService cases) {
        this.cases = cases;
    }

    /** One case's outcome: its number when the person may see it, accepted or the refusal's reason. */
    public record Outcome(String asked, Long id, String number, boolean accepted, String reason) {
    }

    /** {@code asked}: case ids or visible numbers (530326-…), as the desk's checkboxes send them. */
    public List<Outcome> accept(CurrentUser user, List<String> asked, String note) {
        if (!mayAccept(user)) {
            throw new ForbiddenException("批量受理只对负责受理诉求的网格员和村(社区)、乡镇(街道)、县级工作人员开放");
        }
        Set<String> distinct = new LinkedHashSet<>();
        if (asked != null) {
            asked.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).forEach(distinct::add);
        }
        if (distinct.isEmpty()) {
            throw new BadInputException("ids", "请先勾选要受理的诉求");
        }
        if (distinct.size() > MAX) {
            throw new BadInputException("ids", "一次最多受理 " + MAX + " 件，请分批受理");
        }
        String said = note == null || note.isBlank() ? NOTE : note.strip();
        List<Outcome> outcomes = new ArrayList<>();
        for (String one : distinct) {
            outcomes.add(acceptOne(user, one, said));
        }
        return outcomes;
    }

    private Outcome acceptOne(CurrentUser user, String asked, String note) {
        Optional<CaseView> found = find(user, asked);
        if (found.isEmpty()) {
            return new Outcome(asked, null, null, false, "诉求 " + asked + " 不存在或不在您的辖区内");
        }
        CaseView view = found.get();
        try {
            CaseView accepted = cases.act(user, view.id(), CaseAction.ACCEPT, CaseActionRequest.note(note));
            return new Outcome(asked, accepted.id(), accepted.number(), true, null);
        } catch (ConflictException | ForbiddenException | BadInputException | NotFoundException refused) {
            return new Outcome(asked, view.id(), view.number(), false, refused.getMessage());
        }
    }

    /** Whether {@code user} accepts cases at all: the desk gives them checkboxes only then. */
    public static boolean mayAccept(CurrentUser user) {
        return CaseTransitions.available(CaseState.RECEIVED, roles(user)).contains(CaseAction.ACCEPT);
    }

    private static Set<Role> roles(CurrentUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.grants().forEach(g -> roles.add(g.role()));
        return roles;
    }

    private Optional<CaseView> find(CurrentUser user, String asked) {
        if (asked.matches("[0-9]{1,18}")) {
            try {
                return Optional.of(cases.find(user, Long.parseLong(asked)));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        }
        return cases.findByNumber(user, asked);
    }
}
