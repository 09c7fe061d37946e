package org.jiceng.assessment.internal.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.assessment.internal.lists.PowerListRepository.ItemRow;
import org.jiceng.assessment.internal.lists.PowerListRepository.ListRow;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists that bound power: the county or a town drafts a new version of a list (items, each with its procedure
 * as ordered steps and who decides each), and publishing it supersedes the version in force, which stays readable.
 * Published versions are public to every account; drafts only to those who may write the list.
 */
@Service
public class PowerLists {

    static final int ITEMS_MAX = 200;
    static final int STEPS_MAX = 20;

    public record StepRequest(String action, String decider) {
    }

    public record ItemRequest(String category, String name, String basis, String description, List<StepRequest> steps) {
    }

    public record ListRequest(String kind, String territoryCode, String title, String note, Boolean allowsOutside,
                              List<ItemRequest> items) {
    }

    public record Summary(long id, String kind, String kindName, String territoryCode, String place, int version,
                          String title, String status, String statusName, LocalDate publishedOn, boolean allowsOutside) {
    }

    public record Step(int position, String action, String decider) {
    }

    public record Item(long id, int position, String category, String name, String basis, String description,
                       List<Step> steps) {
    }

    public record Detail(Summary list, String note, List<Item> items, List<Summary> versions) {
    }

    public record Hit(long id, long listId, String listTitle, String kind, String kindName, String place, int position,
                      String category, String name, String description) {
    }

    private final PowerListRepository rows;
    private final TerritoryApi territory;
    private final Clock clock;

    PowerLists(PowerListRepository rows, TerritoryApi territory, Clock clock) {
        this.rows = rows;
        this.territory = territory;
        this.clock = clock;
    }

    @Transactional
    public long draft(ListRequest request, CurrentUser user) {
        ListKind kind = Input.oneOf(ListKind.class, request.kind(), "kind", "清单类别", ListKind::label, null);
        String code = Input.text(request.territoryCode(), "territoryCode", "制定清单的县或镇(街道)", 6, 12);
        if (territory.division(code).isEmpty()) {
            throw new BadInputException("territoryCode", "区划 " + code + " 不存在");
        }
        if (kind == ListKind.TOWN_DUTIES && code.length() != 9) {
            throw new BadInputException("territoryCode", "权责清单须由镇(街道)制定");
        }
        AccessPolicy.check(user, Resource.POWER_LIST, Action.MANAGE, AccessPolicy.Target.at(code));
        String title = Input.text(request.title(), "title", "清单名称", 2, 80);
        String note = Input.optionalText(request.note(), "note", "说明", 1000);
        List<ItemRequest> items = request.items() == null ? List.of() : request.items();
        if (items.isEmpty() || items.size() > ITEMS_MAX) {
            throw new BadInputException("items", "清单须有 1 到 " + ITEMS_MAX + " 个事项");
        }
        int version = rows.nextVersion(code, kind.name());
        long id = rows.insertList(code, kind.name(), version, title, note,
                kind == ListKind.ADMISSION && Boolean.TRUE.equals(request.allowsOutside()), user.id());
        for (int i = 0; i < items.size(); i++) {
            ItemRequest item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null) {
                throw new BadInputException(field, "第 " + (i + 1) + " 个事项为空");
            }
            long itemId = rows.insertItem(id, code, i + 1,
                    Input.text(item.category(), field + ".category", "第 " + (i + 1) + " 项的类别", 1, 40),
                    Input.text(item.name(), field + ".name", "第 " + (i + 1) + " 项的名称", 2, 100),
                    Input.optionalText(item.basis(), field + ".basis", "第 " + (i + 1) + " 项的依据", 500),
                    Input.optionalText(item.description(), field + ".description", "第 " + (i + 1) + " 项的说明", 1000));
            List<StepRequest> steps = item.steps() == null ? List.of() : item.steps();
            if (kind == ListKind.MICRO_POWER && steps.isEmpty()) {
                throw new BadInputException(field + ".steps", "小微权力事项须列出办理流程（第 " + (i + 1) + " 项）");
            }
            if (steps.size() > STEPS_MAX) {
                throw new BadInputException(field + ".steps", "每个事项最多 " + STEPS_MAX + " 个步骤");
            }
            for (int s = 0; s < steps.size(); s++) {
                StepRequest step = steps.get(s);
                String at = field + ".steps[" + s + "]";
                String label = "第 " + (i + 1) + " 项第 " + (s + 1) + " 步";
                rows.insertStep(itemId, code, s + 1,
                        Input.text(step == null ? null : step.action(), at + ".action", label + "的内容", 2, 200),
                        Input.text(step == null ? null : step.decider(), at + ".decider", label + "的决定者", 2, 60));
            }
        }
        return id;
    }

    @Transactional
    public Summary publish(long id, CurrentUser user) {
        ListRow draft = rows.list(id, drafts(user)).orElseThrow(() -> notFound(id));
        AccessPolicy.check(user, Resource.POWER_LIST, Action.MANAGE, AccessPolicy.Target.at(draft.territoryCode()));
        if (!draft.status().equals("DRAFT") || !rows.publish(draft, Beijing.today(clock))) {
            throw new ConflictException("该版本已发布，不能再次发布");
        }
        return summary(rows.list(id, drafts(user)).orElseThrow());
    }

    public Page<Summary> lists(CurrentUser user, ListKind kind, String territoryCode, String after, int limit) {
        return Page.byId(rows.lists(drafts(user), kind == null ? null : kind.name(), territoryCode, Cursor.idBelow(after),
                limit + 1).stream().map(this::summary).toList(), limit, Summary::id);
    }

    public Detail detail(long id, CurrentUser user) {
        Scope drafts = drafts(user);
        ListRow list = rows.list(id, drafts).orElseThrow(() -> notFound(id));
        Map<Long, List<Step>> steps = rows.steps(id).stream().collect(Collectors.groupingBy(
                PowerListRepository.StepRow::itemId,
                Collectors.mapping(s -> new Step(s.position(), s.action(), s.decider()), Collectors.toList())));
        List<Item> items = new ArrayList<>();
        for (ItemRow i : rows.items(id)) {
            items.add(new Item(i.id(), i.position(), i.category(), i.name(), i.basis(), i.description(),
                    steps.getOrDefault(i.id(), List.of())));
        }
        return new Detail(summary(list), list.note(), items, rows.versions(list, drafts).stream().map(this::summary).toList());
    }

    public Page<Hit> search(String text, ListKind kind, String after, int limit) {
        String words = Input.text(text, "q", "搜索内容", 1, 40);
        return Page.of(rows.search(words, kind == null ? null : kind.name(), Cursor.idAbove(after), limit + 1).stream()
                .map(h -> new Hit(h.id(), h.listId(), h.listTitle(), h.kind(), ListKind.valueOf(h.kind()).label(),
                        place(h.territoryCode()), h.position(), h.category(), h.name(), h.description())).toList(),
                limit, h -> Cursor.of(h.id()));
    }

    /** The 工作准入清单 in force for a village, with its items, if there is one. */
    public java.util.Optional<Detail> admissionFor(String village, CurrentUser user) {
        return rows.admissionFor(village).map(l -> detail(l.id(), user));
    }

    /** Where the person may see drafts: where they may write the lists. */
    static Scope drafts(CurrentUser user) {
        return AccessPolicy.scope(user, Resource.POWER_LIST, Action.MANAGE);
    }

    Summary summary(ListRow l) {
        ListKind kind = ListKind.valueOf(l.kind());
        return new Summary(l.id(), l.kind(), kind.label(), l.territoryCode(), place(l.territoryCode()), l.version(),
                l.title(), l.status(), status(l.status()), l.publishedOn(), l.allowsOutside());
    }

    static String status(String status) {
        return switch (status) {
            case "DRAFT" -> "草稿";
            case "PUBLISHED" -> "现行";
            default -> "已被新版本替代";
        };
    }

    String place(String code) {
        return territory.division(code).map(DivisionView::name).orElse(code);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("清单 " + id + " 不存在");
    }
}
