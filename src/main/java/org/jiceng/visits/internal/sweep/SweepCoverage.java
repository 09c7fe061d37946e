package org.jiceng.visits.internal.sweep;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.internal.sweep.SweepViews.CadreCoverage;
import org.jiceng.visits.internal.sweep.SweepViews.Coverage;
import org.jiceng.visits.internal.sweep.SweepViews.GridCoverage;
import org.jiceng.visits.internal.sweep.SweepViews.Remaining;
import org.jiceng.visits.internal.sweep.SweepViews.Tally;
import org.springframework.stereotype.Service;

/**
 * A sweep's coverage as it stands now, over the households the reader may see: by grid and by the cadre who holds
 * the households (their 包保), and the households not yet checked. Counted from the targets' first-checked time,
 * which a check sets in its own transaction, so the figures are current on every read.
 */
@Service
public class SweepCoverage {

    static final String UNHELD = "责任人待落实";

    private final SweepRepository sweeps;
    private final TerritoryApi territory;
    private final Clock clock;

    SweepCoverage(SweepRepository sweeps, TerritoryApi territory, Clock clock) {
        this.sweeps = sweeps;
        this.territory = territory;
        this.clock = clock;
    }

    public Coverage coverage(CurrentUser user, long sweepId) {
        LocalDate today = Beijing.today(clock);
        SweepAccess.Readers readers = SweepAccess.readers(user, today);
        SweepRepository.Row sweep = sweeps.find(sweepId, readers)
                .orElseThrow(() -> new NotFoundException(SweepService.NOT_FOUND));
        List<Object[]> grids = sweeps.byGrid(sweep.id(), sweep.county(), readers);
        Map<String, String> names = gridNames(grids.stream().map(g -> (String) g[0]).toList());
        long targets = 0;
        long checked = 0;
        for (Object[] g : grids) {
            targets += (Long) g[1];
            checked += (Long) g[2];
        }
        List<GridCoverage> byGrid = grids.stream().map(g -> new GridCoverage((String) g[0],
                names.getOrDefault((String) g[0], (String) g[0]), Tally.of((Long) g[1], (Long) g[2]))).toList();
        List<CadreCoverage> byCadre = sweeps.byCadre(sweep.id(), sweep.county(), readers, today).stream()
                .map(c -> new CadreCoverage(c[0] == null ? UNHELD : (String) c[0], (String) c[1], c[0] == null,
                        Tally.of((Long) c[2], (Long) c[3]))).toList();
        return new Coverage(sweep.id(), Tally.of(targets, checked), byGrid, byCadre);
    }

    /** The households not yet checked, in id order; {@code grid} narrows them to one grid. */
    public Page<Remaining> remaining(CurrentUser user, long sweepId, String grid, String after, Integer limit) {
        int size = Page.limit(limit);
        if (grid != null && !grid.isBlank() && !grid.strip().matches("[0-9]{15}")) {
            throw new BadInputException("grid", "grid 须为 15 位网格代码");
        }
        SweepAccess.Readers readers = SweepAccess.readers(user, Beijing.today(clock));
        SweepRepository.Row sweep = sweeps.find(sweepId, readers)
                .orElseThrow(() -> new NotFoundException(SweepService.NOT_FOUND));
        List<Remaining> rows = sweeps.remaining(sweep.id(), sweep.county(), readers,
                grid == null || grid.isBlank() ? null : grid.strip(), Cursor.idAbove(after), size + 1);
        return Page.byId(rows, size, Remaining::householdId);
    }

    /** The names of the grids, read village by village. */
    private Map<String, String> gridNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        codes.stream().map(c -> c.substring(0, 12)).distinct().forEach(village ->
                territory.grids(village, Scope.everything()).forEach(g -> names.put(g.code(), g.name())));
        return names;
    }
}
