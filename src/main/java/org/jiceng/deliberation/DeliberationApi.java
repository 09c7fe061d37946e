package org.jiceng.deliberation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;

/** What other modules may ask of deliberation: topics, coming meetings and what a community's board shows. */
public interface DeliberationApi {

    Optional<TopicView> topic(long id, Scope scope);

    /** Meetings under {@code territoryPrefix} from {@code from} on, soonest first. */
    List<MeetingView> meetingsFrom(String territoryPrefix, LocalDate from, Scope scope, int limit);

    /** The notices a community's board shows on {@code day}. */
    List<NoticeView> noticesShowing(String communityCode, LocalDate day, Scope scope);
}
