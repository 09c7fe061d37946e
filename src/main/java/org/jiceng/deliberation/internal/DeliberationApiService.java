package org.jiceng.deliberation.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.deliberation.BallotMatter;
import org.jiceng.deliberation.BallotResult;
import org.jiceng.deliberation.DeliberationApi;
import org.jiceng.deliberation.EstateView;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.MeetingRecord;
import org.jiceng.deliberation.MeetingView;
import org.jiceng.deliberation.NoticeView;
import org.jiceng.deliberation.TopicAction;
import org.jiceng.deliberation.TopicStep;
import org.jiceng.deliberation.TopicView;
import org.jiceng.deliberation.VoteChoice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade other modules use; names are masked as for a reader who is not on the committee. Its writing methods
 * are thin: each goes through the service the pages use, with the same checks.
 */
@Service
class DeliberationApiService implements DeliberationApi {

    private final TopicRepository topics;
    private final MeetingRepository meetings;
    private final NoticeService notices;
    private final TopicService topicService;
    private final MeetingService meetingService;
    private final MeetingResolutionService resolutions;
    private final EstateService estates;
    private final BallotService ballots;
    private final VoteCasting votes;
    private final EstateRepository estateRows;

    DeliberationApiService(TopicRepository topics, MeetingRepository meetings, NoticeService notices,
                           TopicService topicService, MeetingService meetingService,
                           MeetingResolutionService resolutions, EstateService estates, BallotService ballots,
                           VoteCasting votes, EstateRepository estateRows) {
        this.estateRows = estateRows;
        this.topics = topics;
        this.meetings = meetings;
        this.notices = notices;
        this.topicService = topicService;
        this.meetingService = meetingService;
        this.resolutions = resolutions;
        this.estates = estates;
        this.ballots = ballots;
        this.votes = votes;
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

    @Override
    public long propose(CurrentUser user, String title, String description) {
        return topicService.propose(user, new TopicService.Proposal(title, description, null)).id();
    }

    @Override
    public void support(CurrentUser user, long topicId) {
        topicService.support(user, topicId);
    }

    @Override
    public void comment(CurrentUser user, long topicId, String body) {
        topicService.comment(user, topicId, new TopicService.CommentRequest(body));
    }

    @Override
    public TopicStep act(CurrentUser user, long topicId, TopicAction action, String note) {
        return topicService.act(user, topicId, action, new TopicService.ActionRequest(note, null)).step();
    }

    @Override
    @Transactional
    public long holdMeeting(CurrentUser user, MeetingRecord m) {
        MeetingView meeting = meetingService.create(user, new MeetingService.MeetingRequest(m.kind().name(), m.title(),
                m.territoryCode(), m.heldOn().toString(), m.startTime().toString(), m.place()));
        for (Long topic : m.topicIds()) {
            meetingService.addToAgenda(user, meeting.id(), new MeetingService.AgendaRequest(topic, null));
        }
        for (String item : m.items()) {
            meetingService.addToAgenda(user, meeting.id(), new MeetingService.AgendaRequest(null, item));
        }
        if (!m.attendees().isEmpty()) {
            meetingService.addAttendance(user, meeting.id(), new MeetingService.AttendanceRequest(m.attendees().stream()
                    .map(a -> new MeetingService.AttendeeRequest(a.name(), a.role())).toList()));
        }
        if (m.minutes() != null) {
            meetingService.recordMinutes(user, meeting.id(), new MeetingService.MinutesRequest(m.minutes(), null));
        }
        return meeting.id();
    }

    @Override
    public long resolve(CurrentUser user, long meetingId, String text, Long topicId) {
        return resolutions.record(user, meetingId, new MeetingResolutionService.ResolutionRequest(text, topicId)).id();
    }

    @Override
    public long openCase(CurrentUser user, long resolutionId, String categoryCode, String description, String address) {
        return resolutions.openCase(user, resolutionId, new MeetingResolutionService.CaseRequest(categoryCode, description,
                null, null, address)).id();
    }

    @Override
    public List<LocalDate> scheduleMonthly(CurrentUser user, MeetingKind kind, String territoryCode, LocalDate from,
                                           int months, DayOfWeek weekday, int ordinal, String startTime, String place) {
        return meetingService.schedule(user, new MeetingService.ScheduleRequest(kind.name(), kind.label(), territoryCode,
                from.toString(), months, weekday.name(), ordinal, startTime, place)).meetings().stream()
                .map(MeetingView::heldOn).toList();
    }

    @Override
    public List<EstateView> estates(CurrentUser user) {
        return estates.list(user);
    }

    @Override
    public boolean isOwner(long userId, long estateId) {
        return estateRows.ownerOfUser(estateId, userId).isPresent();
    }

    @Override
    public Optional<EstateView> estate(long estateId) {
        return estateRows.find(estateId, org.jiceng.Scope.everything());
    }

    @Override
    public List<String> ownerNames(CurrentUser user, long estateId) {
        return estates.owners(user, estateId).stream().map(EstateOwner::name).toList();
    }

    @Override
    public long openBallot(CurrentUser user, long estateId, String title, BallotMatter matter, boolean secret,
                           Instant closesAt) {
        String closes = OffsetDateTime.ofInstant(closesAt, Beijing.ZONE).withNano(0).toString();
        return ballots.create(user, new BallotService.NewBallot(estateId, null, title, matter.name(), secret, closes,
                false, null));
    }

    @Override
    public void paperVote(CurrentUser user, long ballotId, String owner, VoteChoice choice) {
        votes.paper(user, ballotId, new VoteCasting.PaperVote(owner, null, choice.name(), null));
    }

    @Override
    public BallotResult closeBallot(CurrentUser user, long ballotId) {
        return ballots.close(user, ballotId);
    }
}
