package org.jiceng.identity.internal;

import java.util.Collection;
import java.util.List;
import org.jiceng.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: wraps the {@link CurrentUser} every module sees. */
final class Account implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private String passwordHash;

    Account(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    CurrentUser user() {
        return user;
    }

    /** The password was chosen by someone else (an administrator, an import, a reset) and not yet changed. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** One principal per account, so the session registry finds all sessions of an account to end them. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && account.user.id() == user.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.id());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(user);
    }

    static List<SimpleGrantedAuthority> authoritiesOf(CurrentUser user) {
        return user.grants().stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
                .distinct().toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
