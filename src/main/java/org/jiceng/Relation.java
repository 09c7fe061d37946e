package org.jiceng;

/**
 * How a record must stand to the person for a permission to apply. The territorial ones are decided by
 * the policy from the grant's node; the others are facts only the owning module knows, which it states in
 * a {@link AccessPolicy.Target}.
 */
public enum Relation {
    /** Anyone, signed in or not (Open311's public reads, the login form). */
    ANYONE("任何人", false),
    /** Any signed-in account (reference data such as divisions). */
    SIGNED_IN("所有已登录账号", false),
    /** The record lies under the node the role is held at (a grid worker's grid, a town's town). */
    IN_TERRITORY("辖区内", true),
    /** The record lies in the village or community of the grant (a grid grant widened to its community). */
    IN_COMMUNITY("所在村(社区)内", true),
    /** The record is the person's own: their household, the cases they reported, their account, their inbox. */
    OWN("本人的", false),
    /** A public case the person follows. */
    FOLLOWING("本人关注的公开诉求", false),
    /** A record published to the public (a public case, a published notice). */
    PUBLIC("公开的", false),
    /** A case dispatched to the department the person works in. */
    DISPATCHED_TO_UNIT("派给本部门的", false),
    /** A dispute the person is a party to. */
    PARTY_TO("本人是当事人的", false),
    /**
     * A household the person is responsible for (包保: they hold its active assignment, or are its care plan's
     * responsible person or its 帮扶 contact), or a record of such a household.
     */
    RESPONSIBLE("本人包保或帮扶的", false),
    /** A ledger account the person is named on as a keeper or an approver (业委会, 物业, 两委, 监委会, 镇监督人). */
    KEEPER("本人经管或审批的账本", false),
    /**
     * A ledger account whose money is the person's: an estate's account to an owner on its roll, a village's or
     * community's collective account to a resident of it.
     */
    COLLECTIVE_MEMBER("本小区业主或本村(社区)居民的账本", false),
    /** A party record of the person's own branch (the member's organisation) or a record the member holds. */
    OWN_BRANCH("本人所在党组织的", false),
    /** A volunteer team the person leads, or an activity they organise (or one of their team's). */
    ORGANISER("本人负责的志愿队或活动", false),
    /**
     * A record handed to the unit the person works in: a rectification task of an inspection, a livelihood
     * project it carries out, a task it sent to a village.
     */
    ASSIGNED_TO_UNIT("交本单位办理的", false);

    private final String label;
    private final boolean territorial;

    Relation(String label, boolean territorial) {
        this.label = label;
        this.territorial = territorial;
    }

    public String label() {
        return label;
    }

    public boolean territorial() {
        return territorial;
    }
}
