package org.jiceng.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.cases.CaseLevel;
import org.jiceng.platform.ReadsReplica;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The three rates, rankings and level shares as users may see them (see {@link StatsAccess}). */
@Service
public class StatsService {

    private static final Map<CaseLevel, String> MOTTOS = Map.of(CaseLevel.GRID, "小事不出网格",
            CaseLevel.VILLAGE, "大事不出村", CaseLevel.TOWN, "难事不出乡", CaseLevel.COUNTY, "县级办结");

    private final CounterRepository counters;
    private final TerritoryApi territory;
    private final Weights weights;
    private final Clock clock;

    StatsService(CounterRepository counters, TerritoryApi territory,
                 @Value("${jiceng.three-rates.weights.response:30}") BigDecimal response,
                 @Value("${jiceng.three-rates.weights.resolution:35}") BigDecimal resolution,
                 @Value("${jiceng.three-rates.weights.satisfaction:35}") BigDecimal satisfaction,
                 @Value("${jiceng.three-rates.basic-weight:1}") BigDecimal basic, Clock clock) {
        this.clock = clock;
        this.counters = counters;
        this.territory = territory;
        this.weights = new Weights(response, resolution, satisfaction, basic);
    }

    public Weights weights() {
        return weights;
    }

    /** "2026-03", or the present Beijing month when absent. */
    public YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(Beijing.today(clock));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("month 须为“年-月”格式，例如 2026-03");
        }
    }

    /** The unit the user's pages start with: the own department for department staff, else the home territory. */
    public String homeUnit(CurrentUser user) {
        Scope own = StatsAccess.territorial(user);
        if (!own.isEmpty()) {
            return own.prefixes().getFirst();
        }
        return StatsAccess.ownUnit(user).map(String::valueOf)
                .orElseThrow(() -> AccessPolicy.refusal(Resource.STATS, Action.READ));
    }

    /** {@code unit}: a territory code of 6, 9, 12 or 15 digits, or the id of a handling unit (a department). */
    public UnitRates threeRates(CurrentUser user, String unit, YearMonth month) {
        String asked = unit == null || unit.isBlank() ? homeUnit(user) : unit.strip();
        if (!asked.chars().allMatch(Character::isDigit) || asked.isEmpty() || asked.length() > 15) {
            throw new BadInputException("unit 须为部门编号或 6、9、12、15 位区划/网格代码");
        }
        if (Arrays.asList(6, 9, 12, 15).contains(asked.length())) {
            return ofTerritory(user, asked, month);
        }
        UnitView department = territory.unit(Long.parseLong(asked))
                .orElseThrow(() -> new NotFoundException("部门 " + asked + " 不存在"));
        if (!StatsAccess.mayRead(user, department)) {
            throw new ForbiddenException("无权查看“" + department.name() + "”的三率：只能查看本部门");
        }
        Counts counts = counters.ofUnit(month, department.id(), Scope.of(department.territoryCode()));
        return UnitRates.of(asked, department.name(), "DEPARTMENT", month.toString(), counts, weights);
    }

    private UnitRates ofTerritory(CurrentUser user, String code, YearMonth month) {
        return ofTerritory(code, allowed(user, code), month);
    }

    /** The rates of a territory within {@code scope}, whoever asks (the caller has decided that they may). */
    UnitRates ofTerritory(String code, Scope scope, YearMonth month) {
        String name = name(code, scope);
        List<CaseLevel> levels = Arrays.stream(CaseLevel.values()).filter(l -> depth(l) >= code.length()).toList();
        List<Long> units = territory.units(code, scope).stream().filter(u -> u.territoryCode().startsWith(code))
                .map(UnitView::id).toList();
        Counts counts = counters.ofTerritory(month, scope, levels, units);
        return UnitRates.of(code, name, Level.ofCode(code).name(), month.toString(), counts, weights);
    }

    /** The user's scope narrowed to {@code code}; 403 when the code lies outside it. */
    private Scope allowed(CurrentUser user, String code) {
        Scope own = StatsAccess.territorial(user);
        if (!own.covers(code)) {
            throw new ForbiddenException("无权查看 " + code + " 的统计：不在您的辖区内");
        }
        return own.narrowedTo(code);
    }

    private String name(String code, Scope scope) {
        if (code.length() == Level.GRID.codeLength()) {
            return territory.grid(code, scope).map(GridView::name)
                    .orElseThrow(() -> new NotFoundException("网格 " + code + " 不存在"));
        }
        return territory.division(code).map(DivisionView::name)
                .orElseThrow(() -> new NotFoundException("区划 " + code + " 不存在"));
    }

    /** The ranking of the county's towns or departments by composite score, best first (ties share a rank). */
    @ReadsReplica
    public List<Ranked> ranking(CurrentUser user, String of, YearMonth month) {
        if (!"towns".equals(of) && !"departments".equals(of)) {
            throw new BadInputException("of 须为 towns（乡镇街道）或 departments（县直部门）");
        }
        StatsAccess.Ranking visible = StatsAccess.ranking(user, of).orElseThrow(() -> new ForbiddenException(
                "towns".equals(of) ? "乡镇(街道)排名只向县级和乡镇(街道)工作人员公布" : "部门排名只向县级和部门工作人员公布"));
        String county = visible.county();
        Scope scope = Scope.of(county);
        Map<Long, UnitView> units = new LinkedHashMap<>();
        territory.units(county, scope).forEach(u -> units.put(u.id(), u));
        Map<String, Counts> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        if ("towns".equals(of)) {
            territory.children(county, null, 1000).forEach(t -> names.put(t.code(), t.name()));
        } else {
            units.values().stream().filter(u -> u.territoryCode().equals(county))
                    .forEach(u -> names.put(String.valueOf(u.id()), u.name()));
        }
        names.keySet().forEach(k -> sums.put(k, Counts.ZERO));
        for (CounterRepository.Part part : counters.breakdown(month, scope, 9)) {
            UnitView unit = units.get(part.unitId());
            String owner;
            if ("towns".equals(of)) {
                owner = part.unitId() == 0 ? (part.level() == CaseLevel.COUNTY ? null : part.child())
                        : unit != null && unit.territoryCode().length() >= 9 ? unit.territoryCode().substring(0, 9) : null;
            } else {
                owner = part.unitId() != 0 && unit != null && unit.territoryCode().equals(county)
                        ? String.valueOf(part.unitId()) : null;
            }
            if (owner != null && names.containsKey(owner)) {
                sums.merge(owner, part.counts(), Counts::plus);
            }
        }
        List<UnitRates> rates = new ArrayList<>();
        sums.forEach((k, c) -> rates.add(UnitRates.of(k, names.get(k), "towns".equals(of) ? "TOWN" : "DEPARTMENT",
                month.toString(), c, weights)));
        // a department sees where it stands, not the other departments' figures
        return Ranked.rank(rates).stream()
                .filter(r -> visible.onlyUnit() == null || r.rates().unit().equals(String.valueOf(visible.onlyUnit()))).toList();
    }

    /** The three rates of each town of a county, or each village of a town, as handled by its own nodes. */
    public List<UnitRates> children(CurrentUser user, String code, YearMonth month) {
        Scope scope = allowed(user, code);
        if (code.length() != 6 && code.length() != 9) {
            return List.of();
        }
        int childLength = code.length() + 3;
        Map<String, Counts> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        territory.children(code, null, 1000).forEach(d -> {
            names.put(d.code(), d.name());
            sums.put(d.code(), Counts.ZERO);
        });
        for (CounterRepository.Part part : counters.breakdown(month, scope, childLength)) {
            if (part.unitId() == 0 && depth(part.level()) >= childLength
                    && sums.containsKey(part.child())) {
                sums.merge(part.child(), part.counts(), Counts::plus);
            }
        }
        Level level = Level.ofCode(code).child();
        return sums.entrySet().stream().map(e -> UnitRates.of(e.getKey(), names.get(e.getKey()), level.name(),
                month.toString(), e.getValue(), weights)).toList();
    }

    /** The share of the closed cases located in {@code code} that closed at each level. */
    public LevelShares levels(CurrentUser user, String code, YearMonth month) {
        String asked = code == null || code.isBlank() ? StatsAccess.territorial(user).prefixes().stream().findFirst()
                .orElseThrow(() -> AccessPolicy.refusal(Resource.STATS, Action.READ)) : code.strip();
        if (Level.ofCode(asked) == null || asked.length() < 6 || asked.length() > 12) {
            throw new BadInputException("territory 须为 6、9 或 12 位区划代码（县、乡镇街道或村社区）");
        }
        return levels(asked, allowed(user, asked), month);
    }

    /** The level shares of a territory within {@code scope}, whoever asks (the caller has decided that they may). */
    LevelShares levels(String asked, Scope scope, YearMonth month) {
        String name = name(asked, scope);
        Map<Long, UnitView> units = new LinkedHashMap<>();
        territory.units(asked.substring(0, 6), Scope.of(asked.substring(0, 6))).forEach(u -> units.put(u.id(), u));
        Map<CaseLevel, Long> closed = new EnumMap<>(CaseLevel.class);
        long cases = 0;
        for (CounterRepository.Part part : counters.breakdown(month, scope, asked.length())) {
            UnitView unit = units.get(part.unitId());
            CaseLevel level = part.unitId() == 0 || unit == null ? part.level() : levelOfNode(unit.territoryCode());
            closed.merge(level, part.counts().closed(), Long::sum);
            cases += part.counts().cases();
        }
        long total = closed.values().stream().mapToLong(Long::longValue).sum();
        List<LevelShares.Share> shares = Arrays.stream(CaseLevel.values()).map(l -> {
            long n = closed.getOrDefault(l, 0L);
            return new LevelShares.Share(l.name(), l.label(), MOTTOS.get(l), n, total == 0 ? null
                    : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP));
        }).toList();
        return new LevelShares(asked, name, month.toString(), cases, total, shares);
    }

    /** A case led by a whistled unit closes at that unit's level: a county department's at the county. */
    static CaseLevel levelOfNode(String code) {
        return Arrays.stream(CaseLevel.values()).filter(l -> depth(l) == code.length())
                .findFirst().orElse(CaseLevel.COUNTY);
    }

    /** The length of the codes of a level's nodes: 15 for grids … 6 for the county. */
    static int depth(CaseLevel level) {
        return level.nodeOf("000000000000000").length();
    }

    /**
     * One place in a ranking; {@code rank} is null for a unit that had nothing to be scored on this month (no case,
     * or no rate yet), listed after every ranked one rather than above them: 暂无诉求 is not 100%.
     */
    public record Ranked(Integer rank, UnitRates rates) {

        /** Whether the unit takes a place: it had cases and a composite score. */
        static boolean ranks(UnitRates r) {
            return r.cases() > 0 && r.composite() != null;
        }

        /**
         * Ranked units first, best composite first (more cases first among equals, then by code), ties sharing a
         * rank (1, 1, 3); then units with cases but no score yet, most cases first; then those without a case, by code.
         */
        static List<Ranked> rank(List<UnitRates> rates) {
            List<UnitRates> sorted = rates.stream().sorted(Comparator.<UnitRates>comparingInt(r -> ranks(r) ? 0 : r.cases() > 0 ? 1 : 2)
                    .thenComparing(UnitRates::composite, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(UnitRates::cases, Comparator.reverseOrder()).thenComparing(UnitRates::unit)).toList();
            List<Ranked> ranked = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                UnitRates r = sorted.get(i);
                if (!ranks(r)) {
                    ranked.add(new Ranked(null, r));
                    continue;
                }
                boolean tie = i > 0 && ranks(sorted.get(i - 1)) && r.composite().compareTo(sorted.get(i - 1).composite()) == 0;
                ranked.add(new Ranked(tie ? ranked.get(i - 1).rank() : i + 1, r));
            }
            return ranked;
        }
    }
}
