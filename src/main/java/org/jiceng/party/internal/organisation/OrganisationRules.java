package org.jiceng.party.internal.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationLevel;

/**
 * What keeps the party tree whole, as named rules that answer a refusal in Chinese or nothing: levels nest (党委 over
 * 党委, 党总支 or 党支部; 党总支 over 党支部; 党支部 over 党小组), an organisation lies within its parent's territory,
 * no organisation sits under itself, an active organisation hangs from an active one, and members stay only in active
 * branches and groups. No Spring and no database: the service hands in the facts it read under the tree lock.
 */
public final class OrganisationRules {

    /** An organisation as the rules see it. */
    public record Node(long id, Long parentId, OrganisationLevel level, OrganisationKind kind, String territoryCode,
                       boolean active, String name) {
    }

    /** Most seats a committee has: 支部委员会 3–5, 党委 up to 9, with room for deputies. */
    static final int MAX_SEATS = 11;
    /** A 党委's term is five years, a 支部's three (党章, 支部工作条例): no term runs longer. */
    static final int MAX_TERM_YEARS = 5;

    private OrganisationRules() {
    }

    /** Which levels may sit directly under {@code parent}. */
    public static boolean holds(OrganisationLevel parent, OrganisationLevel child) {
        return switch (parent) {
            case COMMITTEE -> child != OrganisationLevel.GROUP;
            case GENERAL_BRANCH -> child == OrganisationLevel.BRANCH;
            case BRANCH -> child == OrganisationLevel.GROUP;
            case GROUP -> false;
        };
    }

    static Optional<String> nests(Node parent, OrganisationLevel level) {
        if (!holds(parent.level(), level)) {
            return refuse(parent.level().label() + "下不能设" + level.label() + "：党委下设党委、党总支或党支部，党总支下设党支部，"
                    + "党支部下设党小组");
        }
        return Optional.empty();
    }

    /** A kind fits a level: a 网格党小组 is a group of one grid, a 大党委 a committee, a focus only where it belongs. */
    public static Optional<String> kindFits(OrganisationKind kind, OrganisationLevel level, String territory, String focus) {
        if (kind == OrganisationKind.GRID_GROUP && (level != OrganisationLevel.GROUP || territory.length() != 15)) {
            return refuse("网格党小组须为党小组，且建在一个网格上（15 位网格代码）");
        }
        if (kind == OrganisationKind.GRAND && level != OrganisationLevel.COMMITTEE) {
            return refuse("大党委/大工委须为党委一级");
        }
        boolean hasFocus = focus != null && !focus.isBlank();
        if (kind.hasFocus() && !hasFocus) {
            return refuse(kind == OrganisationKind.FUNCTIONAL ? "功能型党组织须写明工作方向，如环境治理、产业发展"
                    : "两新组织须写明所在行业，如快递物流、网络自媒体");
        }
        if (!kind.hasFocus() && hasFocus) {
            return refuse("只有功能型党组织和两新组织填写工作方向或行业");
        }
        return Optional.empty();
    }

    public static Optional<String> mayCreate(Node parent, OrganisationLevel level, OrganisationKind kind, String territory,
                                             String focus) {
        if (!parent.active()) {
            return refuse("上级组织“" + parent.name() + "”已撤销，不能在其下新建组织");
        }
        return nests(parent, level).or(() -> within(parent, territory)).or(() -> kindFits(kind, level, territory, focus));
    }

    /**
     * Moving {@code node} under {@code parent}, whose chain of ancestors (ids, nearest first) is given: never under
     * itself or below itself, and only where its level and territory fit.
     */
    public static Optional<String> mayMove(Node node, Node parent, List<Long> parentAncestors) {
        if (!node.active()) {
            return refuse("“" + node.name() + "”已撤销，不能调整隶属关系");
        }
        if (node.parentId() == null) {
            return refuse("最上级党组织不能调整隶属关系");
        }
        if (parent.id() == node.id() || parentAncestors.contains(node.id())) {
            return refuse("不能把“" + node.name() + "”调到它自己或它的下级组织之下");
        }
        if (!parent.active()) {
            return refuse("上级组织“" + parent.name() + "”已撤销");
        }
        return nests(parent, node.level()).or(() -> within(parent, node.territoryCode()));
    }

    /**
     * Merging {@code source} into {@code survivor}: the same level, both active, the survivor not below the source and
     * covering its territory, so that the source's members and children fit where they go.
     */
    public static Optional<String> mayMerge(Node source, Node survivor, List<Long> survivorAncestors) {
        if (source.id() == survivor.id()) {
            return refuse("不能与自身合并");
        }
        if (!source.active() || !survivor.active()) {
            return refuse("已撤销的组织不能合并");
        }
        if (source.level() != survivor.level()) {
            return refuse("只能合并同一层级的组织：“" + source.name() + "”是" + source.level().label() + "，“"
                    + survivor.name() + "”是" + survivor.level().label());
        }
        if (survivorAncestors.contains(source.id())) {
            return refuse("“" + survivor.name() + "”是“" + source.name() + "”的下级，不能作为合并后保留的组织");
        }
        if (source.parentId() == null) {
            return refuse("最上级党组织不能并入其他组织");
        }
        return within(survivor, source.territoryCode());
    }

    /**
     * Dissolving {@code node}: with no active children and no members it simply ends; otherwise {@code moveTo} must
     * take them (its level holding each child, enrolling members if there are any, not below the node).
     */
    public static Optional<String> mayDissolve(Node node, Collection<OrganisationLevel> activeChildLevels, long members,
                                               Node moveTo, List<Long> moveToAncestors) {
        if (!node.active()) {
            return refuse("“" + node.name() + "”已经撤销");
        }
        if (moveTo == null) {
            if (!activeChildLevels.isEmpty() || members > 0) {
                return refuse("“" + node.name() + "”尚有下级组织 " + activeChildLevels.size() + " 个、党员 " + members
                        + " 名，请指明转至哪个组织后再撤销");
            }
            return Optional.empty();
        }
        if (moveTo.id() == node.id() || moveToAncestors.contains(node.id())) {
            return refuse("不能转入“" + node.name() + "”自身或它的下级组织");
        }
        if (!moveTo.active()) {
            return refuse("接收组织“" + moveTo.name() + "”已撤销");
        }
        for (OrganisationLevel level : activeChildLevels) {
            Optional<String> refusal = nests(moveTo, level);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        if (members > 0 && !moveTo.level().enrolsMembers()) {
            return refuse("党员只能编入党支部或党小组，“" + moveTo.name() + "”是" + moveTo.level().label());
        }
        return within(moveTo, node.territoryCode());
    }

    /** A committee elected for a term: not for a 党小组, one 书记, a term of at most five years. */
    public static Optional<String> mayElect(Node node, LocalDate startsOn, LocalDate endsOn, int secretaries, int seats) {
        if (!node.active()) {
            return refuse("“" + node.name() + "”已撤销，不能选举委员会");
        }
        if (node.level() == OrganisationLevel.GROUP) {
            return refuse("党小组不设委员会，由党员推选组长");
        }
        if (!endsOn.isAfter(startsOn)) {
            return refuse("任期结束日期须晚于开始日期");
        }
        if (endsOn.isAfter(startsOn.plusYears(MAX_TERM_YEARS))) {
            return refuse("任期不能超过 " + MAX_TERM_YEARS + " 年（党委每届五年，支部每届三年）");
        }
        if (secretaries != 1) {
            return refuse("委员会须有且只有一名书记");
        }
        if (seats > MAX_SEATS) {
            return refuse("委员会最多 " + MAX_SEATS + " 人");
        }
        return Optional.empty();
    }

    /** Members go only into an active branch or group. */
    public static Optional<String> enrols(Node node) {
        if (!node.active()) {
            return refuse("“" + node.name() + "”已撤销");
        }
        return node.level().enrolsMembers() ? Optional.empty()
                : refuse("党员只能编入党支部或党小组，“" + node.name() + "”是" + node.level().label());
    }

    static Optional<String> within(Node parent, String territory) {
        return territory.startsWith(parent.territoryCode()) ? Optional.empty()
                : refuse("组织所在区划 " + territory + " 不在上级组织“" + parent.name() + "”的区划 " + parent.territoryCode()
                        + " 之内");
    }

    private static Optional<String> refuse(String why) {
        return Optional.of(why);
    }
}
