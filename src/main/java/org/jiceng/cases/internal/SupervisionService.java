package org.jiceng.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.SupervisionItem;
import org.jiceng.cases.SupervisionKind;
import org.jiceng.cases.SupervisionRaised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办: a sweep finds missed response, check-in and resolve deadlines, records each once and raises
 * {@link SupervisionRaised} to the superior of whoever whistled or handles the case (village → town → county);
 * items whose work got done since are settled. The lists answer per unit and territory, in scope.
 */
@Service
public class SupervisionService {

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final ApplicationEventPublisher events;
    private final boolean scheduled;
    private final Clock clock;

    SupervisionService(JdbcClient jdbc, CaseRepository cases, ApplicationEventPublisher events,
                       @org.springframework.beans.factory.annotation.Value("${jiceng.cases.background-sweeps:true}") boolean scheduled,
                       Clock clock) {
        this.scheduled = scheduled;
        this.clock = clock;
        this.jdbc = jdbc;
        this.cases = cases;
        this.events = events;
    }

    record Raised(long caseId, SupervisionKind kind, long unitId, String superior, Instant dueAt) {
    }

    @Scheduled(fixedDelayString = "${jiceng.cases.supervision-sweep:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "cases.supervision", lockAtMostFor = "PT5M")
    void scheduledSweep() {
        if (scheduled) {
            sweep();
        }
    }

    /**
     * Raises what is newly overdue (at most 1,000 items of each kind a sweep, so a backlog is worked off in
     * bounded transactions) and settles what is no longer; answers how many were raised.
     */
    @Transactional
    public int sweep() {
        Timestamp now = Timestamp.from(clock.instant());
        settle(now);
        List<Raised> raised = jdbc.sql("""
                        with overdue as ((
                            select c.id as case_id, 'RESPONSE' as kind, 0::bigint as unit_id, c.territory_code,
                                   c.level, c.dispatcher_territory, c.response_due_at as due_at
                            from cases.case_file c
                            where c.state = 'RECEIVED' and c.response_due_at < :now
                              and not exists (select 1 from cases.supervision s where s.case_id = c.id and s.kind = 'RESPONSE')
                            limit 1000)
                          union all (
                            select c.id, 'CHECK_IN', u.unit_id, c.territory_code, c.level, c.dispatcher_territory, u.check_in_due_at
                            from cases.case_unit u join cases.case_file c on c.id = u.case_id
                            where u.checked_in_at is null and u.check_in_due_at < :now and c.state in ('DISPATCHED', 'IN_PROGRESS')
                              and not exists (select 1 from cases.supervision s where s.case_id = c.id and s.kind = 'CHECK_IN'
                                              and s.unit_id = u.unit_id)
                            limit 1000)
                          union all (
                            select c.id, 'RESOLVE', coalesce(c.lead_unit_id, 0), c.territory_code, c.level, c.dispatcher_territory,
                                   c.resolve_due_at
                            from cases.case_file c
                            where c.state in ('ACCEPTED', 'DISPATCHED', 'IN_PROGRESS') and c.resolve_due_at < :now
                              and not exists (select 1 from cases.supervision s where s.case_id = c.id and s.kind = 'RESOLVE')
                            limit 1000)
                        )
                        insert into cases.supervision (county, case_id, kind, unit_id, territory_code, superior_territory,
                            due_at, raised_at)
                        select left(territory_code, 6), case_id, kind, unit_id, territory_code,
                               coalesce(substr(dispatcher_territory, 1, greatest(6, length(dispatcher_territory) - 3)),
                                        substr(territory_code, 1, greatest(6, case level when 'GRID' then 12 when 'VILLAGE' then 9
                                            when 'TOWN' then 6 else 6 end))),
                               due_at, :now
                        from overdue
                        on conflict (case_id, kind, unit_id, county) do nothing
                        returning case_id, kind, unit_id, superior_territory, due_at""").param("now", now)
                .query((rs, n) -> new Raised(rs.getLong("case_id"), SupervisionKind.valueOf(rs.getString("kind")), rs.getLong("unit_id"),
                        rs.getString("superior_territory"), rs.getTimestamp("due_at").toInstant()))
                .list();
        for (Raised r : raised) {
            CaseFacts facts = CaseService.facts(cases.findAny(r.caseId()).orElseThrow().view(), null);
            events.publishEvent(new SupervisionRaised(facts, r.kind(), r.dueAt(), r.superior()));
        }
        return raised.size();
    }

    private void settle(Timestamp now) {
        jdbc.sql("""
                        update cases.supervision s set settled_at = :now
                        from cases.case_file c
                        where s.settled_at is null and c.id = s.case_id and (
                              (s.kind = 'RESPONSE' and c.state <> 'RECEIVED')
                           or (s.kind = 'RESOLVE' and c.state not in ('ACCEPTED', 'DISPATCHED', 'IN_PROGRESS'))
                           or (s.kind = 'CHECK_IN' and not exists (select 1 from cases.case_unit u where u.case_id = s.case_id
                                   and u.unit_id = s.unit_id and u.checked_in_at is null)))""")
                .param("now", now).update();
    }

    /** Open supervision items the user oversees: in their territory (as superior or where the case is) or of their unit. */
    public List<SupervisionItem> open(CurrentUser user, SupervisionKind kind, int limit) {
        Scope scope = CaseAccess.scope(user, org.jiceng.Resource.SUPERVISION, org.jiceng.Action.READ);
        return jdbc.sql("select s.id, s.case_id, c.number, s.kind, s.unit_id, s.territory_code, s.due_at, s.raised_at"
                        + " from cases.supervision s join cases.case_file c on c.id = s.case_id"
                        + " where s.settled_at is null and (" + scope.where("s.territory_code", "s.county") + " or s.unit_id = :unit)"
                        + (kind == null ? "" : " and s.kind = :kind") + " order by s.due_at limit :limit")
                .params(scope.params()).param("unit", java.util.Optional.ofNullable(CaseAccess.supervisedUnit(user)).orElse(-1L)).param("kind", kind == null ? null : kind.name()).param("limit", limit)
                .query((rs, n) -> new SupervisionItem(rs.getLong("id"), rs.getLong("case_id"), rs.getString("number"),
                        rs.getString("kind"), SupervisionKind.valueOf(rs.getString("kind")).overdueLabel(), rs.getLong("unit_id") == 0 ? null : rs.getLong("unit_id"),
                        rs.getString("territory_code"), CaseRepository.beijing(rs, "due_at"), CaseRepository.beijing(rs, "raised_at")))
                .list();
    }

    /** Counts for a home page: open items the user oversees. */
    public int openCount(CurrentUser user) {
        Scope scope = CaseAccess.scope(user, org.jiceng.Resource.SUPERVISION, org.jiceng.Action.READ);
        return jdbc.sql("select count(*) from cases.supervision s where s.settled_at is null and ("
                        + scope.where("s.territory_code", "s.county") + " or s.unit_id = :unit)")
                .params(scope.params()).param("unit", java.util.Optional.ofNullable(CaseAccess.supervisedUnit(user)).orElse(-1L)).query(Integer.class).single();
    }
}
