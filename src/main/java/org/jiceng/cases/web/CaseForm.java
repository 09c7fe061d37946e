package org.jiceng.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The filing form of the pages (我要反映 and 巡查上报). {@code photoId} carries a photo uploaded on an earlier
 * submission that stopped to show nearby duplicates; {@code duplicatesShown} says the page already showed them
 * (htmx), {@code ignoreDuplicates} that the reporter chose to file anyway. A grid worker ticking
 * {@code resolvedOnSpot} closes the problem on the spot with {@code resultNote} and a result photo. A resident
 * ticking {@code publicCase} lets other residents see and follow the case (personal data left out). The
 * annotations check only the shape, so the error shows beside its field; the filing's rules stay in the service.
 */
record CaseForm(@NotBlank(message = "请选择问题类别") String categoryCode,
                @NotBlank(message = "请用 5 到 2000 个字描述问题")
                @Size(min = 5, max = 2000, message = "请用 5 到 2000 个字描述问题") String description,
                Double lat, Double lon, String address, String photoId,
                Boolean duplicatesShown, Boolean ignoreDuplicates, Boolean resolvedOnSpot, String resultNote,
                Boolean publicCase) {

    static CaseForm empty() {
        return new CaseForm(null, null, null, null, null, null, false, false, false, null, false);
    }

    boolean hasPoint() {
        return lat != null && lon != null;
    }

    boolean onSpot() {
        return Boolean.TRUE.equals(resolvedOnSpot);
    }

    boolean skipDuplicates() {
        return Boolean.TRUE.equals(duplicatesShown) || Boolean.TRUE.equals(ignoreDuplicates);
    }

    CaseForm withPhoto(String id) {
        return new CaseForm(categoryCode, description, lat, lon, address, id, duplicatesShown, ignoreDuplicates,
                resolvedOnSpot, resultNote, publicCase);
    }
}
