package org.jiceng.visits.internal;

import java.util.Map;
import org.jiceng.CurrentUser;

/**
 * Who a signed-in person is as a holder of assignments, care plans and 帮扶: their account, the resident they
 * are (a 户长) and the party member they are. Every part of the module matches holders this one way.
 */
public record Holders(long accountId, Long residentId, Long partyMemberId) {

    public static Holders of(CurrentUser user) {
        return new Holders(user.id(), user.residentId(), user.partyMemberId());
    }

    /**
     * SQL that is true when the row's {@code kindColumn}/{@code idColumn} name this person, with {@link #params()};
     * e.g. {@code where("a.holder_kind", "a.holder_id")}.
     */
    public String where(String kindColumn, String idColumn) {
        return "((" + kindColumn + " = 'ACCOUNT' and " + idColumn + " = :holderAccount)"
                + " or (" + kindColumn + " = 'RESIDENT' and " + idColumn + " = :holderResident)"
                + " or (" + kindColumn + " = 'PARTY_MEMBER' and " + idColumn + " = :holderMember))";
    }

    public Map<String, Object> params() {
        return Map.of("holderAccount", accountId, "holderResident", residentId == null ? -1L : residentId,
                "holderMember", partyMemberId == null ? -1L : partyMemberId);
    }

    /** Whether a holder of this kind and id is this person. */
    public boolean are(String kind, long id) {
        return switch (kind) {
            case "ACCOUNT" -> id == accountId;
            case "RESIDENT" -> residentId != null && id == residentId;
            case "PARTY_MEMBER" -> partyMemberId != null && id == partyMemberId;
            default -> false;
        };
    }
}
