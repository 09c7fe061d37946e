package org.jiceng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiceng.AccessRefused;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.support.ModuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The identity module alone, with territory: an account signs in, which the audit log records, and a refusal a
 * module reports ({@link AccessRefused}) is written to the audit log under the signed-in account's name.
 */
@ModuleTest(extraIncludes = {"platform", "territory"})
class IdentityModuleIT {

    static final String PASSWORD = "Tanglang-Shequ-2026";

    final IdentityApi identity;
    final AuthenticationManager authentication;
    final JdbcClient jdbc;

    IdentityModuleIT(IdentityApi identity, AuthenticationManager authentication, JdbcClient jdbc) {
        this.identity = identity;
        this.authentication = authentication;
        this.jdbc = jdbc;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<String> audited(String username, String event) {
        return jdbc.sql("select detail from identity.audit_log where username = :u and event = :e order by id")
                .param("u", username).param("e", event).query(String.class).list();
    }

    @Test
    void aRefusalReportedByAModuleIsAuditedUnderTheSignedInAccount(Scenario scenario) {
        identity.createUser(new IdentityApi.NewUser("tanglang2", "堂琅社区两委（二）", PASSWORD,
                List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, "530326001001", null))));
        Authentication signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("tanglang2", PASSWORD));
        assertThat(audited("tanglang2", "LOGIN")).containsExactly("登录成功");
        SecurityContextHolder.getContext().setAuthentication(signedIn);

        scenario.publish(new AccessRefused("GET", "/territory/530326103", "不在您的辖区内"))
                .andWaitForStateChange(() -> audited("tanglang2", "ACCESS_DENIED"), details -> !details.isEmpty())
                .andVerify(details -> assertThat(details).containsExactly("GET /territory/530326103：不在您的辖区内"));
    }
}
