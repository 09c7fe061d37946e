package org.jiceng.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.TimelineEntry;

/**
 * The timeline as a reporter or a follower sees it: the public progress of the case (事事有回音) and nothing
 * of its handling inside. Kept: the filing and every change of state the public sees. Left out: whistles,
 * check-ins, extensions and every other step that left the state as it was, with their notes (dispatch notes,
 * remarks such as "此人有上访史，注意稳控"). Of the notes kept, only those written for the reporter are shown
 * (a rejection's reason, the reply, the rating); staff are "工作人员", and only the reporter's own photos stay.
 */
final class PublicTimeline {

    /** Timeline actions of a change of visibility (internal, the state stays). */
    static final String MADE_PUBLIC = "make-public";
    static final String MADE_PRIVATE = "make-private";

    static final String STAFF = "工作人员";
    static final String REPORTER = "反映人";

    private static final Set<String> NOTES_FOR_THE_REPORTER = Set.of(CaseAction.REJECT.path(), CaseAction.REPLY.path(),
            CaseAction.RATE.path(), CaseAction.REOPEN.path(), CaseAction.AUTO_CLOSE.path(), CaseAction.MERGE.path());

    private PublicTimeline() {
    }

    static List<TimelineEntry> of(List<TimelineEntry> entries, boolean viewerReported) {
        String reporter = !entries.isEmpty() && entries.getFirst().action().equals("file") ? entries.getFirst().actor() : null;
        List<TimelineEntry> shown = new ArrayList<>();
        for (TimelineEntry e : entries) {
            boolean filing = e.fromState() == null;
            CaseState to = CaseState.valueOf(e.toState());
            if (!filing && (e.toState().equals(e.fromState()) || !to.isPublic())) {
                continue;
            }
            boolean byReporter = e.actor().equals(reporter) && (filing || e.action().equals(CaseAction.RATE.path()));
            String actor = byReporter ? (viewerReported ? e.actor() : REPORTER)
                    : e.actor().equals(CaseMover.SYSTEM) ? CaseMover.SYSTEM : STAFF;
            String note = NOTES_FOR_THE_REPORTER.contains(e.action()) ? e.note() : null;
            List<String> photos = byReporter ? e.attachments() : List.of();
            if (!viewerReported) {
                note = org.jiceng.Redaction.redact(note);
            }
            shown.add(new TimelineEntry(e.id(), e.at(), actor, e.action(), e.fromState(), e.toState(), note, photos));
        }
        return shown;
    }
}
