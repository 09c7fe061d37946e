package org.jiceng.cases.internal;

import java.time.Instant;
import org.jiceng.BadInputException;
import org.jiceng.cases.CaseFigures;
import org.jiceng.cases.WorkingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseFigures}: checks the territory and window, then asks {@link CaseFigureRepository}. */
@Service
@Transactional(readOnly = true)
class CaseFiguresService implements CaseFigures {

    private final CaseFigureRepository figures;
    private final CalendarService calendar;

    CaseFiguresService(CaseFigureRepository figures, CalendarService calendar) {
        this.figures = figures;
        this.calendar = calendar;
    }

    @Override
    public Months months(String territory, Instant from, Instant to, Instant now, int repeatAtLeast, int pairAtLeast) {
        return figures.months(checked(territory, from, to), from, to, now, Math.max(1, repeatAtLeast),
                Math.max(1, pairAtLeast));
    }

    @Override
    public WorkingCalendar workingCalendar() {
        return calendar.calendar();
    }

    private static String checked(String territory, Instant from, Instant to) {
        if (territory == null || !territory.matches("[0-9]{6}([0-9]{3}){0,2}")) {
            throw new BadInputException("territory", "territory 须为 6、9 或 12 位区划代码（县、乡镇街道或村社区）");
        }
        if (!from.isBefore(to)) {
            throw new BadInputException("month", "统计区间的开始须早于结束");
        }
        return territory;
    }
}
