package org.jiceng.identity.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and checking, also for commands that run without the web server (create-admin). */
@Configuration(proxyBeanMethods = false)
class Credentials {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();   // bcrypt, upgradable by its {id} prefix
    }

    @Bean
    AuthenticationManager authenticationManager(AccountService accounts, PasswordEncoder passwords,
                                                ApplicationEventPublisher events, LoginThrottle throttle,
                                                AuditLog audit) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(
                new DefaultAuthenticationEventPublisher(events));
        return new ThrottledAuthentication(manager, throttle, audit);
    }
}
