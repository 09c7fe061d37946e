package org.jiceng.visits.internal.monitoring;

import static org.jiceng.Resource.MONITORING;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Scope;
import org.jiceng.visits.internal.Holders;

/**
 * Who may do what with 防返贫 monitoring, as {@link AccessPolicy} says: village and town staff of the household's
 * territory, and the household's 帮扶 contact ({@link Relation#RESPONSIBLE}: the contact named on the record is this
 * person as account, resident or party member). The county sets the line and reads no household's figures; a
 * department, a resident and the auditor nothing. A record the person may not touch answers as one that does not exist.
 */
final class MonitoringAccess {

    private MonitoringAccess() {
    }

    /** Who may do an action, as one SQL predicate: the policy's territory, or the records naming them as contact. */
    record Readers(Scope scope, Holders contact) {

        boolean anyone() {
            return !scope.isEmpty() || contact != null;
        }

        String where(String territoryColumn, String kindColumn, String idColumn) {
            String territorial = scope.where(territoryColumn, countyOf(territoryColumn));
            return contact == null ? territorial : "(" + territorial + " or " + contact.where(kindColumn, idColumn) + ")";
        }

        Map<String, Object> params() {
            Map<String, Object> params = new LinkedHashMap<>(scope.params());
            if (contact != null) {
                params.putAll(contact.params());
            }
            return params;
        }

        String scopeWhere(String territoryColumn) {
            return scope.where(territoryColumn, countyOf(territoryColumn));
        }

        /** The county column of the same row: every visits table keeps one beside its territory code. */
        private static String countyOf(String territoryColumn) {
            int dot = territoryColumn.lastIndexOf('.');
            return territoryColumn.substring(0, dot + 1) + "county";
        }

        Map<String, Object> scopeParams() {
            return scope.params();
        }
    }

    static Readers readers(CurrentUser user, Action action) {
        boolean asContact = AccessPolicy.relations(user, MONITORING, action).contains(Relation.RESPONSIBLE);
        return new Readers(AccessPolicy.scope(user, MONITORING, action), asContact ? Holders.of(user) : null);
    }

    static Target target(CurrentUser user, MonitoringRow row) {
        boolean contact = row.hasContact() && Holders.of(user).are(row.contactKind(), row.contactId());
        return Target.at(row.territoryCode()).withIf(contact, Relation.RESPONSIBLE);
    }

    /** The policy's answer for this record, after the SQL found it: a second line, never the only one. */
    static void check(CurrentUser user, Action action, MonitoringRow row) {
        if (!AccessPolicy.allows(user, MONITORING, action, target(user, row))) {
            throw notFound();
        }
    }

    static boolean allows(CurrentUser user, Action action, MonitoringRow row) {
        return AccessPolicy.allows(user, MONITORING, action, target(user, row));
    }

    static NotFoundException notFound() {
        return new NotFoundException("没有找到该户该年度的防返贫监测记录，或您无权查看");
    }
}
