package org.jiceng.visits.internal.coverage;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.VISIT_COVERAGE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.visits.CoverageReport;
import org.jiceng.visits.CoverageReport.Figures;
import org.jiceng.visits.CoverageReport.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 走访覆盖 as a person may see it: the territory must lie in what the policy lets them read (VISIT_COVERAGE READ,
 * territorial), else it answers 404 as if the place had no figures. Places come from the tallies, cadres from a
 * recount (asked of a town or smaller, see {@link By}).
 */
@Service
public class CoverageService implements org.jiceng.visits.CoverageFigures {

    /** What a report's rows are, and the territory lengths each may be asked of. */
    public enum By {
        TOWN(9, "乡镇(街道)"), VILLAGE(12, "村(社区)"), GRID(15, "网格"), CADRE(0, "包保人");

        final int length;
        final String label;

        By(int length, String label) {
            this.length = length;
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The rows one level under a territory of this length. */
        static By under(int length) {
            return switch (length) {
                case 6 -> TOWN;
                case 9 -> VILLAGE;
                case 12 -> GRID;
                default -> CADRE;
            };
        }

        /** Whether rows of this kind may be asked of a territory of that length. */
        boolean fits(int territoryLength) {
            return switch (this) {
                case TOWN -> territoryLength == 6;
                case VILLAGE -> territoryLength == 6 || territoryLength == 9;
                // a county by grid would be ~5,000 rows; by cadre ~25,000: a town at most
                case GRID -> territoryLength == 9 || territoryLength == 12;
                case CADRE -> territoryLength >= 9;
            };
        }
    }

    private final CoverageTallies tallies;
    private final CoverageRecount recount;
    private final TerritoryApi territory;
    private final Clock clock;

    CoverageService(CoverageTallies tallies, CoverageRecount recount, TerritoryApi territory, Clock clock) {
        this.tallies = tallies;
        this.recount = recount;
        this.territory = territory;
        this.clock = clock;
    }

    /** The territories the person may read figures of; the first is where their pages start. */
    public Scope scope(CurrentUser user) {
        return AccessPolicy.scope(user, VISIT_COVERAGE, READ);
    }

    /**
     * {@code territory}: a code of 6, 9, 12 or 15 digits (default: the person's own); {@code by}: town, village, grid
     * or cadre (default: one level under); {@code month}: YYYY-MM (default: this Beijing month).
     */
    @Transactional
    public CoverageReport report(CurrentUser user, String territoryCode, String byName, String monthText) {
        String code = territoryCode == null || territoryCode.isBlank() ? home(user) : territoryCode.strip();
        if (!code.matches("[0-9]{6}|[0-9]{9}|[0-9]{12}|[0-9]{15}")) {
            throw new BadInputException("territory", "territory 须为 6、9、12 或 15 位区划/网格代码");
        }
        if (!AccessPolicy.allows(user, VISIT_COVERAGE, READ, Target.at(code))) {
            throw new NotFoundException("没有找到该区域的走访覆盖情况");
        }
        By by = by(byName, code.length());
        YearMonth month = month(monthText);
        LocalDate today = Beijing.today(clock);
        LocalDate first = month.atDay(1);
        String name = name(code);
        tallies.refresh(code, today, first);
        Map<String, Figures> sums = tallies.sums(code, by == By.CADRE ? code.length() : by.length, first);
        Figures total = sums.values().stream().reduce(Figures.NONE, Figures::plus);
        List<Row> rows = new ArrayList<>();
        if (by == By.CADRE) {
            recount.cadres(code, today, first).forEach(c -> rows.add(
                    new Row(null, c.name(), c.holderKind(), c.holderId(), c.figures())));
        } else {
            Map<String, Figures> left = new LinkedHashMap<>(sums);
            places(code, by).forEach((child, childName) -> {
                Figures figures = left.remove(child);
                rows.add(new Row(child, childName, null, null, figures == null ? Figures.NONE : figures));
            });
            // figures of a code the division list lacks (a grid since removed) still count, under their code
            left.forEach((child, figures) -> rows.add(new Row(child, child, null, null, figures)));
        }
        return new CoverageReport(code, name, by.name().toLowerCase(), month.toString(), today.toString(), rows, total);
    }

    @Override
    @Transactional
    public Figures of(String code, YearMonth month) {
        if (code == null || !code.matches("[0-9]{6}|[0-9]{9}|[0-9]{12}")) {
            throw new BadInputException("territory", "territory 须为 6、9 或 12 位区划代码（县、乡镇街道或村社区）");
        }
        LocalDate first = month.atDay(1);
        tallies.refresh(code, Beijing.today(clock), first);
        return tallies.sums(code, code.length(), first).values().stream().reduce(Figures.NONE, Figures::plus);
    }

    private String home(CurrentUser user) {
        Scope scope = scope(user);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(VISIT_COVERAGE, READ);
        }
        return scope.prefixes().getFirst();
    }

    private static By by(String name, int length) {
        if (name == null || name.isBlank()) {
            return By.under(length);
        }
        By by;
        try {
            by = By.valueOf(name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("by", "by 须为 town（乡镇）、village（村社区）、grid（网格）或 cadre（包保人）");
        }
        if (!by.fits(length)) {
            throw new BadInputException("by", switch (by) {
                case TOWN -> "按乡镇(街道)统计只能用于县";
                case VILLAGE -> "按村(社区)统计只能用于县或乡镇(街道)";
                case GRID -> "按网格统计请先选择乡镇(街道)或村(社区)";
                case CADRE -> "按包保人统计请先选择乡镇(街道)、村(社区)或网格";
            });
        }
        return by;
    }

    /** "2026-03", or this Beijing month when absent. */
    public YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(Beijing.today(clock));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("month", "month 须为“年-月”格式，例如 2026-03");
        }
    }

    private String name(String code) {
        if (code.length() == 15) {
            return territory.grid(code, Scope.of(code)).map(GridView::name).orElse(code);
        }
        return territory.division(code).map(DivisionView::name).orElse(code);
    }

    /** The places one level under {@code code} whose rows a report of this kind lists, by code, with their names. */
    private Map<String, String> places(String code, By by) {
        Map<String, String> places = new LinkedHashMap<>();
        List<String> parents = List.of(code);
        if (by == By.VILLAGE && code.length() == 6 || by == By.GRID && code.length() == 9) {
            parents = territory.children(code, null, 1000).stream().map(DivisionView::code).toList();
        }
        for (String parent : parents) {
            if (by == By.GRID) {
                territory.grids(parent, Scope.of(parent)).forEach(g -> places.put(g.code(), g.name()));
            } else {
                territory.children(parent, null, 1000).forEach(d -> places.put(d.code(), d.name()));
            }
        }
        return places;
    }
}
