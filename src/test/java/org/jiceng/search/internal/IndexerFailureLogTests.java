package org.jiceng.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class IndexerFailureLogTests {

    private static final String PERSONAL = "Detail: Failing row contains (王建国, 13812345678, 堂琅社区幸福巷 3 号)";

    /** A source whose database answers with a message quoting a row, as PostgreSQL's constraint errors do. */
    private static final class FailingSource implements SearchSource {
        @Override
        public SearchKind kind() {
            return SearchKind.CASE;
        }

        @Override
        public List<SearchDocument> documents(Collection<Long> ids) {
            throw new DataIntegrityViolationException(PERSONAL);
        }

        @Override
        public List<SearchDocument> after(long afterId, int limit) {
            throw new DataIntegrityViolationException(PERSONAL);
        }

        @Override
        public Set<Long> readable(CurrentUser user, Collection<Long> ids) {
            return Set.of();
        }

        @Override
        public String url(long id) {
            return "/cases/" + id;
        }
    }

    @Test
    void aFailedBatchIsLoggedByItsRecordsAndTheExceptionsClassNeverByTheDatabasesMessage() {
        PendingQueue queue = mock(PendingQueue.class);
        when(queue.take(anyInt())).thenReturn(List.of(new PendingQueue.Pending(1, SearchKind.CASE, 42)));
        Indexer indexer = new Indexer(List.of(new FailingSource()), queue, mock(DocumentRepository.class),
                new TransactionTemplate(mock(PlatformTransactionManager.class)), 500);
        Logger logger = (Logger) LoggerFactory.getLogger(Indexer.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            indexer.indexQueued();
        } finally {
            logger.detachAppender(logged);
        }

        assertThat(logged.list).hasSize(1);
        ILoggingEvent event = logged.list.getFirst();
        assertThat(event.getFormattedMessage()).contains("CASE 42").contains("DataIntegrityViolationException")
                .doesNotContain("王建国").doesNotContain("13812345678").doesNotContain("幸福巷");
        assertThat(event.getThrowableProxy()).isNull();
        verify(queue, never()).delete(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void aBatchIsDescribedByItsFirstTenRecordsAndItsSize() {
        List<PendingQueue.Pending> batch = java.util.stream.LongStream.rangeClosed(1, 12)
                .mapToObj(i -> new PendingQueue.Pending(i, SearchKind.DISPUTE, 100 + i)).toList();
        assertThat(Indexer.describe(batch)).startsWith("DISPUTE 101, DISPUTE 102").contains("DISPUTE 110")
                .doesNotContain("DISPUTE 111").endsWith("… (12)");
    }
}
