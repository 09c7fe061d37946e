package org.jiceng.cases.internal;

import java.util.HexFormat;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.Phone;
import org.jiceng.people.SealedPhone;
import org.springframework.stereotype.Component;

/**
 * The reporter's phone of a case (PIPL): sealed with the personal-data key, kept masked for the page, and a blind
 * index beside it so staff find a caller's cases by the number without any row being decrypted or scanned.
 */
@Component
public class ReporterPhones {

    static final String PURPOSE = "cases.reporter.phone";

    private final PeopleApi people;

    ReporterPhones(PeopleApi people) {
        this.people = people;
    }

    /** What a new case stores of the phone given (null for none): sealed, masked and index, the bytes as hex. */
    record Stored(String sealedHex, String masked, String indexHex) {

        static final Stored NONE = new Stored(null, null, null);
    }

    Stored seal(String phone) {
        if (phone == null || phone.isBlank()) {
            return Stored.NONE;
        }
        SealedPhone sealed;
        try {
            sealed = people.sealPhone(PURPOSE, phone);
        } catch (org.jiceng.BadInputException e) {
            // the people module's answer repeats the number: this one must not
            throw new org.jiceng.BadInputException("reporterPhone", "反映人电话须为 11 位手机号或带区号的固定电话");
        }
        return new Stored(HexFormat.of().formatHex(sealed.sealed()), sealed.masked(),
                HexFormat.of().formatHex(people.phoneIndex(PURPOSE, phone)));
    }

    byte[] index(Phone phone) {
        return people.phoneIndex(PURPOSE, phone.value());
    }

    /** Whether the person may look cases up by the reporter's phone: where the policy lets them read the contact. */
    public static boolean maySearch(CurrentUser user) {
        return !AccessPolicy.scope(user, Resource.REPORTER_CONTACT, Action.READ).isEmpty();
    }

    /** The territory in which the person looks cases up by phone; 403 for one who may not. */
    static Scope searchScope(CurrentUser user) {
        Scope scope = AccessPolicy.scope(user, Resource.REPORTER_CONTACT, Action.READ);
        if (scope.isEmpty()) {
            throw new ForbiddenException("您无权按反映人电话查找诉求");
        }
        return scope;
    }
}
