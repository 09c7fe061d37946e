package org.jiceng.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class WebServerDefaultsTests {

    @Test
    void theDemoListensOnLoopbackOnly() {
        assertThat(WebServerDefaults.bindAddress(new MockEnvironment()).getHostAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void theDemoListensWhereJicengBindSays() {
        var environment = new MockEnvironment().withProperty("jiceng.bind", "0.0.0.0");
        assertThat(WebServerDefaults.bindAddress(environment).getHostAddress()).isEqualTo("0.0.0.0");
    }

    @Test
    void productionKeepsTheServersOwnSetting() {
        var environment = new MockEnvironment().withProperty("jiceng.db.url", "jdbc:postgresql://db/jiceng");
        assertThat(WebServerDefaults.bindAddress(environment)).isNull();
    }

    @Test
    void anExplicitServerAddressWins() {
        var environment = new MockEnvironment().withProperty("server.address", "10.0.0.5");
        assertThat(WebServerDefaults.bindAddress(environment)).isNull();
    }
}
