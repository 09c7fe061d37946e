package org.jiceng.identity;

import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;

/** What other modules may ask of identity. */
public interface IdentityApi {

    /** Creates a user with the given grants; the password is hashed here and never stored in clear. */
    long createUser(NewUser user);

    Optional<CurrentUser> findByUsername(String username);

    Optional<CurrentUser> findById(long id);

    /** Links an account to the resident it is (null unlinks): its "own household" and "own cases". */
    void linkResident(long userId, Long residentId);

    /** Links an account to the party member it is (null unlinks). */
    void linkPartyMember(long userId, Long partyMemberId);

    record NewUser(String username, String displayName, String password, List<CurrentUser.Grant> grants) {
    }
}
