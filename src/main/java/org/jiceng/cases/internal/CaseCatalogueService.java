package org.jiceng.cases.internal;

import java.util.List;
import org.jiceng.cases.CaseCatalogue;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.WorkingCalendar;
import org.springframework.stereotype.Service;

/** Categories and the calendar, as the services themselves read them. */
@Service
class CaseCatalogueService implements CaseCatalogue {

    private final CategoryService categories;
    private final CalendarService calendar;

    CaseCatalogueService(CategoryService categories, CalendarService calendar) {
        this.categories = categories;
        this.calendar = calendar;
    }

    @Override
    public List<CategoryView> categories() {
        return categories.all();
    }

    @Override
    public WorkingCalendar calendar() {
        return calendar.calendar();
    }
}
