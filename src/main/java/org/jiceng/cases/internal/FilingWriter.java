package org.jiceng.cases.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes filed cases in the caller's transaction: the cases, their first timeline entries and their inbox messages
 * in one statement, the photos linked, then {@link CaseFiled} for each, whose listeners write in the same transaction.
 */
@Component
class FilingWriter {

    /** A checked filing, numbered and routed; {@code user} uploaded the photos (null for another system's order). */
    record Filing(CaseRepository.Filed filed, CurrentUser user) {
    }

    private final CaseRepository cases;
    private final AttachmentService attachments;
    private final CaseNotifier notifier;
    private final ApplicationEventPublisher events;

    FilingWriter(CaseRepository cases, AttachmentService attachments, CaseNotifier notifier, ApplicationEventPublisher events) {
        this.cases = cases;
        this.attachments = attachments;
        this.notifier = notifier;
        this.events = events;
    }

    /** The cases as stored, in the order given; empty for an order whose external id is stored already. */
    List<Optional<CaseView>> write(List<Filing> filings) {
        Map<String, CaseView> stored = new HashMap<>();
        List<CaseRepository.Filed> rows = filings.stream().map(Filing::filed).toList();
        List<CaseRepository.Notice> notices = rows.stream().flatMap(f -> notifier.noticesOfFiling(f.row()).stream()).toList();
        cases.insertAll(rows, notices).forEach(s -> stored.put(s.view().number(), s.view()));
        return filings.stream().map(f -> {
            CaseView view = stored.get(f.filed().row().number());
            if (view != null) {
                if (!f.filed().photoIds().isEmpty()) {
                    attachments.attach(f.user(), view.id(), f.filed().photoIds());
                }
                events.publishEvent(new CaseFiled(CaseService.facts(view, f.filed().row().reporterId())));
            }
            return Optional.ofNullable(view);
        }).toList();
    }
}
