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

    record NewUser(String username, String displayName, String password, List<CurrentUser.Grant> grants) {
    }
}
