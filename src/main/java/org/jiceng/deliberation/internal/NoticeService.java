package org.jiceng.deliberation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.Action;
import org.jiceng.Input;
import org.jiceng.Resource;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.deliberation.NoticeView;
import org.jiceng.deliberation.ResolutionView;
import org.jiceng.territory.Level;
import org.jiceng.deliberation.NoticePublished;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice board (公示栏) of each community: the committee publishes notices and resolutions for a period;
 * residents read what is showing in their community today, the committee and auditors everything.
 */
@Service
public class NoticeService {

    /** How long a published resolution shows when no end is given: seven days, the usual 公示期. */
    static final int RESOLUTION_DAYS = 7;

    private final NoticeRepository notices;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    NoticeService(NoticeRepository notices, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.notices = notices;
    }

    public record NoticeRequest(String territoryCode, String title, String body, String from, String to) {
    }

    public record PublishRequest(String title, String from, String to) {
    }

    @Transactional
    public NoticeView publish(CurrentUser user, NoticeRequest request) {
        String place = placeOf(user, request.territoryCode());
        String title = Input.text(request.title(), "title", "公示标题", 2, 100);
        String body = Input.text(request.body(), "body", "公示内容", 1, 5000);
        LocalDate from = Input.date(request.from(), "from", "公示开始日期", Beijing.today(clock));
        LocalDate to = request.to() == null || request.to().isBlank() ? null : Input.date(request.to(), "to", "公示结束日期", null);
        checkPeriod(from, to);
        long id = notices.insert(place, title, body, from, to, null, user.displayName());
        events.publishEvent(new NoticePublished(id, place));
        return get(user, id);
    }

    /** Publishes a resolution of a village or community meeting on that community's board. */
    @Transactional
    NoticeView publishResolution(CurrentUser user, ResolutionView resolution, String meetingTitle, PublishRequest request) {
        if (resolution.territoryCode().length() != 12) {
            throw new ConflictException("只有村(社区)会议的决议可以在社区公示栏公示");
        }
        DeliberationAccess.check(user, Resource.NOTICE, Action.CREATE, resolution.territoryCode());
        if (notices.ofResolution(resolution.id())) {
            throw new ConflictException("该决议已经公示");
        }
        PublishRequest asked = request == null ? new PublishRequest(null, null, null) : request;
        String title = asked.title() == null || asked.title().isBlank() ? "决议公示：" + meetingTitle
                : Input.text(asked.title(), "title", "公示标题", 2, 100);
        LocalDate from = Input.date(asked.from(), "from", "公示开始日期", Beijing.today(clock));
        LocalDate to = Input.date(asked.to(), "to", "公示结束日期", from.plusDays(RESOLUTION_DAYS - 1));
        checkPeriod(from, to);
        long id = notices.insert(resolution.territoryCode(), title, resolution.text(), from, to, resolution.id(),
                user.displayName());
        events.publishEvent(new NoticePublished(id, resolution.territoryCode()));
        return get(user, id);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new BadInputException("公示结束日期（to）不能早于开始日期（from）");
        }
        if (to != null && to.isAfter(from.plusYears(5))) {
            throw new BadInputException("公示期不能超过 5 年");
        }
    }

    private String placeOf(CurrentUser user, String asked) {
        Scope staff = DeliberationAccess.required(user, Resource.NOTICE, Action.CREATE);
        String code = asked == null || asked.isBlank()
                ? staff.prefixes().stream().filter(p -> p.length() == 12).findFirst()
                        .orElseThrow(() -> new BadInputException("请指定公示的村(社区)（territoryCode，12 位代码）"))
                : asked.strip();
        if (Level.ofCode(code) != Level.VILLAGE) {
            throw new BadInputException("territoryCode 须为 12 位村(社区)代码");
        }
        DeliberationAccess.check(user, Resource.NOTICE, Action.CREATE, code);
        return code;
    }

    /** Staff and auditors see every notice of their territory; everyone else what is showing today. */
    public Page<NoticeView> list(CurrentUser user, String territoryCode, boolean currentOnly, String after, int limit) {
        Scope managers = DeliberationAccess.noticeHistory(user);
        Scope scope = TopicService.narrowed(managers.isEmpty() || currentOnly
                        ? DeliberationAccess.scope(user, Resource.NOTICE, Action.READ) : managers,
                territoryCode);
        LocalDate day = managers.isEmpty() || currentOnly ? Beijing.today(clock) : null;
        List<NoticeView> rows = notices.list(scope, day, Cursor.idBelow(after), limit + 1);
        return Page.byId(rows, limit, NoticeView::id);
    }

    public NoticeView get(CurrentUser user, long id) {
        return notices.find(id, DeliberationAccess.scope(user, Resource.NOTICE, Action.READ))
                .filter(n -> n.showingOn(Beijing.today(clock)) || DeliberationAccess.noticeHistory(user).covers(n.territoryCode()))
                .orElseThrow(() -> new NotFoundException("公示 " + id + " 不存在、不在公示期内或不在您的辖区内"));
    }

    List<NoticeView> showing(String communityCode, LocalDate day, Scope scope) {
        return notices.list(scope.narrowedTo(communityCode), day, Long.MAX_VALUE, 100);
    }

    public static boolean mayPublish(CurrentUser user) {
        return !DeliberationAccess.scope(user, Resource.NOTICE, Action.CREATE).isEmpty();
    }

}
