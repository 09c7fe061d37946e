package org.jiceng.deliberation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jiceng.CurrentUser;

/**
 * Topics, meetings' minutes and notices for the search index: by id when {@link TopicProposed}, {@link TopicMoved},
 * {@link MinutesRecorded} or {@link NoticePublished} says one changed, and in id order for a rebuild. The system
 * reads here, not a person; who may see a hit is asked of the {@code readable…} methods, deliberation's own rules
 * (a notice past its display period only for those who keep the board's history).
 */
public interface DeliberationTexts {

    List<DeliberationText> topics(Collection<Long> ids);

    List<DeliberationText> topicsAfter(long afterId, int limit);

    /** Only meetings whose minutes were recorded. */
    List<DeliberationText> minutes(Collection<Long> meetingIds);

    List<DeliberationText> minutesAfter(long afterId, int limit);

    List<DeliberationText> notices(Collection<Long> ids);

    List<DeliberationText> noticesAfter(long afterId, int limit);

    Set<Long> readableTopics(CurrentUser user, Collection<Long> ids);

    Set<Long> readableMinutes(CurrentUser user, Collection<Long> meetingIds);

    Set<Long> readableNotices(CurrentUser user, Collection<Long> ids);
}
