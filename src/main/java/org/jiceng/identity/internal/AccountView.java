package org.jiceng.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.CurrentUser.Grant;

/** An account as its managers see it: never the password hash. */
public record AccountView(long id, String username, String displayName, boolean enabled, boolean mustChangePassword,
                          Long residentId, Long partyMemberId, OffsetDateTime createdAt, List<Grant> grants) {
}
