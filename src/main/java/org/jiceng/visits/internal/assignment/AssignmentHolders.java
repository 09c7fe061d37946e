package org.jiceng.visits.internal.assignment;

import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.Text;
import org.jiceng.identity.IdentityApi;
import org.jiceng.party.MemberView;
import org.jiceng.party.PartyApi;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.jiceng.visits.internal.assignment.AssignmentRules.HolderKind;
import org.springframework.stereotype.Component;

/**
 * Finds the person named as a holder where they are kept (an account, a resident of the register, a party
 * member of the county) and the name the chain shows for them: the one typed, or theirs on record.
 */
@Component
class AssignmentHolders {

    private final IdentityApi identity;
    private final PeopleApi people;
    private final PartyApi party;

    AssignmentHolders(IdentityApi identity, PeopleApi people, PartyApi party) {
        this.identity = identity;
        this.people = people;
        this.party = party;
    }

    record Holder(long id, String name) {
    }

    Holder find(HolderKind kind, Long id, String typedName, String county) {
        if (id == null) {
            throw new BadInputException("holderId", "请填写包保人编号（" + kind.label() + "的编号）");
        }
        String onRecord = switch (kind) {
            case ACCOUNT -> identity.findById(id).map(CurrentUser::displayName)
                    .orElseThrow(() -> new BadInputException("holderId", "账号 " + id + " 不存在"));
            case RESIDENT -> people.resident(id, Scope.of(county)).map(ResidentView::name)
                    .orElseThrow(() -> new BadInputException("holderId", "居民 " + id + " 不存在或不在本县"));
            case PARTY_MEMBER -> party.member(id, Scope.of(county)).map(MemberView::name)
                    .orElseThrow(() -> new BadInputException("holderId", "党员 " + id + " 不存在或不在本县"));
        };
        String name = optional("holderName", typedName, 50);
        return new Holder(id, name == null ? onRecord : name);
    }

    /** A short optional text: stripped, null when blank, refused when too long or with control characters. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Text.check(field, value.strip(), max);
    }
}
