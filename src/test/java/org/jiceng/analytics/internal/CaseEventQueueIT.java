package org.jiceng.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseLevel;
import org.jiceng.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.transaction.support.TransactionTemplate;

@AppTest
class CaseEventQueueIT {

    @Autowired
    CaseEventQueue queue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aQueuedEventKeepsItsCasesTerritoryAndNumberBesideThePayload() {
        CaseFacts facts = new CaseFacts(990_000_101L, "530326-20260301-990101", "530326001001001", "0101",
                CaseChannel.RESIDENT, CaseLevel.VILLAGE, null, Instant.parse("2026-03-01T02:00:00Z"),
                Instant.parse("2026-03-02T02:00:00Z"), 7L);
        String stored = transaction.execute(status -> {
            queue.add(new CaseFiled(facts));
            TransactionSynchronizationUtils.triggerBeforeCommit(false);   // the queue writes its rows here
            String row = jdbc.sql("select territory_code || ' ' || case_number from analytics.case_event_queue"
                    + " where case_id = :id").param("id", facts.caseId()).query(String.class).single();
            status.setRollbackOnly();   // nothing for the folder: the case is made up
            return row;
        });
        assertThat(stored).isEqualTo("530326001001001 530326-20260301-990101");
    }
}
