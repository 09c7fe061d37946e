package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;
import org.jiceng.cases.CaseTransitions.Refusal;
import org.junit.jupiter.api.Test;

class CaseRulesTests {

    static final WorkingCalendar CALENDAR = WorkingCalendarTests.shipped();
    static final String GRID = "530326001001001";
    static final Instant NOW = at("2025-03-07T10:00");   // a Friday
    static final long LEAD = 7;

    static Instant at(String beijing) {
        return LocalDateTime.parse(beijing).atZone(Beijing.ZONE).toInstant();
    }

    static CaseView view(CaseState state, String level, Long leadUnit, List<Long> assisting, Integer extensionDays,
                         int reopenCount) {
        OffsetDateTime received = NOW.atZone(Beijing.ZONE).toOffsetDateTime();
        return new CaseView(1, "530326-20250307-000001", state, "0301", "路灯", "路灯坏了", GRID, null, null, "街口",
                "APP", null, level, null, leadUnit, assisting, received, received, null, received.plusDays(10), false, null,
                null, null, null, null, extensionDays, null, null, reopenCount, null, null, "张三", 3, false);
    }

    static CaseRules.Facts whistled(CaseState state) {
        return new CaseRules.Facts(view(state, "COUNTY", LEAD, List.of(8L), null, 0), 42L, "530326001", NOW, CALENDAR);
    }

    static CurrentUser department(long unit) {
        return new CurrentUser(100 + unit, "bumen" + unit, "部门", List.of(new CurrentUser.Grant(Role.DEPT_STAFF, "530326", unit)));
    }

    static CurrentUser staff(Role role, String territory) {
        return new CurrentUser(200, "staff", "工作人员", List.of(new CurrentUser.Grant(role, territory, null)));
    }

    static CurrentUser resident(long id) {
        return new CurrentUser(id, "jumin" + id, "居民", List.of(new CurrentUser.Grant(Role.RESIDENT, GRID, null)));
    }

    static Optional<Refusal> refusal(CaseAction action, CaseRules.Facts facts, CurrentUser user, CaseActionRequest request,
                                     Instant now) {
        return CaseRules.refusal(action, facts, user, request, now);
    }

    @Test
    void onlyTheLeadUnitResolvesAWhistledCase() {
        var resolve = CaseActionRequest.note("已修复");
        assertThat(refusal(CaseAction.RESOLVE, whistled(CaseState.IN_PROGRESS), department(LEAD), resolve, NOW)).isEmpty();
        var other = refusal(CaseAction.RESOLVE, whistled(CaseState.IN_PROGRESS), department(8), resolve, NOW).orElseThrow();
        assertThat(other.kind()).isEqualTo(Refusal.Kind.NOT_YOURS);
        assertThat(other.message()).isEqualTo("只有被派遣的主办部门可以办结");
    }

    @Test
    void aDepartmentDoesNotResolveACaseNobodyWhistledButTheTownDoes() {
        var handled = new CaseRules.Facts(view(CaseState.IN_PROGRESS, "TOWN", null, List.of(), null, 0), 42L, null, null,
                CALENDAR);
        var resolve = CaseActionRequest.note("已修复");
        assertThat(refusal(CaseAction.RESOLVE, handled, department(LEAD), resolve, NOW)).isPresent();
        assertThat(refusal(CaseAction.RESOLVE, handled, staff(Role.TOWN_STAFF, "530326001"), resolve, NOW)).isEmpty();
    }

    @Test
    void onlyTheReporterRates() {
        var rating = new CaseActionRequest(null, null, null, null, null, true, "SATISFIED", null, null, null);
        assertThat(refusal(CaseAction.RATE, whistled(CaseState.REPLIED), resident(42), rating, NOW)).isEmpty();
        assertThat(refusal(CaseAction.RATE, whistled(CaseState.REPLIED), resident(43), rating, NOW).orElseThrow().message())
                .isEqualTo("只有反映人本人可以评价");
    }

    @Test
    void aRatingNeedsBothAnswersAndNamesWhatIsMissing() {
        var noSatisfaction = new CaseActionRequest(null, null, null, null, null, true, "GREAT", null, null, null);
        var refused = refusal(CaseAction.RATE, whistled(CaseState.REPLIED), resident(42), noSatisfaction, NOW).orElseThrow();
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
        assertThat(refused.field()).isEqualTo("satisfaction");
        assertThat(refusal(CaseAction.RATE, whistled(CaseState.REPLIED), resident(42), CaseActionRequest.empty(), NOW)
                .orElseThrow().field()).isEqualTo("solved");
    }

    @Test
    void whatMustBeWrittenIsAskedOnlyOnceSomethingIsSent() {
        assertThat(refusal(CaseAction.RESOLVE, whistled(CaseState.IN_PROGRESS), department(LEAD), null, NOW))
                .as("no input yet: the button stays").isEmpty();
        var empty = refusal(CaseAction.RESOLVE, whistled(CaseState.IN_PROGRESS), department(LEAD), CaseActionRequest.empty(), NOW)
                .orElseThrow();
        assertThat(empty.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
        assertThat(empty.field()).isEqualTo("note");
        assertThat(empty.message()).isEqualTo("请填写办理结果（note）");
        assertThat(refusal(CaseAction.RESOLVE, whistled(CaseState.IN_PROGRESS), department(LEAD), CaseActionRequest.note("  "), NOW))
                .as("blank is not written").isPresent();
    }

    @Test
    void theTableIsAskedBeforeTheCasesData() {
        var refused = refusal(CaseAction.RESOLVE, whistled(CaseState.REPLIED), department(8), null, NOW).orElseThrow();
        assertThat(refused.wrongState()).isTrue();
        assertThat(refused.message()).contains("不能办结");
    }

    @Test
    void aReturnIsAllowedUntilTheEndOfTheNextWorkingDay() {
        var reason = new CaseActionRequest(null, "不属本部门职责", null, null, null, null, null, null, null, null);
        var facts = whistled(CaseState.DISPATCHED);   // dispatched on a Friday morning
        assertThat(refusal(CaseAction.RETURN, facts, department(LEAD), reason, at("2025-03-10T23:59"))).isEmpty();
        var late = refusal(CaseAction.RETURN, facts, department(LEAD), reason, at("2025-03-11T00:00")).orElseThrow();
        assertThat(late.wrongState()).isTrue();
        assertThat(late.message()).contains("超过 1 个工作日");
    }

    @Property
    void aReturnWithinADayOfDispatchIsAlwaysAllowedAndOneElevenDaysLaterNever(
            @ForAll @IntRange(min = 0, max = 3 * 365 - 1) int day, @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int minute,
            @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int waited) {
        Instant dispatched = at("2024-01-01T00:00").plus(Duration.ofDays(day)).plus(Duration.ofMinutes(minute));
        var facts = new CaseRules.Facts(view(CaseState.DISPATCHED, "COUNTY", LEAD, List.of(), null, 0), 42L, "530326001",
                dispatched, CALENDAR);
        assertThat(CaseRules.WITHIN_ONE_WORKING_DAY.refusal(facts, department(LEAD), null,
                dispatched.plus(Duration.ofMinutes(waited)))).isEmpty();
        assertThat(CaseRules.WITHIN_ONE_WORKING_DAY.refusal(facts, department(LEAD), null,
                dispatched.plus(Duration.ofDays(11)).plus(Duration.ofMinutes(waited)))).isPresent();
    }

    @Property
    void onceTooLateAReturnStaysTooLate(@ForAll @IntRange(min = 0, max = 3 * 365 - 1) int day,
                                        @ForAll @IntRange(min = 0, max = 15 * 24) int hours, @ForAll @IntRange(min = 1, max = 72) int more) {
        Instant dispatched = at("2024-01-01T09:00").plus(Duration.ofDays(day));
        var facts = new CaseRules.Facts(view(CaseState.DISPATCHED, "COUNTY", LEAD, List.of(), null, 0), 42L, "530326001",
                dispatched, CALENDAR);
        Instant first = dispatched.plus(Duration.ofHours(hours));
        if (CaseRules.WITHIN_ONE_WORKING_DAY.refusal(facts, department(LEAD), null, first).isPresent()) {
            assertThat(CaseRules.WITHIN_ONE_WORKING_DAY.refusal(facts, department(LEAD), null,
                    first.plus(Duration.ofHours(more)))).isPresent();
        }
    }

    @Property
    void anUnhappyRatingReopensOnlyWhileReopensAreLeft(@ForAll @IntRange(min = 0, max = 5) int reopened,
                                                      @ForAll @IntRange(min = 0, max = 5) int max, @ForAll boolean solved,
                                                      @ForAll Satisfaction satisfaction) {
        boolean unhappy = !solved || satisfaction == Satisfaction.UNSATISFIED;
        assertThat(CaseRules.reopens(reopened, max, solved, satisfaction)).isEqualTo(unhappy && reopened < max);
    }

    @Property
    void anExtensionAsksOneToSixtyWorkingDays(@ForAll @IntRange(min = -5, max = 70) int days) {
        var request = new CaseActionRequest(null, "需等待材料", null, null, days, null, null, null, null, null);
        var refused = refusal(CaseAction.EXTEND, whistled(CaseState.IN_PROGRESS), department(LEAD), request, NOW);
        assertThat(refused.isEmpty()).isEqualTo(days >= 1 && days <= 60);
        refused.ifPresent(r -> assertThat(r.field()).isEqualTo("workingDays"));
    }

    @Test
    void aPendingExtensionIsApprovedByTheDispatcherAndNotAskedForTwice() {
        var pending = new CaseRules.Facts(view(CaseState.IN_PROGRESS, "COUNTY", LEAD, List.of(), 5, 0), 42L, "530326001",
                NOW, CALENDAR);
        var again = new CaseActionRequest(null, "再延", null, null, 3, null, null, null, null, null);
        assertThat(refusal(CaseAction.EXTEND, pending, department(LEAD), again, NOW).orElseThrow().message())
                .contains("待批准");
        assertThat(refusal(CaseAction.APPROVE_EXTENSION, pending, staff(Role.TOWN_STAFF, "530326001"), null, NOW)).isEmpty();
        assertThat(refusal(CaseAction.APPROVE_EXTENSION, pending, staff(Role.TOWN_STAFF, "530326002"), null, NOW)
                .orElseThrow().message()).isEqualTo("只有派遣方可以批准延期");
        assertThat(refusal(CaseAction.APPROVE_EXTENSION, whistled(CaseState.IN_PROGRESS), staff(Role.TOWN_STAFF, "530326001"),
                null, NOW).orElseThrow().message()).isEqualTo("没有待批准的延期申请");
    }

    @Test
    void aCaseAtTheCountyIsNotEscalated() {
        var atCounty = new CaseRules.Facts(view(CaseState.ACCEPTED, "COUNTY", null, List.of(), null, 0), 42L, null, null, CALENDAR);
        var atTown = new CaseRules.Facts(view(CaseState.ACCEPTED, "TOWN", null, List.of(), null, 0), 42L, null, null, CALENDAR);
        assertThat(refusal(CaseAction.ESCALATE, atCounty, staff(Role.COUNTY_ADMIN, "530326"), null, NOW).orElseThrow().message())
                .contains("县级");
        assertThat(refusal(CaseAction.ESCALATE, atTown, staff(Role.COUNTY_ADMIN, "530326"), null, NOW)).isEmpty();
    }

    @Test
    void aCaseIsNotMergedIntoItself() {
        var facts = new CaseRules.Facts(view(CaseState.ACCEPTED, "TOWN", null, List.of(), null, 0), 42L, null, null, CALENDAR);
        assertThat(refusal(CaseAction.MERGE, facts, staff(Role.TOWN_STAFF, "530326001"), CaseActionRequest.empty().withIntoCaseId(1L),
                NOW).orElseThrow().field()).isEqualTo("intoCaseId");
        assertThat(refusal(CaseAction.MERGE, facts, staff(Role.TOWN_STAFF, "530326001"), CaseActionRequest.empty().withIntoCaseId(2L),
                NOW)).isEmpty();
    }

    @Test
    void theButtonsAreTheActionsNoRuleRefuses() {
        var dispatched = whistled(CaseState.DISPATCHED);
        assertThat(CaseRules.offered(dispatched, department(LEAD), NOW)).containsExactly(CaseAction.CHECK_IN, CaseAction.RETURN);
        assertThat(CaseRules.offered(dispatched, department(LEAD), at("2025-03-12T09:00")))
                .as("the return's day has passed").containsExactly(CaseAction.CHECK_IN);
        assertThat(CaseRules.offered(dispatched, department(9), NOW)).isEmpty();
        assertThat(CaseRules.assisting(dispatched, department(8))).isTrue();
        assertThat(CaseRules.offered(whistled(CaseState.REPLIED), resident(43), NOW)).as("not the reporter").isEmpty();
        assertThat(CaseRules.offered(whistled(CaseState.REPLIED), resident(42), NOW)).containsExactly(CaseAction.RATE);
    }

    @Test
    void eachKindOfRefusalAnswersItsOwnStatus() {
        assertThat(Refusal.wrongState("x").exception()).isInstanceOf(ConflictException.class);
        assertThat(Refusal.notYours("x").exception()).isInstanceOf(ForbiddenException.class);
        assertThat(Refusal.badInput("note", "x").exception()).isInstanceOfSatisfying(BadInputException.class,
                e -> assertThat(e.field()).isEqualTo("note"));
    }
}
