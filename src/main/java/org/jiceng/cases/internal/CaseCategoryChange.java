package org.jiceng.cases.internal;

import java.time.Clock;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.cases.CaseRecategorised;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CategoryView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Puts an open case under another category: staff of its territory correct what the filer chose, or the model does
 * where a town lets it dispatch by itself. The change is on the internal timeline ({@value #ACTION}); the deadlines
 * stay as filed (they were promised). Training reads the category as it stands, so a correction teaches it.
 */
@Service
class CaseCategoryChange {

    static final String ACTION = "recategorise";

    private final CaseRepository cases;
    private final CategoryService categories;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseCategoryChange(CaseRepository cases, CategoryService categories, Clock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.categories = categories;
        this.clock = clock;
        this.events = events;
    }

    /** In the caller's transaction; the case already read as readable by {@code user}. */
    void change(CurrentUser user, CaseRepository.Stored stored, String categoryCode, boolean automatic, Integer version) {
        CaseView view = stored.view();
        if (!CaseAccess.maySetVisibility(user, view)) {
            throw AccessPolicy.refusal(Resource.CASE, Action.UPDATE);
        }
        CategoryView category = categories.find(categoryCode == null ? "" : categoryCode.strip())
                .filter(c -> c.leaf() && c.active())
                .orElseThrow(() -> new BadInputException("categoryCode", "请从分类列表中选择一个具体分类（4 位小类代码）"));
        if (!view.state().isOpen() || view.mergedInto() != null) {
            throw new ConflictException("诉求 " + view.number() + " 已办结，不能再改分类");
        }
        if (category.code().equals(view.categoryCode())) {
            return;
        }
        if (!cases.setCategory(view.id(), version != null ? version : view.version(), category.code())) {
            throw new OptimisticLockingFailureException("案件 " + view.number() + " 已被他人修改");
        }
        String note = "分类由“" + view.categoryName() + "”改为“" + category.name() + "”" + (automatic ? "（智能分派）" : "");
        cases.appendEvent(view.id(), clock.instant(), user.username(), ACTION, view.state(), view.state(), note, List.of());
        events.publishEvent(new CaseRecategorised(view.id(), view.territoryCode(), view.categoryCode(), category.code(),
                automatic));
    }
}
