package org.jiceng.deliberation;

/**
 * What an owners' ballot decides. MAJOR are the matters of Civil Code art. 278 para. 1 items 6–8 (raising
 * and using the maintenance funds, rebuilding, changing the use of common parts or running business with
 * them), which need three quarters; every other matter is ORDINARY and needs more than half.
 */
public enum BallotMatter {
    ORDINARY("一般事项"),
    MAJOR("重大事项（筹集、使用维修资金，改建、重建建筑物，改变共有部分用途等）");

    private final String label;

    BallotMatter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static BallotMatter parse(String value) {
        for (BallotMatter matter : values()) {
            if (matter.name().equals(value)) {
                return matter;
            }
        }
        throw new org.jiceng.BadInputException("表决事项类别 matter 须为 ORDINARY（一般事项）或 MAJOR（重大事项）");
    }
}
