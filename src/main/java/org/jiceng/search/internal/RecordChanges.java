package org.jiceng.search.internal;

import org.jiceng.deliberation.MinutesRecorded;
import org.jiceng.deliberation.NoticePublished;
import org.jiceng.deliberation.TopicMoved;
import org.jiceng.deliberation.TopicProposed;
import org.jiceng.mediation.DisputeChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues disputes, topics, minutes and notices for the index in the transaction that changed them, as
 * {@link CaseChanges} does for cases (and for the same reason: one queue row at the commit, no publication registry).
 */
@Component
class RecordChanges {

    private final PendingQueue queue;

    RecordChanges(PendingQueue queue) {
        this.queue = queue;
    }

    @EventListener
    void on(DisputeChanged changed) {
        queue.add(SearchKind.DISPUTE, changed.id());
    }

    @EventListener
    void on(TopicProposed proposed) {
        queue.add(SearchKind.TOPIC, proposed.topicId());
    }

    @EventListener
    void on(TopicMoved moved) {
        queue.add(SearchKind.TOPIC, moved.topicId());
    }

    @EventListener
    void on(MinutesRecorded recorded) {
        queue.add(SearchKind.MINUTES, recorded.meetingId());
    }

    @EventListener
    void on(NoticePublished published) {
        queue.add(SearchKind.NOTICE, published.noticeId());
    }
}
