package org.jiceng.services.internal.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Scope;

/**
 * How a published record of the module stands to a reader: it is public to them when the territory it is
 * published to covers their place (a resident of 堂琅社区 reads what the county, 古城街道 and 堂琅 publish, not what
 * 迤车镇 does). Staff of a territory read everything of it, drafts too, by the policy's IN_TERRITORY rows.
 */
public final class CatalogueAccess {

    private CatalogueAccess() {
    }

    /** The territories whose publications reach the person's places: each grant's county, town and village. */
    public static List<String> places(CurrentUser user) {
        LinkedHashSet<String> places = new LinkedHashSet<>();
        for (CurrentUser.Grant grant : user.grants()) {
            String code = grant.territoryCode();
            for (int length : new int[] {6, 9, 12}) {
                if (code.length() >= length) {
                    places.add(code.substring(0, length));
                }
            }
        }
        return new ArrayList<>(places);
    }

    public static boolean reaches(CurrentUser user, String territoryCode) {
        return user.grants().stream().anyMatch(g -> g.territoryCode().startsWith(territoryCode));
    }

    /** May the person read a version of this state published to (or written for) this territory? */
    public static boolean mayRead(CurrentUser user, Resource resource, String territoryCode, String state) {
        Target target = Target.at(territoryCode)
                .withIf("PUBLISHED".equals(state) && reaches(user, territoryCode), Relation.PUBLIC);
        return AccessPolicy.allows(user, resource, Action.READ, target);
    }

    public static boolean mayManage(CurrentUser user, Resource resource, String territoryCode) {
        return AccessPolicy.allows(user, resource, Action.MANAGE, Target.at(territoryCode));
    }

    public static void checkManage(CurrentUser user, Resource resource, String territoryCode) {
        AccessPolicy.check(user, resource, Action.MANAGE, Target.at(territoryCode));
    }

    /** Where the person reads drafts and history: the policy's territorial READ rows. */
    public static Scope staffScope(CurrentUser user, Resource resource) {
        return AccessPolicy.scope(user, resource, Action.READ);
    }

    /** The places whose publications the person reads as the public (none when no PUBLIC row lets them). */
    public static List<String> publicPlaces(CurrentUser user, Resource resource) {
        return AccessPolicy.relations(user, resource, Action.READ).contains(Relation.PUBLIC) ? places(user) : List.of();
    }
}
