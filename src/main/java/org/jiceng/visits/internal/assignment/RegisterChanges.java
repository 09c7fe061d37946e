package org.jiceng.visits.internal.assignment;

import org.jiceng.people.HouseholdsChanged;
import org.jiceng.visits.internal.HouseholdProjection;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the household projection level with the register: each change refreshes the part that changed. */
@Component
class RegisterChanges {

    private final HouseholdProjection projection;

    RegisterChanges(HouseholdProjection projection) {
        this.projection = projection;
    }

    @ApplicationModuleListener
    void on(HouseholdsChanged changed) {
        projection.refresh(changed.territoryPrefix());
    }
}
