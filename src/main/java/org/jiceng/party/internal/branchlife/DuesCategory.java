package org.jiceng.party.internal.branchlife;

/**
 * How a member's monthly 党费 is set (中共党费收缴、使用和管理规定): from the after-tax monthly pay of a member in work,
 * from the pension of a retired one, or as set by the branch (农民, 学生, 下岗失业 and 低保 members: 0.2 to 1 yuan,
 * or any amount the member and branch agree).
 */
public enum DuesCategory {
    EMPLOYED("在职（按月工资收入）"), RETIRED("离退休（按离退休费）"), FIXED("按固定金额");

    private final String label;

    DuesCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
