package org.jiceng.identity.internal;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The signed-in browser sessions of each account, so that disabling an account or resetting its password ends
 * them at their next request. Sessions live in the database (Spring Session JDBC, table platform.spring_session),
 * indexed by the account's username (the repository reads it from the security context as it saves a session), so a session opened on one node is known, and ended, on every node.
 */
@Component
class Sessions implements SessionRegistry {

    /** Null when the application runs without its web side (a product command, a module test): no sessions then. */
    private final SpringSessionBackedSessionRegistry<? extends Session> registry;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        FindByIndexNameSessionRepository<? extends Session> found = repository.getIfAvailable();
        this.registry = found == null ? null : registryOf(found);
    }

    private static <S extends Session> SpringSessionBackedSessionRegistry<S> registryOf(
            FindByIndexNameSessionRepository<S> repository) {
        return new SpringSessionBackedSessionRegistry<>(repository);
    }

    void end(String username) {
        getAllSessions(username, false).forEach(SessionInformation::expireNow);
    }

    @Override
    public List<Object> getAllPrincipals() {
        return registry == null ? List.of() : registry.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return registry == null ? List.of() : registry.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        return registry == null ? null : registry.getSessionInformation(sessionId);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        if (registry != null) {
            registry.refreshLastRequest(sessionId);
        }
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        if (registry != null) {
            registry.registerNewSession(sessionId, principal);
        }
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        if (registry != null) {
            registry.removeSessionInformation(sessionId);
        }
    }
}
