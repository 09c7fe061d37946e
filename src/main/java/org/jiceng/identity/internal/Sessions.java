package org.jiceng.identity.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.stereotype.Component;

/**
 * The signed-in browser sessions of each account, so that disabling an account or resetting its password ends
 * them at their next request. Sessions live in this node's memory (the servlet container keeps them there
 * too); a cluster would need shared sessions, and this registry with them.
 */
@Component
class Sessions extends SessionRegistryImpl {

    /** A browser signed in with the form: its session is the account's. */
    void signedIn(HttpServletRequest request, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && authentication.getPrincipal() instanceof Account account) {
            registerNewSession(session.getId(), account);
        }
    }

    void end(long userId) {
        for (Object principal : getAllPrincipals()) {
            if (principal instanceof Account account && account.user().id() == userId) {
                getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
