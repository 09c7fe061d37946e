package org.jiceng.deliberation;

/** A voter's choice. An abstention takes part (it counts for the quorum) but does not approve. */
public enum VoteChoice {
    YES("同意"), NO("反对"), ABSTAIN("弃权");

    private final String label;

    VoteChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The choice named {@code value}, or a Chinese 400 saying which names there are. */
    public static VoteChoice parse(String value) {
        for (VoteChoice choice : values()) {
            if (choice.name().equals(value)) {
                return choice;
            }
        }
        throw new org.jiceng.BadInputException("表决意见 choice 须为 YES（同意）、NO（反对）或 ABSTAIN（弃权）");
    }
}
