package org.jiceng.deliberation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.deliberation.DeliberationApi;
import org.jiceng.deliberation.MeetingView;
import org.jiceng.deliberation.NoticeView;
import org.jiceng.deliberation.TopicView;
import org.springframework.stereotype.Service;

/** The facade other modules use; names are masked as for a reader who is not on the committee. */
@Service
class DeliberationApiService implements DeliberationApi {

    private final TopicRepository topics;
    private final MeetingRepository meetings;
    private final NoticeService notices;

    DeliberationApiService(TopicRepository topics, MeetingRepository meetings, NoticeService notices) {
        this.topics = topics;
        this.meetings = meetings;
        this.notices = notices;
    }

    @Override
    public Optional<TopicView> topic(long id, Scope scope) {
        return topics.find(id, scope).map(t -> new TopicView(t.id(), t.territoryCode(), t.title(), t.description(), t.step(),
                t.step().label(), TopicService.mask(t.proposerName()), t.supportCount(), t.commentCount(), t.createdAt(),
                t.updatedAt(), t.version()));
    }

    @Override
    public List<MeetingView> meetingsFrom(String territoryPrefix, LocalDate from, Scope scope, int limit) {
        return meetings.from(scope.narrowedTo(territoryPrefix), from, Math.min(Math.max(limit, 1), 500));
    }

    @Override
    public List<NoticeView> noticesShowing(String communityCode, LocalDate day, Scope scope) {
        return notices.showing(communityCode, day, scope);
    }
}
