package org.jiceng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditLabelsTests {

    @Test
    void everyEventTheProductWritesHasAChineseName() {
        assertThat(AuditLabels.event("LOGIN")).isEqualTo("登录");
        assertThat(AuditLabels.event("CASES_EXPORTED")).isEqualTo("导出诉求台账");
        assertThat(AuditLabels.EVENTS.values()).allMatch(label -> !label.matches(".*[A-Z_]{4,}.*"));
        assertThat(AuditLabels.event("SOMETHING_NEW")).as("an unknown code is shown as written").isEqualTo("SOMETHING_NEW");
    }

    @Test
    void aRefusedRequestNamesWhatWasAskedForInWords() {
        assertThat(AuditLabels.detail("ACCESS_DENIED", "DELETE /api/v1/cases/filters/3：无权"))
                .isEqualTo("删除诉求（DELETE /api/v1/cases/filters/3）：无权");
        assertThat(AuditLabels.detail("ACCESS_DENIED", "GET /stats/unit：不在您的辖区内")).startsWith("查看统计分析");
        assertThat(AuditLabels.detail("ACCESS_DENIED", "GET /somewhere：x")).startsWith("查看页面");
        assertThat(AuditLabels.detail("ACCESS_DENIED", "访问被拒绝")).isEqualTo("访问被拒绝");
    }

    @Test
    void aFailedLoginSaysWhyInChinese() {
        assertThat(AuditLabels.detail("LOGIN_FAILED", "登录失败：DisabledException")).isEqualTo("登录失败：账号已停用");
        assertThat(AuditLabels.detail("LOGIN_FAILED", "登录失败：BadCredentialsException")).isEqualTo("登录失败：用户名或密码错误");
        assertThat(AuditLabels.detail("LOGIN", null)).isEmpty();
    }
}
