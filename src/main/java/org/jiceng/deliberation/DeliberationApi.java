package org.jiceng.deliberation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;

/**
 * What other modules may ask of deliberation: topics, coming meetings and what a community's board shows; and,
 * for those who replay what people did (the demo year), the same steps the pages take, under the same rules.
 */
public interface DeliberationApi {

    Optional<TopicView> topic(long id, Scope scope);

    /** Meetings under {@code territoryPrefix} from {@code from} on, soonest first. */
    List<MeetingView> meetingsFrom(String territoryPrefix, LocalDate from, Scope scope, int limit);

    /** The notices a community's board shows on {@code day}. */
    List<NoticeView> noticesShowing(String communityCode, LocalDate day, Scope scope);

    /** Proposes a topic as {@code user} would on the form, in their own village or grid; its id. */
    long propose(CurrentUser user, String title, String description);

    /** {@code user} supports a topic (once). */
    void support(CurrentUser user, long topicId);

    void comment(CurrentUser user, long topicId, String body);

    /** Takes a step of 六步议事 as {@code user} would; {@code note} where the action needs one. The step reached. */
    TopicStep act(CurrentUser user, long topicId, TopicAction action, String note);

    /** Records a meeting that was held: created, its agenda, attendance and minutes; its id. */
    long holdMeeting(CurrentUser user, MeetingRecord meeting);

    /** A resolution of a held meeting, on one of its topics or none; its id. */
    long resolve(CurrentUser user, long meetingId, String text, Long topicId);

    /** Opens a case to carry out a resolution; the case's id. */
    long openCase(CurrentUser user, long resolutionId, String categoryCode, String description, String address);

    /** Schedules a monthly series (e.g. 楼长日 on the first Friday); the days it holds. */
    List<LocalDate> scheduleMonthly(CurrentUser user, MeetingKind kind, String territoryCode, LocalDate from, int months,
                                    java.time.DayOfWeek weekday, int ordinal, String startTime, String place);

    /** The estates {@code user} may read. */
    List<EstateView> estates(CurrentUser user);

    /** Whether the account {@code userId} is linked to an owner on the estate's roll (a ledger's readers). */
    boolean isOwner(long userId, long estateId);

    /** An estate by id, whoever asks: its name and place, for modules that keep records of an estate. */
    Optional<EstateView> estate(long estateId);

    /** The owners on an estate's roll, by the name paper votes give. */
    List<String> ownerNames(CurrentUser user, long estateId);

    /** Opens an owners' vote (art. 278) on an estate, closing at {@code closesAt}; its id. */
    long openBallot(CurrentUser user, long estateId, String title, BallotMatter matter, boolean secret,
                    java.time.Instant closesAt);

    /** Records an owner's paper vote as the committee would. */
    void paperVote(CurrentUser user, long ballotId, String owner, VoteChoice choice);

    /** Closes a ballot and counts it. */
    BallotResult closeBallot(CurrentUser user, long ballotId);
}
