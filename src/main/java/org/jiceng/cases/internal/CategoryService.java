package org.jiceng.cases.internal;

import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.cases.CategoryView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The category tree; county administrators tune a leaf's urgency and deadlines. */
@Service
public class CategoryService {

    private final CategoryRepository categories;
    /** The tree is small and read on every intake: kept in memory, reread on change and every minute for other nodes. */
    private volatile java.util.Map<String, CategoryView> byCode;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    // refreshes this node's copy of the categories: every node runs it, so it takes no scheduler lock
    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void reload() {
        java.util.Map<String, CategoryView> all = new java.util.LinkedHashMap<>();
        categories.all().forEach(c -> all.put(c.code(), c));
        byCode = all;
    }

    public record Change(String urgency, Integer responseHours, Integer checkInHours, Integer resolveWorkingDays,
                         Integer duplicateRadiusMetres, Boolean active, Integer version) {
    }

    public List<CategoryView> all() {
        if (byCode == null) {
            reload();
        }
        return List.copyOf(byCode.values());
    }

    public java.util.Optional<CategoryView> find(String code) {
        if (byCode == null) {
            reload();
        }
        return code == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(byCode.get(code));
    }

    @Transactional
    public CategoryView change(CurrentUser user, String code, Change change) {
        CaseAccess.require(user, org.jiceng.Resource.CASE_CONFIG, org.jiceng.Action.UPDATE);
        CategoryView current = categories.find(code).orElseThrow(() -> new NotFoundException("分类 " + code + " 不存在"));
        if (!current.leaf()) {
            throw new BadInputException("“" + current.name() + "”是大类，时限设在其下的小类上");
        }
        String urgency = change.urgency() == null ? current.urgency() : change.urgency();
        if (!urgency.equals("NORMAL") && !urgency.equals("URGENT")) {
            throw new BadInputException("紧急程度 urgency 须为 NORMAL（一般）或 URGENT（紧急）");
        }
        int response = within(change.responseHours(), current.responseHours(), 1, 720, "响应时限 responseHours（小时）");
        int checkIn = within(change.checkInHours(), current.checkInHours(), 1, 720, "报到时限 checkInHours（小时）");
        int resolve = within(change.resolveWorkingDays(), current.resolveWorkingDays(), 1, 365, "办结时限 resolveWorkingDays（工作日）");
        int radius = within(change.duplicateRadiusMetres(), current.duplicateRadiusMetres(), 10, 5000, "查重半径 duplicateRadiusMetres（米）");
        boolean active = change.active() == null ? current.active() : change.active();
        int version = change.version() == null ? current.version() : change.version();
        if (!categories.update(code, version, urgency, response, checkIn, resolve, radius, active)) {
            throw new OptimisticLockingFailureException("分类 " + code + " 已被他人修改");
        }
        reload();
        return categories.find(code).orElseThrow();
    }

    private static int within(Integer given, Integer current, int min, int max, String what) {
        int value = given == null ? current : given;
        if (value < min || value > max) {
            throw new BadInputException(what + "须在 " + min + " 到 " + max + " 之间");
        }
        return value;
    }
}
