package org.jiceng.cases.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable numbers {@code 530326-20261123-000123}: one counter per county and Beijing day. Numbers are taken from
 * the counter row in blocks, in a short transaction of their own, so that concurrent intakes do not queue on
 * that row until they commit. Numbers stay unique and rise within a day; a block left unused when the
 * application stops, or a rolled-back intake, leaves a gap.
 */
@Component
class CaseNumbers {

    static final int BLOCK = 32;

    private record Block(long next, long last) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Map<String, Block> blocks = new HashMap<>();

    CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    synchronized long next(String county, LocalDate day) {
        String key = county + day;
        Block block = blocks.get(key);
        if (block == null || block.next() > block.last()) {
            long last = own.execute(status -> jdbc.sql("""
                            insert into cases.case_number (county, day, last) values (:county, :day, :block)
                            on conflict (county, day) do update set last = case_number.last + :block
                            returning last""")
                    .param("county", county).param("day", day).param("block", BLOCK).query(Long.class).single());
            if (blocks.size() > 1_000) {
                blocks.clear();   // yesterday's counters
            }
            block = new Block(last - BLOCK + 1, last);
        }
        blocks.put(key, new Block(block.next() + 1, block.last()));
        return block.next();
    }
}
