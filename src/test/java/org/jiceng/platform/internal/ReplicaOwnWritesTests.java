package org.jiceng.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ReplicaOwnWritesTests {

    /** Whether a replica read made by the request would go to the replica. */
    private static boolean readsReplica(OwnWritesOnPrimary filter, String method, String user) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/anything");
        request.setUserPrincipal(() -> user);
        AtomicBoolean replica = new AtomicBoolean();
        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> replica.set(ReplicaRouting.reading(ReplicaRouting::replicaWanted)));
        return replica.get();
    }

    @Test
    void someoneWhoJustWroteReadsThePrimaryAndOthersTheReplica() throws Exception {
        OwnWritesOnPrimary filter = new OwnWritesOnPrimary(true, Duration.ofMinutes(1));
        assertThat(readsReplica(filter, "GET", "gucheng")).isTrue();
        readsReplica(filter, "POST", "gucheng");
        assertThat(readsReplica(filter, "GET", "gucheng")).as("own write").isFalse();
        assertThat(readsReplica(filter, "GET", "yiche")).as("someone else").isTrue();
        assertThat(ReplicaRouting.reading(ReplicaRouting::replicaWanted)).as("the pin ends with the request").isTrue();
    }

    @Test
    void thePrimaryOnlyLastsTheWindow() throws Exception {
        OwnWritesOnPrimary filter = new OwnWritesOnPrimary(true, Duration.ofMillis(50));
        readsReplica(filter, "DELETE", "gucheng");
        Thread.sleep(80);
        assertThat(readsReplica(filter, "GET", "gucheng")).isTrue();
    }

    @Test
    void aReplicaReadOutsideAMarkedMethodOrWithoutAReplicaSettingIsNone() throws Exception {
        assertThat(ReplicaRouting.replicaWanted()).isFalse();
        OwnWritesOnPrimary off = new OwnWritesOnPrimary(false, Duration.ofMinutes(1));
        readsReplica(off, "POST", "gucheng");
        assertThat(readsReplica(off, "GET", "gucheng")).as("no replica: the filter stays out of the way").isTrue();
    }
}
