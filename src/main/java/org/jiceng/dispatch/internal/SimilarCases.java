package org.jiceng.dispatch.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Redaction;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.ClosedCases;
import org.springframework.stereotype.Service;

/**
 * Similar past cases beside a case, and how they were solved: finished cases of the same category in the same town
 * whose words are nearest (weighted cosine), only those the reader may read, for the staff who handle the case
 * (those who read its internal notes) — a department for a case whistled to it, among the cases whistled to it.
 */
@Service
public class SimilarCases {

    static final int SHOWN = 5;

    /** A similar finished case; {@code similarity} 0–1, {@code resolution} how it was solved (numbers masked). */
    public record SimilarCase(long id, String number, String categoryName, String summary, double similarity,
                              OffsetDateTime receivedAt, String resolution) {
    }

    private final CasesApi cases;
    private final ClosedCases closed;
    private final CaseWords words;
    private final ModelStore store;

    SimilarCases(CasesApi cases, ClosedCases closed, CaseWords words, ModelStore store) {
        this.cases = cases;
        this.closed = closed;
        this.words = words;
        this.store = store;
    }

    public List<SimilarCase> of(CurrentUser user, long caseId) {
        CaseView view = cases.find(user, caseId);
        AccessPolicy.check(user, Resource.CASE_NOTE, Action.READ, target(user, view));
        Optional<ModelStore.Served> model = store.current();
        if (model.isEmpty() || view.territoryCode().length() < 9) {
            return List.of();
        }
        List<CaseWords.Similar> nearest = words.nearest(model.get().categories(), Features.of(view.description()),
                view.categoryCode(), view.territoryCode().substring(0, 9), caseId,
                // a department reads only the cases whistled to it: look further for five of those
                user.unitId().isPresent() ? SHOWN * 60 : SHOWN * 3);
        Map<Long, CaseView> readable = new java.util.HashMap<>();
        cases.findAll(user, nearest.stream().map(CaseWords.Similar::caseId).toList())
                .forEach(c -> readable.put(c.id(), c));
        List<CaseWords.Similar> shown = nearest.stream().filter(s -> readable.containsKey(s.caseId())).limit(SHOWN)
                .toList();
        Map<Long, String> solved = closed.resolutions(shown.stream().map(CaseWords.Similar::caseId).toList());
        List<SimilarCase> result = new ArrayList<>();
        for (CaseWords.Similar s : shown) {
            CaseView c = readable.get(s.caseId());
            String text = Redaction.redact(c.description());
            // the resolving note is internal: shown only where the reader may read that case's notes too
            String note = AccessPolicy.allows(user, Resource.CASE_NOTE, Action.READ, target(user, c))
                    ? solved.get(s.caseId()) : null;
            result.add(new SimilarCase(c.id(), c.number(), c.categoryName(),
                    text.length() <= 60 ? text : text.substring(0, 60) + "…", Suggestions.round(s.similarity()),
                    c.receivedAt(), note == null ? null : Redaction.redact(note)));
        }
        return result;
    }

    /** A case as the policy sees it for this person: its place, and whether it was whistled to their department. */
    static AccessPolicy.Target target(CurrentUser user, CaseView c) {
        Long unit = user.unitId().orElse(null);
        return AccessPolicy.Target.at(c.territoryCode()).withIf(unit != null
                && (unit.equals(c.leadUnitId()) || c.assistUnitIds().contains(unit)), Relation.DISPATCHED_TO_UNIT);
    }
}
