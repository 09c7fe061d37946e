package org.jiceng.visits.web;

import org.jiceng.visits.CarePlanView;
import org.jiceng.visits.internal.care.CareRequests;

/**
 * The form that changes a plan: who is responsible (a holder's "KIND:id", or NONE), its own frequency (blank: by its
 * tags), needs, measures, the review date and the version it was read at. Every value comes back on an error.
 */
record CarePlanForm(Integer version, String responsible, String visitEveryDays, String needs, String measures,
                    String reviewOn) {

    static CarePlanForm of(CarePlanView plan) {
        return new CarePlanForm(plan.version(),
                plan.responsibleId() == null ? "NONE" : plan.responsibleKind() + ":" + plan.responsibleId(),
                plan.ownFrequency() ? String.valueOf(plan.visitEveryDays()) : "", plan.needs(), plan.measures(),
                plan.reviewOn() == null ? "" : plan.reviewOn().toString());
    }

    /** The PATCH it stands for; the service checks every field. */
    CareRequests.Change change() {
        String kind = null;
        Long id = null;
        if (responsible != null && !responsible.isBlank()) {
            int colon = responsible.indexOf(':');
            kind = colon < 0 ? responsible : responsible.substring(0, colon);
            id = colon < 0 ? null : parse(responsible.substring(colon + 1));
        }
        boolean byTags = visitEveryDays == null || visitEveryDays.isBlank();
        Integer every = byTags ? null : parseDays(visitEveryDays.strip());
        return new CareRequests.Change(version, kind, id, every, byTags, needs == null ? "" : needs,
                measures == null ? "" : measures, reviewOn == null ? "" : reviewOn);
    }

    private static Long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Integer parseDays(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new org.jiceng.BadInputException("visitEveryDays", "走访频次（visitEveryDays）须为 1 到 366 天");
        }
    }
}
