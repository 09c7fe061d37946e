package org.jiceng.deliberation.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.Input;
import org.jiceng.Resource;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.cases.CaseIntake;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.jiceng.deliberation.MeetingView;
import org.jiceng.deliberation.NoticeView;
import org.jiceng.deliberation.ResolutionView;
import org.jiceng.deliberation.TopicStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolutions (决议) of held meetings: each may settle a topic of the agenda, open cases of the case loop to
 * carry it out (channel MEETING) and be published on the community's notice board.
 */
@Service
public class MeetingResolutionService {

    /** The most cases one resolution opens. */
    static final int MAX_CASES = 50;

    private final MeetingResolutionRepository resolutions;
    private final MeetingService meetings;
    private final TopicService topics;
    private final NoticeService notices;
    private final MeetingRepository agenda;
    private final CasesApi cases;

    MeetingResolutionService(MeetingResolutionRepository resolutions, MeetingService meetings, TopicService topics,
                             NoticeService notices, MeetingRepository agenda, CasesApi cases) {
        this.resolutions = resolutions;
        this.meetings = meetings;
        this.topics = topics;
        this.notices = notices;
        this.agenda = agenda;
        this.cases = cases;
    }

    public record ResolutionRequest(String text, Long topicId) {
    }

    /** The case to open: a leaf category, a description (the resolution's text when absent), a point or an address. */
    public record CaseRequest(String categoryCode, String description, Double lat, Double lon, String address) {
    }

    /** How one case of a resolution is getting on, as far as the user may see it. */
    public record CaseProgress(long caseId, String number, CaseState state, String stateLabel, String categoryName,
                               OffsetDateTime resolveDueAt) {
    }

    @Transactional
    public ResolutionView record(CurrentUser user, long meetingId, ResolutionRequest request) {
        MeetingView meeting = meetings.managed(user, meetingId, "登记会议决议");
        if (!meeting.held()) {
            throw new ConflictException("请先记录会议纪要，再登记决议");
        }
        String text = Input.text(request.text(), "text", "决议内容", 5, 2000);
        TopicRepository.Stored topic = null;
        if (request.topicId() != null) {
            topic = topics.stored(user, request.topicId());
            if (!agenda.onAgenda(meetingId, topic.id())) {
                throw new BadInputException("议题“" + topic.title() + "”不在本次会议议程上，请先列入议程");
            }
        }
        long id = resolutions.insert(meetingId, meeting.territoryCode(), topic == null ? null : topic.id(), text,
                user.displayName());
        if (topic != null) {
            topics.advanceTo(user, topic, TopicStep.RESOLVED, text);
        }
        return get(user, id);
    }

    public ResolutionView get(CurrentUser user, long id) {
        return resolutions.find(id, DeliberationAccess.scope(user, Resource.MEETING, Action.READ))
                .orElseThrow(() -> new NotFoundException("决议 " + id + " 不存在或不在您的辖区内"));
    }

    public List<ResolutionView> ofMeeting(CurrentUser user, long meetingId) {
        meetings.get(user, meetingId);
        return resolutions.ofMeeting(meetingId);
    }

    public List<ResolutionView> ofTopic(CurrentUser user, long topicId) {
        topics.stored(user, topicId);
        return resolutions.ofTopic(topicId);
    }

    /**
     * Files a case for the resolution through the case loop, as the user, with channel MEETING; its topic is
     * then being carried out. The case must lie in the meeting's village or town; otherwise nothing is written.
     */
    @Transactional
    public CaseView openCase(CurrentUser user, long id, CaseRequest request) {
        ResolutionView resolution = get(user, id);
        DeliberationAccess.check(user, Resource.MEETING, Action.UPDATE, resolution.territoryCode());
        if (resolution.caseIds().size() >= MAX_CASES) {
            throw new ConflictException("一项决议最多交办 " + MAX_CASES + " 件案件");
        }
        if (request == null) {
            throw new BadInputException("请提供案件分类（categoryCode）和位置（lat、lon 或 address）");
        }
        String description = request.description() == null || request.description().isBlank()
                ? "会议决议：" + resolution.text() : request.description().strip();
        if (org.jiceng.Text.length(description) > 2000) {
            description = description.substring(0, 2000);
        }
        CaseView filed = cases.file(user, new CaseIntake(request.categoryCode(), description, request.lat(), request.lon(),
                request.address(), "MEETING", List.of()));
        if (!filed.territoryCode().startsWith(resolution.territoryCode())) {
            throw new BadInputException("案件位置不在本次会议所在的区域（" + resolution.territoryCode() + "）内，请重新标注位置");
        }
        resolutions.addCase(id, filed.id(), user.displayName());
        if (resolution.topicId() != null) {
            TopicRepository.Stored topic = topics.stored(user, resolution.topicId());
            topics.advanceTo(user, topic, TopicStep.EXECUTING, "交办案件 " + filed.number());
        }
        return filed;
    }

    /** The progress of the resolution's cases, those the user may see, in the order they were opened. */
    public List<CaseProgress> cases(CurrentUser user, long id) {
        ResolutionView resolution = get(user, id);
        return progress(user, resolution);
    }

    public List<CaseProgress> progress(CurrentUser user, ResolutionView resolution) {
        if (resolution.caseIds().isEmpty()) {
            return List.of();
        }
        return cases.findAll(user, resolution.caseIds()).stream()
                .map(c -> new CaseProgress(c.id(), c.number(), c.state(), c.state().label(), c.categoryName(), c.resolveDueAt()))
                .toList();
    }

    @Transactional
    public NoticeView publish(CurrentUser user, long id, NoticeService.PublishRequest request) {
        ResolutionView resolution = get(user, id);
        MeetingView meeting = meetings.get(user, resolution.meetingId());
        return notices.publishResolution(user, resolution, meeting.title(), request);
    }
}
