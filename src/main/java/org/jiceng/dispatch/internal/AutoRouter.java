package org.jiceng.dispatch.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseCatalogue;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseRecategorised;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dispatches a newly filed case by itself when its town switched this on, no routing rule named a unit (rules
 * win), the case still waits, and the model's top unit that may take the place reaches the town's threshold.
 * The filing only queues the case ({@link RouteQueue}, in its own transaction, and only where the town has it on and
 * a model is trained); {@link QueuedRoutes} routes it after the commit, so a crash retries it and it is done once.
 * Why not an {@code @ApplicationModuleListener}: the publication registry spent an insert, two updates and three
 * commits on every filed case, the towns with the switch off included, and halved intake
 * (519-591 cases/s against 966-1,020 without it, docs/benchmarks.md).
 * A case filed as 其他（待分类） also gets the model's category when the model is as sure of it, marked automatic.
 */
@Component
class AutoRouter {

    static final String ACTOR = "智能分派";
    private static final Logger log = LoggerFactory.getLogger(AutoRouter.class);

    private final AutoRouteSettings settings;
    private final ModelStore store;
    private final CasesApi cases;
    private final TerritoryApi territory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final RouteQueue queue;

    AutoRouter(AutoRouteSettings settings, ModelStore store, CasesApi cases, TerritoryApi territory, JdbcClient jdbc,
               Clock clock, RouteQueue queue) {
        this.settings = settings;
        this.store = store;
        this.cases = cases;
        this.territory = territory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.queue = queue;
    }

    /** In the filing's transaction: queues the case when its town dispatches automatically and a model is trained. */
    @EventListener
    void on(CaseFiled filed) {
        String place = filed.facts().territoryCode();
        if (place == null || place.length() < 9) {
            return;
        }
        String town = place.substring(0, 9);
        if (store.current().isPresent() && settings.stored(town).map(AutoRouteSettings.Stored::enabled).orElse(false)) {
            queue.add(filed.facts().caseId(), town);
        }
    }

    /** Routes a queued case, if its town still has it on and nobody acted on it yet; in the caller's transaction. */
    void route(long caseId, String town) {
        Optional<AutoRouteSettings.Stored> setting = settings.stored(town);
        Optional<ModelStore.Served> model = store.current();
        if (setting.isEmpty() || !setting.get().enabled() || model.isEmpty()) {
            return;
        }
        CurrentUser actor = new CurrentUser(0, "dispatch", ACTOR, List.of(new CurrentUser.Grant(Role.TOWN_STAFF, town, null)));
        CaseView c = cases.find(actor, caseId);
        String place = c.territoryCode();
        if (c.state() != CaseState.RECEIVED || c.routedUnitId() != null || c.leadUnitId() != null
                || !"VILLAGE".equals(c.level())) {
            return;
        }
        Optional<NaiveBayes.Scored> top = topUnit(model.get().units(), c.description(), place);
        if (top.isEmpty()) {
            return;
        }
        int permille = (int) Math.round(top.get().confidence() * 1000);
        if (permille < setting.get().thresholdPermille()) {
            return;
        }
        long unit = Long.parseLong(top.get().label());
        String note = ACTOR + "（置信度 " + percent(permille) + "）";
        String category = null;
        if (CaseCatalogue.UNSORTED.equals(c.categoryCode())) {
            // filed as 其他（待分类）: the model's category goes with its unit, if it is as sure of it
            Optional<NaiveBayes.Scored> sorted = model.get().categories().rank(Features.of(c.description()), 2).stream()
                    .filter(s -> !CaseCatalogue.UNSORTED.equals(s.label())).findFirst();
            if (sorted.isPresent() && Math.round(sorted.get().confidence() * 1000) >= setting.get().thresholdPermille()) {
                category = sorted.get().label();
                cases.recategorise(actor, c.id(), category, true, c.version());
            }
        }
        CaseView accepted = cases.act(actor, c.id(), CaseAction.ACCEPT, CaseActionRequest.note(ACTOR));
        cases.act(actor, c.id(), CaseAction.DISPATCH, new CaseActionRequest(note, null, unit, null, null, null, null,
                null, null, accepted.version()));
        jdbc.sql("""
                insert into dispatch.auto_route (county, case_id, town_code, unit_id, confidence_permille, routed_at,
                    current_unit_id, category_code, current_category_code)
                values (:county, :id, :town, :unit, :p, :at, :unit, :category, :category) on conflict do nothing""")
                .param("county", town.substring(0, 6)).param("id", c.id()).param("town", town).param("unit", unit)
                .param("category", category)
                .param("p", permille).param("at", java.sql.Timestamp.from(clock.instant())).update();
        log.info("case {} dispatched automatically at {} per mille", c.id(), permille);
    }

    /** A later dispatch (or a return) changes the lead unit: the route as it stands now decides right or corrected. */
    @EventListener
    void on(CaseMoved moved) {
        if (moved.action() != CaseAction.DISPATCH && moved.action() != CaseAction.RETURN) {
            return;
        }
        String place = moved.facts().territoryCode();
        if (place == null || place.length() < 6) {
            return; // no county, so no automatic route of this module to follow; never fail the staff's own action
        }
        jdbc.sql("update dispatch.auto_route set current_unit_id = :unit where county = :county and case_id = :id")
                .param("unit", moved.facts().leadUnitId()).param("county", place.substring(0, 6))
                .param("id", moved.facts().caseId()).update();
    }

    /** A person's change of a category the model gave is a correction: the route keeps the category as it stands. */
    @EventListener
    void on(CaseRecategorised changed) {
        if (changed.automatic() || changed.territoryCode() == null || changed.territoryCode().length() < 6) {
            return;
        }
        jdbc.sql("""
                update dispatch.auto_route set current_category_code = :category
                where county = :county and case_id = :id and category_code is not null""")
                .param("category", changed.toCategoryCode()).param("county", changed.territoryCode().substring(0, 6))
                .param("id", changed.caseId()).update();
    }

    private Optional<NaiveBayes.Scored> topUnit(NaiveBayes units, String text, String place) {
        java.util.Set<Long> mayTake = new java.util.HashSet<>();
        for (UnitView unit : territory.units(place.substring(0, 6), Scope.everything())) {
            if (place.startsWith(unit.territoryCode())) {
                mayTake.add(unit.id());
            }
        }
        return units.rank(Features.of(text), units.labelCount()).stream()
                .filter(s -> mayTake.contains(Long.valueOf(s.label()))).findFirst();
    }

    /** Whole percent for the timeline, half up: 925‰ reads 93%. */
    static String percent(int permille) {
        return ((permille + 5) / 10) + "%";
    }
}
