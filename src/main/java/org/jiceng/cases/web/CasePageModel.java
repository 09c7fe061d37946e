package org.jiceng.cases.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.TimelineEntry;
import org.jiceng.cases.internal.CategoryService;
import org.jiceng.identity.IdentityApi;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.stereotype.Component;

/** What the case pages share: roles, the category tree for a select, names of places and units, timeline rows. */
@Component
class CasePageModel {

    private final CategoryService categories;
    private final TerritoryApi territory;
    private final IdentityApi identity;

    CasePageModel(CategoryService categories, TerritoryApi territory, IdentityApi identity) {
        this.categories = categories;
        this.territory = territory;
        this.identity = identity;
    }

    /** A top-level category with its active leaves: one {@code <optgroup>} of the select. */
    record CategoryGroup(String code, String name, List<CategoryView> leaves) {
    }

    /** One line of a timeline as the page shows it. */
    record TimelineRow(OffsetDateTime at, String who, String what, String from, String to, String note,
                       List<String> photos) {
    }

    static Set<Role> roles(CurrentUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.grants().forEach(g -> roles.add(g.role()));
        return roles;
    }

    static boolean isStaff(CurrentUser user) {
        return user.hasAny(Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN);
    }

    /** Handlers see the reporter's name and who did what; residents see the public side. */
    static boolean isHandler(CurrentUser user) {
        return user.hasAny(Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.DEPT_STAFF, Role.COUNTY_ADMIN,
                Role.AUDITOR);
    }

    /** Where a case page leads back to: the list this person works from, and its name. */
    static String[] back(CurrentUser user) {
        if (isStaff(user)) {
            return new String[] {"/cases/inbox", "诉求待办"};
        }
        if (user.has(Role.DEPT_STAFF)) {
            return new String[] {"/cases/unit", "部门待办"};
        }
        if (user.has(Role.GRID_WORKER)) {
            return new String[] {"/cases/grid", "我的网格"};
        }
        return new String[] {"/cases/mine", "我的诉求"};
    }

    static void require(boolean allowed, String message) {
        if (!allowed) {
            throw new ForbiddenException(message);
        }
    }

    List<CategoryGroup> categoryGroups() {
        Map<String, CategoryView> tops = new LinkedHashMap<>();
        Map<String, List<CategoryView>> leaves = new LinkedHashMap<>();
        for (CategoryView c : categories.all()) {
            if (c.parentCode() == null) {
                tops.put(c.code(), c);
            } else if (c.active()) {
                leaves.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
            }
        }
        return tops.values().stream().filter(t -> leaves.containsKey(t.code()))
                .map(t -> new CategoryGroup(t.code(), t.name(), leaves.get(t.code()))).toList();
    }

    String placeName(String code, CurrentUser user) {
        if (code == null) {
            return "";
        }
        if (code.length() == 15) {
            var grid = territory.grid(code, user.scope());
            if (grid.isPresent()) {
                return grid.get().name();
            }
            return territory.division(code.substring(0, 12)).map(d -> d.name() + " · 网格 " + code.substring(12)).orElse(code);
        }
        return territory.division(code).map(d -> d.name()).orElse(code);
    }

    String unitName(Long id) {
        return id == null ? null : territory.unit(id).map(UnitView::name).orElse("单位 " + id);
    }

    /** The units a dispatcher may whistle: county departments and units in their territory. */
    List<UnitView> units(CurrentUser user) {
        return territory.units("", user.scope());
    }

    /**
     * The timeline for this viewer. Handlers see every entry with the actor's name; the reporter and followers see
     * the public changes only (no whistle, no internal step that left the state as it was), with "您" for
     * themselves. The reporter's own entries name them only to those {@code showReporter} allows.
     */
    List<TimelineRow> timeline(List<TimelineEntry> entries, CurrentUser user, boolean showReporter) {
        boolean handler = isHandler(user);
        String reporter = !entries.isEmpty() && entries.getFirst().action().equals("file") ? entries.getFirst().actor() : null;
        Map<String, String> names = new java.util.HashMap<>();
        List<TimelineRow> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            CaseState from = e.fromState() == null ? null : CaseState.valueOf(e.fromState());
            CaseState to = CaseState.valueOf(e.toState());
            if (!handler && from != null && (from == to || !to.isPublic())) {
                continue;
            }
            String who = e.actor().equals(user.username()) ? "您"
                    : e.actor().equals(reporter) && !showReporter ? "反映人"
                    : handler ? names.computeIfAbsent(e.actor(), this::displayName)
                    : e.actor().equals("系统") ? "系统" : "工作人员";
            rows.add(new TimelineRow(e.at(), who, actionLabel(e.action()), from == null ? null : from.label(), to.label(),
                    e.note(), e.attachments()));
        }
        return rows;
    }

    /** A person's name for handlers; a channel's or the system's name as it stands. */
    private String displayName(String actor) {
        return identity.findByUsername(actor).map(CurrentUser::displayName).orElse(actor);
    }

    static String actionLabel(String path) {
        return switch (path) {
            case "file" -> "提交诉求";
            case "make-public" -> "设为公开";
            case "make-private" -> "设为不公开";
            case "recategorise" -> "更改分类";
            default -> CaseAction.ofPath(path).map(CaseAction::label).orElse(path);
        };
    }

    /** Whether the user reported this case: the filing entry is theirs. */
    static boolean isReporter(List<TimelineEntry> entries, CurrentUser user, CaseView view) {
        return view.externalId() == null && !entries.isEmpty() && entries.getFirst().action().equals("file")
                && entries.getFirst().actor().equals(user.username());
    }
}
