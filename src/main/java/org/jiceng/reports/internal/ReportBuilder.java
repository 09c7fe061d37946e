package org.jiceng.reports.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jiceng.Scope;
import org.jiceng.analytics.MonthRates;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFigures;
import org.jiceng.cases.CaseFigures.CategoryCount;
import org.jiceng.cases.CaseFigures.MonthlyPairCount;
import org.jiceng.cases.CaseFigures.PlaceCount;
import org.jiceng.platform.ReadsReplica;
import org.jiceng.reports.MonthlyReport;
import org.jiceng.reports.MonthlyReport.Line;
import org.jiceng.services.ServiceFigures;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Component;

/** Computes a report from the case loop's counts and analytics' rates: two reads of cases (the last months, the month a year before). */
@Component
@ReadsReplica
class ReportBuilder {

    /** "3 位居民本月反映 3 次以上". */
    static final int REPEAT_AT_LEAST = 3;
    /** A problem recurs when its place and category had at least this many cases in each of the last months. */
    static final int RECURRING_MONTHS = 3;
    static final int RECURRING_AT_LEAST = 2;
    static final int TOP = 10;

    private final CaseFigures cases;
    private final MonthRates rates;
    private final TerritoryApi territory;
    private final ServiceFigures services;

    ReportBuilder(CaseFigures cases, MonthRates rates, TerritoryApi territory, ServiceFigures services) {
        this.services = services;
        this.cases = cases;
        this.rates = rates;
        this.territory = territory;
    }

    MonthlyReport build(String code, String name, YearMonth month, Instant now, boolean live) {
        // one read of the months the report looks back on (the recurring problems' months, the previous among them)
        CaseFigures.Months window = cases.months(code,
                ReportMonth.start(month.minusMonths(Math.max(1, RECURRING_MONTHS - 1))), ReportMonth.end(month), now,
                REPEAT_AT_LEAST, RECURRING_AT_LEAST);
        CaseFigures.Month thisMonth = window.of(month);
        CaseFigures.Tally current = thisMonth.tally();
        CaseFigures.Tally previous = window.of(month.minusMonths(1)).tally();
        YearMonth yearBefore = month.minusYears(1);
        CaseFigures.Tally lastYear = cases.months(code, ReportMonth.start(yearBefore), ReportMonth.end(yearBefore), now,
                REPEAT_AT_LEAST, RECURRING_AT_LEAST).of(yearBefore).tally();
        Line total = line("total", "诉求总量", current.cases(), previous.cases(), lastYear.cases());
        List<Line> categories = lines(current.majorCategories(), previous.majorCategories(), lastYear.majorCategories());
        List<Line> channels = channels(current, previous, lastYear);
        List<MonthlyReport.Count> top = current.leafCategories().stream().limit(TOP)
                .map(c -> new MonthlyReport.Count(c.code(), c.name(), c.cases())).toList();
        Map<String, String> places = new LinkedHashMap<>();
        List<MonthlyReport.Hotspot> hotspots = hotspots(thisMonth.places(), code, places);
        CaseFigures.RepeatReporters repeat = thisMonth.repeatReporters();
        List<MonthlyReport.Recurring> recurring = recurring(window.pairs(), code, month, places);
        MonthlyReport.Outcomes outcomes = new MonthlyReport.Outcomes(current.closed(), current.overdue(),
                current.returned(), current.explained(), current.rejected());
        MonthRates.Figures figures = rates.of(code, month);
        MonthlyReport.Rates threeRates = new MonthlyReport.Rates(figures.cases(),
                rate("响应率", BigDecimal.valueOf(figures.responded()), figures.cases()),
                rate("解决率", BigDecimal.valueOf(figures.solved()), figures.rated()),
                rate("满意率", figures.pleased(), figures.rated()));
        List<MonthlyReport.LevelShare> levels = figures.levels().stream().map(l -> new MonthlyReport.LevelShare(
                l.level(), l.label(), l.motto(), l.closed(),
                ReportMonth.percent(BigDecimal.valueOf(l.closed()), figures.closed()))).toList();
        return new MonthlyReport(code, name, month.toString(), live, now, total, categories, channels, top, hotspots,
                new MonthlyReport.Repeat(REPEAT_AT_LEAST, repeat.reporters(), repeat.cases()), recurring, outcomes,
                threeRates, levels, services(code, month));
    }

    /** The section 为民服务, from the services module's figures of the place and month. */
    private MonthlyReport.Services services(String code, YearMonth month) {
        ServiceFigures.Figures f = services.of(code, month);
        return new MonthlyReport.Services(f.handled(), f.ended(), share("按时办结率", f.onTime()),
                share("代办占比", f.agency()), f.workingDays().value(), f.bookings(), f.attended(), f.noShow(),
                f.cancelled(), share("预约到场率", f.attendance()));
    }

    private static MonthlyReport.Rate share(String name, ServiceFigures.Share s) {
        return new MonthlyReport.Rate(name, BigDecimal.valueOf(s.part()), s.whole(), s.percent());
    }

    private static MonthlyReport.Rate rate(String name, BigDecimal numerator, long denominator) {
        return new MonthlyReport.Rate(name, numerator, denominator, ReportMonth.percent(numerator, denominator));
    }

    private static Line line(String code, String name, long now, long before, long lastYear) {
        return new Line(code, name, now, before, lastYear, ReportMonth.change(now, before), ReportMonth.change(now, lastYear));
    }

    /** Every major category with cases in any of the three months, this month's largest first. */
    private static List<Line> lines(List<CategoryCount> now, List<CategoryCount> before, List<CategoryCount> lastYear) {
        Map<String, String> names = new LinkedHashMap<>();
        for (List<CategoryCount> counts : List.of(now, before, lastYear)) {
            counts.forEach(c -> names.putIfAbsent(c.code(), c.name()));
        }
        Map<String, Long> n = counts(now, CategoryCount::code, CategoryCount::cases);
        Map<String, Long> b = counts(before, CategoryCount::code, CategoryCount::cases);
        Map<String, Long> y = counts(lastYear, CategoryCount::code, CategoryCount::cases);
        return names.entrySet().stream().map(e -> line(e.getKey(), e.getValue(), n.getOrDefault(e.getKey(), 0L),
                        b.getOrDefault(e.getKey(), 0L), y.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparingLong(Line::cases).reversed().thenComparing(Line::code)).toList();
    }

    private static List<Line> channels(CaseFigures.Tally now, CaseFigures.Tally before, CaseFigures.Tally lastYear) {
        Map<CaseChannel, Long> n = counts(now.channels(), CaseFigures.ChannelCount::channel, CaseFigures.ChannelCount::cases);
        Map<CaseChannel, Long> b = counts(before.channels(), CaseFigures.ChannelCount::channel, CaseFigures.ChannelCount::cases);
        Map<CaseChannel, Long> y = counts(lastYear.channels(), CaseFigures.ChannelCount::channel, CaseFigures.ChannelCount::cases);
        List<Line> lines = new ArrayList<>();
        for (CaseChannel channel : CaseChannel.values()) {
            long c = n.getOrDefault(channel, 0L);
            long p = b.getOrDefault(channel, 0L);
            long l = y.getOrDefault(channel, 0L);
            if (c + p + l > 0) {
                lines.add(line(channel.name(), channel.label(), c, p, l));
            }
        }
        return lines;
    }

    private static <T, K> Map<K, Long> counts(List<T> rows, Function<T, K> key, Function<T, Long> value) {
        Map<K, Long> map = new LinkedHashMap<>();
        rows.forEach(r -> map.merge(key.apply(r), value.apply(r), Long::sum));
        return map;
    }

    /** The places with the most cases, each with the major category most of them fall in. */
    private List<MonthlyReport.Hotspot> hotspots(List<PlaceCount> rows, String code, Map<String, String> places) {
        Map<String, Long> totals = new LinkedHashMap<>();
        Map<String, PlaceCount> leading = new LinkedHashMap<>();
        for (PlaceCount row : rows) {   // largest first, so the first row of a place is its leading category
            totals.merge(row.place(), row.cases(), Long::sum);
            leading.putIfAbsent(row.place(), row);
        }
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> {
                    PlaceCount top = leading.get(e.getKey());
                    return new MonthlyReport.Hotspot(e.getKey(), placeName(e.getKey(), code, places), e.getValue(),
                            top.categoryName(), top.cases());
                }).toList();
    }

    /** Place × category pairs with enough cases in every one of the last months: candidates for 每月一题. */
    private List<MonthlyReport.Recurring> recurring(List<MonthlyPairCount> pairs, String code, YearMonth month,
                                                    Map<String, String> places) {
        List<YearMonth> months = ReportMonth.lastMonths(month, RECURRING_MONTHS);
        List<String> labels = months.stream().map(YearMonth::toString).toList();
        Map<String, Map<String, Long>> byPair = new LinkedHashMap<>();
        Map<String, MonthlyPairCount> first = new LinkedHashMap<>();
        for (MonthlyPairCount row : pairs) {
            String pair = row.place() + "/" + row.category();
            byPair.computeIfAbsent(pair, k -> new LinkedHashMap<>()).put(row.month(), row.cases());
            first.putIfAbsent(pair, row);
        }
        return byPair.entrySet().stream().filter(e -> e.getValue().keySet().containsAll(labels))
                .map(e -> {
                    MonthlyPairCount row = first.get(e.getKey());
                    return new MonthlyReport.Recurring(row.place(), placeName(row.place(), code, places), row.category(),
                            row.categoryName(), labels, labels.stream().map(e.getValue()::get).toList());
                })
                .sorted(Comparator.comparingLong((MonthlyReport.Recurring r) -> r.cases().stream().mapToLong(Long::longValue).sum())
                        .reversed().thenComparing(MonthlyReport.Recurring::place))
                .limit(TOP).toList();
    }

    private String placeName(String place, String code, Map<String, String> names) {
        return names.computeIfAbsent(place, p -> {
            String village = territory.division(p.substring(0, 12)).map(DivisionView::name).orElse(p.substring(0, 12));
            if (p.length() == 12) {
                return village;
            }
            return village + " · " + territory.grid(p, Scope.of(code)).map(GridView::name).orElse(p);
        });
    }
}
