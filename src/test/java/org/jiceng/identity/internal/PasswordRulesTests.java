package org.jiceng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTests {

    static String problem(String username, String password, boolean production) {
        return PasswordRules.problem(username, password, production, "jiceng-demo").orElse(null);
    }

    @Test
    void aPasswordHasAtLeastTenCharacters() {
        assertThat(problem("li", "abcdefgh9", false)).contains("至少 10 位");
        assertThat(problem("li", "abcdefgh90", false)).isNull();
        assertThat(problem("li", "网格员的密码很长的一句话", false)).as("ten Chinese characters").isNull();
    }

    @Test
    void aPasswordIsNotOnlyDigits() {
        assertThat(problem("li", "13812345678", false)).contains("数字");
    }

    @Test
    void aPasswordIsNotTheUsername() {
        assertThat(problem("wangge0001", "WANGGE0001", false)).contains("用户名");
    }

    @Test
    void theDemoPasswordIsRefusedInProductionOnly() {
        assertThat(problem("li", "jiceng-demo", true)).contains("演示密码");
        assertThat(problem("li", "jiceng-demo", false)).isNull();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedNotCut() {
        assertThat(problem("li", "a".repeat(72), false)).isNull();
        assertThat(problem("li", "a".repeat(73), false)).contains("太长");
    }

    @Test
    void temporaryPasswordsPassTheRulesAndDiffer() {
        String one = PasswordRules.temporary();
        assertThat(problem("li", one, true)).isNull();
        assertThat(one).isNotEqualTo(PasswordRules.temporary());
    }
}
