package org.jiceng.workbench.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.analytics.RateTrend;
import org.jiceng.cases.CaseWork;
import org.jiceng.cases.InboxMessage;
import org.jiceng.deliberation.BallotsApi;
import org.jiceng.deliberation.DeliberationApi;
import org.jiceng.deliberation.NoticeView;
import org.jiceng.visits.CareTasks;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/** What a home page shows above its launcher: the person's work, figures and news, each from its module's API. */
@Service
public class Workbench {

    static final int MONTHS = 12;
    static final int MESSAGES = 5;

    private final CaseWork cases;
    private final RateTrend rates;
    private final DeliberationApi deliberation;
    private final BallotsApi ballots;
    private final CareTasks care;
    private final Clock clock;

    Workbench(CaseWork cases, RateTrend rates, DeliberationApi deliberation, BallotsApi ballots, CareTasks care,
              Clock clock) {
        this.cases = cases;
        this.care = care;
        this.rates = rates;
        this.deliberation = deliberation;
        this.ballots = ballots;
        this.clock = clock;
    }

    /** One count of the work, and the desk list it stands for. */
    public record Tile(String key, String label, long count, String href) {
    }

    /** The counts of the person's territory or unit (none for a resident), each linked to its list. */
    public Optional<Work> work(CurrentUser user) {
        return cases.counts(user, null).map(c -> new Work(c.where(), c.unitId(), List.of(
                new Tile("new-today", "今日新增", c.newToday(), desk(c, "newToday")),
                new Tile("pending", "待办未结", c.pending(), c.where() == null ? "/cases/unit" : desk(c, "open")),
                new Tile("due-today", "今日到期", c.dueToday(), desk(c, "dueToday")),
                new Tile("overdue", "已逾期", c.overdue(), desk(c, "overdue")))));
    }

    /** {@code territory}: the code counted, or null for a department's {@code unitId}. */
    public record Work(String territory, Long unitId, List<Tile> tiles) {
    }

    /** The desk filtered as a count was counted: the territory (or unit) and one flag. */
    static String desk(CaseWork.Counts counts, String flag) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/cases/desk");
        if (counts.where() != null) {
            uri.queryParam("territory", counts.where());
        } else {
            uri.queryParam("unit", counts.unitId());
        }
        return uri.queryParam(flag, "true").build().toUriString();
    }

    /** One month of the trend, its rates as percentages with one decimal (null: no denominator yet). */
    public record Month(String month, long cases, BigDecimal response, BigDecimal resolution, BigDecimal satisfaction) {
    }

    /** The year's trend of the three rates of the person's unit, oldest month first; {@code current}: this month. */
    public record Trend(String unitName, List<Month> months, Month current) {
    }

    /** Empty for one who reads no figures (a resident, a grid worker). */
    public Optional<Trend> trend(CurrentUser user) {
        List<RateTrend.MonthRates> series = rates.lastMonths(user, MONTHS);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<Month> months = series.stream().map(m -> new Month(m.month(), m.cases(), percent(m.responseRate()),
                percent(m.resolutionRate()), percent(m.satisfactionRate()))).toList();
        return Optional.of(new Trend(series.getLast().unitName(), months, months.getLast()));
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    public List<InboxMessage> messages(CurrentUser user) {
        return cases.latestMessages(user, MESSAGES);
    }

    public int unread(CurrentUser user) {
        return cases.unreadMessages(user);
    }

    public List<CaseWork.OwnCase> ownCases(CurrentUser user) {
        return cases.ownCases(user, 5).stream().map(c -> new CaseWork.OwnCase(c.id(), c.number(), c.state(),
                c.categoryName(), Beijing.shown(c.receivedAt()), c.lastStep(), Beijing.shown(c.lastStepAt()))).toList();
    }

    /** A ballot as the home page lists it, its closing time in Beijing time. */
    public record OpenBallot(long id, String title, String statusLabel, OffsetDateTime closesAt) {
    }

    /** What the person's community board shows today (a resident's community, a grid worker's village). */
    public List<NoticeView> notices(CurrentUser user) {
        String home = user.homeTerritory();
        Scope scope = AccessPolicy.scope(user, Resource.NOTICE, Action.READ);
        if (home.length() < 12 || !scope.covers(home.substring(0, 12))) {
            return List.of();
        }
        List<NoticeView> showing = new ArrayList<>(deliberation.noticesShowing(home.substring(0, 12), Beijing.today(clock), scope));
        return showing.subList(0, Math.min(5, showing.size()));
    }

    public List<OpenBallot> openBallots(CurrentUser user) {
        return ballots.openTo(user, 5).stream()
                .map(b -> new OpenBallot(b.id(), b.title(), b.statusLabel(), Beijing.shown(b.closesAt()))).toList();
    }

    static final int CARE_TASKS = 10;

    /** 走访任务: the households the person is responsible for that are overdue or due within the week. */
    public List<CareTasks.Task> careTasks(CurrentUser user) {
        return care.tasksOf(user, CARE_TASKS);
    }

    /** 逾期走访督办: overdue plans of the place the person supervises as village, town or county staff. */
    public Optional<CareTasks.Supervision> careSupervision(CurrentUser user) {
        return care.supervision(user);
    }
}
