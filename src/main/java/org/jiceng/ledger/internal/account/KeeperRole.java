package org.jiceng.ledger.internal.account;

import java.util.Set;
import org.jiceng.Role;

/**
 * The roles a person is named on an account in: the two sides of an estate (业委会 and 物业, seed 000's 双密码),
 * the two of a village (两委 and 监委会), and the town's supervisor where a village has no second person. Each
 * asks a role of the person's account, held over the account's place.
 */
public enum KeeperRole {
    OWNERS_COMMITTEE("业主委员会", true, Set.of(Role.OWNERS_COMMITTEE)),
    PROPERTY_COMPANY("物业服务企业", true, Set.of(Role.PROPERTY_COMPANY)),
    VILLAGE_COMMITTEE("村(社区)两委", false, Set.of(Role.VILLAGE_STAFF, Role.BRANCH_SECRETARY)),
    VILLAGE_SUPERVISOR("村(居)务监督委员会", false, Set.of(Role.VILLAGE_SUPERVISOR)),
    TOWN_SUPERVISOR("乡镇(街道)监督人", false, Set.of(Role.TOWN_STAFF));

    private final String label;
    private final boolean ofEstate;
    private final Set<Role> held;

    KeeperRole(String label, boolean ofEstate, Set<Role> held) {
        this.label = label;
        this.ofEstate = ofEstate;
        this.held = held;
    }

    public String label() {
        return label;
    }

    /** Whether a person may be named in this role on an account of {@code kind}. */
    public boolean fits(AccountKind kind) {
        return ofEstate == kind.ofEstate();
    }

    /** The roles of which the person must hold one, at or above the account's place. */
    public Set<Role> held() {
        return held;
    }
}
