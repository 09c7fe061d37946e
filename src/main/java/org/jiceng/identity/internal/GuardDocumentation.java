package org.jiceng.identity.internal;

import org.jiceng.AccessPolicy;
import org.jiceng.Guard;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes each operation's {@link Guard} into the OpenAPI document as {@code x-permission} (and the roles the
 * policy lets in as {@code x-roles}), so clients read who may call what and the authorisation matrix test
 * finds every operation's row there.
 */
@Configuration(proxyBeanMethods = false)
class GuardDocumentation {

    @Bean
    OperationCustomizer permissionOfEachOperation() {
        return (operation, handler) -> {
            Guard guard = GuardInterceptor.guardOf(handler);
            if (guard != null) {
                operation.addExtension("x-permission", guard.resource().name() + ":" + guard.action().name());
                operation.addExtension("x-roles", AccessPolicy.rolesFor(guard.resource(), guard.action()).stream()
                        .map(Enum::name).toList());
            }
            return operation;
        };
    }
}
