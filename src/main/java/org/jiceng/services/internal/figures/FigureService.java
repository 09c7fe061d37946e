package org.jiceng.services.internal.figures;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.services.ServiceFigures;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;

/**
 * The figures of services of a place and month: per village, per office and in total. Staff of a place read its
 * territory; a department (ASSIGNED_TO_UNIT) reads only the items its own office handled, wherever it reads.
 */
@Service
public class FigureService implements ServiceFigures {

    /** One row: a village (its code) or an office (its unit id), with its name and figures. */
    public record Row(String key, String name, Figures figures) {
    }

    /** The page's and the API's table. {@code office} names the office a department's reader is confined to. */
    public record View(String territory, String territoryName, String month, String office, List<Row> villages,
                       List<Row> offices, Figures total) {
    }

    private final FigureRepository repository;
    private final TerritoryApi territory;
    private final Clock clock;

    FigureService(FigureRepository repository, TerritoryApi territory, Clock clock) {
        this.repository = repository;
        this.territory = territory;
        this.clock = clock;
    }

    @Override
    public Figures of(String code, YearMonth month) {
        return total(repository.byOffice(Scope.of(code), null, month), repository.byVillage(Scope.of(code), null, month));
    }

    public View view(CurrentUser user, String asked, String monthText) {
        YearMonth month = month(monthText);
        Scope scope = AccessPolicy.scope(user, Resource.SERVICE_FIGURES, Action.READ);
        Long unit = null;
        if (scope.isEmpty()) {
            boolean office = AccessPolicy.relations(user, Resource.SERVICE_FIGURES, Action.READ)
                    .contains(Relation.ASSIGNED_TO_UNIT) && user.unitId().isPresent();
            if (!office) {
                throw AccessPolicy.refusal(Resource.SERVICE_FIGURES, Action.READ);
            }
            unit = user.unitId().orElseThrow();
            scope = user.scopeAs(Role.DEPT_STAFF);
        }
        String code = asked == null || asked.isBlank() ? user.homeTerritory() : asked.strip();
        Scope reach = scope.askedFor(code);
        String name = territory.division(code).map(DivisionView::name).orElse(code);
        List<FigureRepository.Sums> villageSums = repository.byVillage(reach, unit, month);
        List<Row> villages = villageSums.stream()
                .map(s -> new Row(s.key(), territory.division(s.key()).map(DivisionView::name).orElse(s.key()),
                        figures(s))).toList();
        List<FigureRepository.Sums> officeSums = repository.byOffice(reach, unit, month);
        List<Row> offices = officeSums.stream().map(s -> new Row(s.key(), s.name().isEmpty() ? "未指定部门" : s.name(),
                figures(s))).toList();
        String office = unit == null ? null : territory.unit(unit).map(u -> u.name()).orElse(null);
        return new View(code, name, month.toString(), office, villages, offices,
                total(officeSums, villageSums));
    }

    /** Items from the office rows (each item once), bookings from the village rows. */
    private static Figures total(List<FigureRepository.Sums> offices, List<FigureRepository.Sums> villages) {
        FigureRepository.Sums sum = new FigureRepository.Sums("", "", 0, 0, 0, 0, 0, 0, 0, 0);
        for (FigureRepository.Sums s : offices) {
            sum = sum.plus(s);
        }
        for (FigureRepository.Sums v : villages) {
            sum = sum.plus(new FigureRepository.Sums("", "", 0, 0, 0, 0, 0, v.attended(), v.noShow(), v.cancelled()));
        }
        return figures(sum);
    }

    static Figures figures(FigureRepository.Sums s) {
        return Figures.of(s.handled(), s.ended(), s.onTime(), s.agency(), s.workingDays(), s.attended(), s.noShow(),
                s.cancelled());
    }

    /** "2026-11"; absent: this month (Beijing). A month not yet begun is refused. */
    YearMonth month(String text) {
        YearMonth current = YearMonth.from(Beijing.today(clock));
        if (text == null || text.isBlank()) {
            return current;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("month", "月份须为“年-月”格式，例如 2026-11");
        }
        if (month.isAfter(current) || month.getYear() < 2000) {
            throw new BadInputException("month", "月份须在 2000 年 1 月至本月（" + current + "）之间");
        }
        return month;
    }
}
