package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.platform.ThreadTime;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A life replayed by {@link CaseHistory} leaves what the same life leaves when driven through {@link CasesApi#act}
 * step by step at the same instants, with the day-end sweeps between: the same row (state, deadlines, ratings), the
 * same timeline texts, whistled units, 督办 items, inbox messages, and the same {@link CaseMoved} events the three
 * rates are counted from. In {@code DemoYearIT}'s context (the same settings, so one context for both), whose clock
 * honours the thread's replayed time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jiceng.data-dir=target/it-data/${random.uuid}",
        "jiceng.db.embedded.clean=true",
        "jiceng.db.url=",
        "jiceng.demo.year=true",
        "jiceng.demo.scale=town",
        "jiceng.demo.seed=2026",
        "jiceng.demo.year-cases=3000",
        "jiceng.cases.background-sweeps=false",
})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseReplayIT {

    static final String VILLAGE = "530326001001";
    static final String TOWN = "530326001";
    static final String CATEGORY = "0301";

    /** One step of a script: who takes it (R reporter, G grid, V village, T town, U the lead unit), hours after filing. */
    record Act(CaseAction action, String who, CaseActionRequest request, double hours) {
    }

    @Autowired
    CasesApi cases;
    @Autowired
    CaseHistory history;
    @Autowired
    CaseSweeps sweeps;
    @Autowired
    TerritoryApi territory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ConfigurableApplicationContext context;

    final List<CaseMoved> moved = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong residents = new AtomicLong(9_300_000);
    GridView grid;
    long unitA;
    long unitB;
    Instant until;

    @BeforeAll
    void setUp() {
        grid = territory.grids(VILLAGE, Scope.everything()).getFirst();
        var units = territory.units("530326", Scope.everything());
        unitA = units.get(0).id();
        unitB = units.get(1).id();
        until = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof CaseMoved m) {
                moved.add(m);
            }
        };
        context.addApplicationListener(listener);
    }

    @Test
    void aCaseDispatchedReturnedAndDispatchedAgainEndsAlike() {
        same(CaseChannel.RESIDENT, 40, List.of(
                new Act(CaseAction.ACCEPT, "V", null, 1),
                new Act(CaseAction.DISPATCH, "T", dispatch(unitA), 3),
                new Act(CaseAction.RETURN, "U", reason("不属于本部门职责，请改派主管部门"), 5),
                new Act(CaseAction.DISPATCH, "T", dispatch(unitB), 6),
                new Act(CaseAction.CHECK_IN, "U", null, 7),
                new Act(CaseAction.RESOLVE, "U", note("主办部门已到现场处置完毕，问题已解决"), 30),
                new Act(CaseAction.VERIFY, "T", null, 40),
                new Act(CaseAction.REPLY, "T", note("您反映的问题已办理完毕，感谢您的监督"), 42),
                new Act(CaseAction.RATE, "R", rate(true, Satisfaction.SATISFIED), 50)));
    }

    @Test
    void anExtendedCaseEndsAlike() {
        same(CaseChannel.RESIDENT, 38, List.of(
                new Act(CaseAction.ACCEPT, "V", null, 1),
                new Act(CaseAction.HANDLE, "V", null, 2),
                new Act(CaseAction.EXTEND, "V", extend(5, "需协调多个部门、等待材料，申请延期"), 20),
                new Act(CaseAction.APPROVE_EXTENSION, "V", null, 22),
                new Act(CaseAction.APPROVE_EXTENSION, "T", null, 23),
                new Act(CaseAction.RESOLVE, "V", note("已现场协调处理，问题已解决"), 200),
                new Act(CaseAction.VERIFY, "V", null, 210),
                new Act(CaseAction.REPLY, "V", note("您反映的问题已办理完毕，感谢您的监督"), 212),
                new Act(CaseAction.RATE, "R", rate(true, Satisfaction.BASIC), 230)));
    }

    @Test
    void aLateCheckInAndAnUnratedReplyEndAlike() {
        Map<String, Object> ends = same(CaseChannel.PATROL, 36, List.of(
                new Act(CaseAction.ACCEPT, "V", null, 1),
                new Act(CaseAction.DISPATCH, "T", dispatch(unitA), 2),
                new Act(CaseAction.CHECK_IN, "U", null, 202),
                new Act(CaseAction.RESOLVE, "U", note("主办部门已到现场处置完毕，问题已解决"), 220),
                new Act(CaseAction.VERIFY, "T", null, 230),
                new Act(CaseAction.REPLY, "T", note("您反映的问题已办理完毕，感谢您的监督"), 232)));
        assertThat(ends.get("state")).as("closed unrated after the wait").isEqualTo("CLOSED");
        assertThat(ends.get("supervised").toString()).contains("CHECK_IN");
    }

    @Test
    void anUnhappyRatingReopensAndEndsAlike() {
        Map<String, Object> ends = same(CaseChannel.RESIDENT, 34, List.of(
                new Act(CaseAction.ACCEPT, "G", null, 1),
                new Act(CaseAction.HANDLE, "G", null, 2),
                new Act(CaseAction.RESOLVE, "G", note("已现场协调处理，问题已解决"), 10),
                new Act(CaseAction.VERIFY, "V", null, 12),
                new Act(CaseAction.REPLY, "V", note("您反映的问题已办理完毕，感谢您的监督"), 13),
                new Act(CaseAction.RATE, "R", rate(false, Satisfaction.UNSATISFIED), 20),
                new Act(CaseAction.RESOLVE, "G", note("已现场协调处理，问题已解决"), 40),
                new Act(CaseAction.VERIFY, "V", null, 42),
                new Act(CaseAction.REPLY, "V", note("您反映的问题已办理完毕，感谢您的监督"), 43),
                new Act(CaseAction.RATE, "R", rate(true, Satisfaction.BASIC), 50)));
        assertThat(ends.get("reopen_count")).isEqualTo(1);
    }

    @Test
    void anExplainedClosureEndsAlike() {
        same(CaseChannel.RESIDENT, 32, List.of(
                new Act(CaseAction.ACCEPT, "V", null, 1),
                new Act(CaseAction.HANDLE, "V", null, 2),
                new Act(CaseAction.RESOLVE, "V", note("办不了要解释：按现行政策暂不能办理，已当面向反映人说明依据和可走的其他途径"), 30),
                new Act(CaseAction.VERIFY, "V", null, 35),
                new Act(CaseAction.REPLY, "V", note("您反映的问题经研究暂不具备办理条件，已向您说明原因，感谢理解"), 36),
                new Act(CaseAction.RATE, "R", rate(true, Satisfaction.BASIC), 40)));
    }

    @Test
    void aLateRejectionEndsAlikeAndWhatFollowsIsRefusedAlike() {
        Map<String, Object> ends = same(CaseChannel.RESIDENT, 30, List.of(
                new Act(CaseAction.REJECT, "V", reason("经核实不属于本平台受理范围，已告知反映人通过相应途径解决"), 100),
                new Act(CaseAction.ACCEPT, "V", null, 101)));
        assertThat(ends.get("state")).isEqualTo("REJECTED");
        assertThat(ends.get("refused")).isEqualTo(1);
        assertThat(ends.get("supervised").toString()).contains("RESPONSE");
    }

    /** Lives the script both ways, filed {@code daysBefore} the end at 09:00, and answers the live case's row. */
    private Map<String, Object> same(CaseChannel channel, int daysBefore, List<Act> script) {
        LocalDate day = LocalDate.ofInstant(until, Beijing.ZONE).minusDays(daysBefore);
        Instant filedAt = day.atTime(LocalTime.of(9, 0)).atZone(Beijing.ZONE).toInstant();
        CurrentUser reporter = channel == CaseChannel.RESIDENT
                ? user(residents.incrementAndGet(), Role.RESIDENT, grid.code(), null) : user(9_200_001, Role.GRID_WORKER, grid.code(), null);
        String description = "小区门口路灯坏了三天，晚上很黑（重放对照）";
        long live = live(channel, reporter, description, filedAt, script);

        List<CaseHistory.Step> steps = script.stream().map(act -> new CaseHistory.Step(act.action(),
                view -> Optional.of(actor(act.who(), reporter, view.leadUnitId())), act.request(),
                filedAt.plus(hours(act.hours())))).toList();
        CaseHistory.Filing filing = new CaseHistory.Filing(channel, CATEGORY, description, grid.code(), grid.centroid().lat(),
                grid.centroid().lon(), null, null, reporter, reporter.displayName(), filedAt);
        CaseHistory.Replayed replayed = new TransactionTemplate(transactions).execute(status ->
                history.replay(List.of(new CaseHistory.Life(filing, steps)), until));
        long again = replayed.caseIds().getFirst();

        Map<String, Object> row = row(live);
        assertThat(row(again)).as("the case's row").isEqualTo(row);
        assertThat(timeline(again)).as("the timeline").isEqualTo(timeline(live));
        assertThat(units(again)).as("the whistled units").isEqualTo(units(live));
        assertThat(supervision(again)).as("the 督办 items").isEqualTo(supervision(live));
        assertThat(inbox(again)).as("the inbox messages").isEqualTo(inbox(live));
        assertThat(events(again)).as("the events the counters fold").isEqualTo(events(live));
        Map<String, Object> ends = new java.util.HashMap<>(row);
        ends.put("refused", replayed.refused());
        ends.put("supervised", supervision(live));
        return ends;
    }

    /** The script through CasesApi, each step at its instant, the day-end sweeps in between; a refused step is left out. */
    private long live(CaseChannel channel, CurrentUser reporter, String description, Instant filedAt, List<Act> script) {
        try {
            ThreadTime.set(filedAt);
            CaseIntake intake = new CaseIntake(CATEGORY, description, grid.centroid().lat(), grid.centroid().lon(), null,
                    channel == CaseChannel.RESIDENT ? null : channel.name(), List.of(), null);
            long id = cases.file(reporter, intake).id();
            LocalDate day = LocalDate.ofInstant(filedAt, Beijing.ZONE);
            CurrentUser reader = user(9_200_002, Role.TOWN_STAFF, TOWN, null);
            for (Act act : script) {
                Instant at = filedAt.plus(hours(act.hours()));
                day = sweep(day, at);
                ThreadTime.set(at);
                Long lead = cases.find(reader, id).leadUnitId();
                try {
                    cases.act(actor(act.who(), reporter, lead), id, act.action(), act.request());
                } catch (RuntimeException refused) {
                    // refused by the rules: the replay must refuse it too
                }
            }
            sweep(day, null);
            return id;
        } finally {
            ThreadTime.clear();
        }
    }

    /** The day-end sweeps before {@code before} (to the end when null), as the demo year ran them. */
    private LocalDate sweep(LocalDate day, Instant before) {
        while (!day.atStartOfDay(Beijing.ZONE).toInstant().isAfter(until)) {
            Instant end = day.atTime(LocalTime.of(23, 59, 59)).atZone(Beijing.ZONE).toInstant();
            Instant at = end.isBefore(until) ? end : until;
            if (before != null && !at.isBefore(before)) {
                return day;
            }
            ThreadTime.set(at);
            sweeps.supervise();
            sweeps.closeUnrated();
            day = day.plusDays(1);
        }
        return day;
    }

    private CurrentUser actor(String who, CurrentUser reporter, Long leadUnit) {
        return switch (who) {
            case "R" -> reporter;
            case "G" -> user(9_200_003, Role.GRID_WORKER, grid.code(), null);
            case "V" -> user(9_200_004, Role.VILLAGE_STAFF, VILLAGE, null);
            case "T" -> user(9_200_005, Role.TOWN_STAFF, TOWN, null);
            default -> user(9_200_100 + (leadUnit == null ? 0 : leadUnit), Role.DEPT_STAFF, "530326", leadUnit);
        };
    }

    private static CurrentUser user(long id, Role role, String territory, Long unit) {
        return new CurrentUser(id, role.name().toLowerCase() + id, "对照" + role.label() + id,
                List.of(new CurrentUser.Grant(role, territory, unit)));
    }

    private static Duration hours(double hours) {
        return Duration.ofSeconds(Math.round(hours * 3600));
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("""
                        select state, level, channel, territory_code, category_code, description, reporter_id, reporter_name,
                            routed_unit_id, lead_unit_id, array_to_string(assist_unit_ids, ',') as assisting, received_at,
                            response_due_at, check_in_due_at, resolve_due_at, due_provisional, responded_at, resolved_at,
                            replied_at, closed_at, closed_level, extension_days, extension_reason, reopen_count, rating_solved,
                            rating_satisfaction, dispatcher_territory, dispatched_at, returned_at, version, public, lat, lon,
                            address, external_id, merged_into
                        from cases.case_file where id = :id""").param("id", id).query().singleRow();
    }

    private List<Map<String, Object>> timeline(long id) {
        return jdbc.sql("select at, actor, action, from_state, to_state, note, array_to_string(attachments, ',') as files"
                + " from cases.case_event where case_id = :id order by id").param("id", id).query().listOfRows();
    }

    private List<Map<String, Object>> units(long id) {
        return jdbc.sql("select unit_id, lead, whistled_at, check_in_due_at, checked_in_at from cases.case_unit"
                + " where case_id = :id order by unit_id").param("id", id).query().listOfRows();
    }

    private List<Map<String, Object>> supervision(long id) {
        return jdbc.sql("select kind, unit_id, territory_code, superior_territory, due_at, raised_at, settled_at"
                + " from cases.supervision where case_id = :id order by kind, unit_id").param("id", id).query().listOfRows();
    }

    /** The messages, the case's number and id left out of their texts and keys. */
    private List<Map<String, Object>> inbox(long id) {
        return jdbc.sql("""
                        select regexp_replace(m.source_key, '^([a-z]+):[0-9]+', '\\1:#') as key, m.user_id, m.territory_code, m.unit_id,
                            m.kind, replace(m.title, c.number, '#') as title, replace(m.body, c.number, '#') as body, m.created_at
                        from cases.inbox m join cases.case_file c on c.id = m.case_id
                        where m.case_id = :id order by m.created_at, m.kind, 6, coalesce(m.user_id, 0), coalesce(m.unit_id, 0)""")
                .param("id", id).query().listOfRows();
    }

    /** The case's events as the counters read them, without its id and number. */
    private List<List<Object>> events(long id) {
        synchronized (moved) {
            return moved.stream().filter(m -> m.facts().caseId() == id)
                    .map(m -> java.util.Arrays.asList(m.action(), m.from(), m.to(), m.at(), m.actor(), m.note(), m.rating(),
                            m.mergedInto(), m.facts().level(), m.facts().leadUnitId(), m.facts().channel(),
                            m.facts().territoryCode(), m.facts().reporterId(), m.facts().receivedAt(), m.facts().responseDueAt()))
                    .toList();
        }
    }

    private static CaseActionRequest note(String text) {
        return new CaseActionRequest(text, null, null, null, null, null, null, null, null, null);
    }

    private static CaseActionRequest reason(String text) {
        return new CaseActionRequest(null, text, null, null, null, null, null, null, null, null);
    }

    private static CaseActionRequest dispatch(long unit) {
        return new CaseActionRequest(null, null, unit, null, null, null, null, null, null, null);
    }

    private static CaseActionRequest extend(int days, String reason) {
        return new CaseActionRequest(null, reason, null, null, days, null, null, null, null, null);
    }

    private static CaseActionRequest rate(boolean solved, Satisfaction satisfaction) {
        return new CaseActionRequest(null, null, null, null, null, solved, satisfaction.name(), null, null, null);
    }
}
