package org.jiceng.cases.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.SupervisionRaised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what the case events mean for them (事事有回音): the reporter, followers and the reporters of
 * merged cases of every public change; the node or unit that must act of new work; the superior of a missed
 * deadline. Runs in the transaction of the move itself: the messages, and the webhook's queue (its outbox), are
 * committed with the move or not at all, for one commit per move instead of the registry's four (insert,
 * processing, the listener's own transaction, completion; see docs/case-loop.md).
 */
@Component
class CaseNotifier {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final InboxService inbox;
    private final CaseRepository cases;
    private final WebhookOutbox webhook;

    CaseNotifier(InboxService inbox, CaseRepository cases, WebhookOutbox webhook) {
        this.inbox = inbox;
        this.cases = cases;
        this.webhook = webhook;
    }

    /**
     * The inbox messages of a new case: the node that must respond, and the reporter. {@link FilingWriter} writes
     * them in the statement that inserts the case, which saves a batch of filings a statement of its own.
     */
    List<CaseRepository.Notice> noticesOfFiling(CaseRepository.NewCase c) {
        String due = time(c.responseDue());
        var node = new CaseRepository.Notice(c.number(), null, CaseLevel.valueOf(c.level()).nodeOf(c.territoryCode()), "NEW",
                "新诉求待受理 " + c.number(), "请在 " + due + " 前响应");
        if (c.reporterId() == null) {
            return List.of(node);
        }
        return List.of(node, new CaseRepository.Notice(c.number(), c.reporterId(), null, "PROGRESS",
                "您的诉求已登记 " + c.number(), "我们将在 " + due + " 前响应，办理进展会在这里告诉您"));
    }

    /** The inbox messages of a new case are written with it ({@link #noticesOfFiling}); the webhook's is queued here. */
    @EventListener
    void on(CaseFiled event) {
        CaseFacts f = event.facts();
        webhook.enqueue(CaseRepository.FILED_KEY + f.caseId(), f, CaseState.RECEIVED, "您反映的问题已登记，编号 " + f.number());
    }

    @EventListener
    void on(CaseMoved event) {
        CaseFacts f = event.facts();
        String key = "moved:" + f.caseId() + ":" + event.action().path() + ":" + event.at().toEpochMilli();
        String node = f.level().nodeOf(f.territoryCode());
        String note = event.note() == null ? "" : "：" + event.note();
        switch (event.action()) {
            case DISPATCH -> {
                CaseView now = cases.findAny(f.caseId()).orElseThrow().view();   // the assisting units and the due time
                String body = "请在 " + time(now.checkInDueAt().toInstant()) + " 前报到" + note;
                inbox.post(key, null, null, f.leadUnitId(), f.caseId(), "WHISTLE", "吹哨派遣（主办）" + f.number(), body);
                now.assistUnitIds().forEach(unit ->
                        inbox.post(key, null, null, unit, f.caseId(), "WHISTLE", "吹哨派遣（协办）" + f.number(), body));
            }
            case RETURN, EXTEND, RESOLVE -> inbox.post(key, null, dispatcherOr(f.caseId(), node), null, f.caseId(),
                    event.action() == CaseAction.RESOLVE ? "VERIFY" : "DECIDE",
                    event.action().label() + " " + f.number(), event.action() == CaseAction.RESOLVE ? "请核查" + note : note.isEmpty() ? "请处理" : note.substring(1));
            case ESCALATE -> inbox.post(key, null, node, null, f.caseId(), "NEW", "上报待办 " + f.number(), note.isEmpty() ? "请处理" : note.substring(1));
            case REOPEN -> inbox.post(key, null, f.leadUnitId() == null ? node : null, f.leadUnitId(), f.caseId(), "REOPEN",
                    "重新办理 " + f.number(), "反映人评价为未解决或不满意");
            default -> {
            }
        }
        if (event.isPublic()) {
            String title = "您反映的问题 " + f.number() + " " + event.to().label();
            String body = publicBody(event);
            List<Long> audience = cases.audience(f.caseId());
            audience.forEach(user -> inbox.post(key, user, null, null, f.caseId(), "PROGRESS", title, body));
            webhook.enqueue(key, f, event.to(), TimelineNotes.sentence(title) + body);
        }
    }

    @EventListener
    void on(SupervisionRaised event) {
        CaseFacts f = event.facts();
        String what = event.kind().label();
        inbox.post("supervise:" + f.caseId() + ":" + event.kind() + ":" + event.dueAt().toEpochMilli(), null,
                event.superiorTerritory(), null, f.caseId(), "SUPERVISE", "督办：" + f.number() + " " + event.kind().overdueLabel(),
                what + "时限 " + time(event.dueAt()) + " 已过，请督促办理");
    }

    /** Who whistled the case decides on returns, extensions and verification; else the node handling it. */
    private String dispatcherOr(long caseId, String node) {
        String dispatcher = cases.findAny(caseId).map(CaseRepository.Stored::dispatcherTerritory).orElse(null);
        return dispatcher == null ? node : dispatcher;
    }

    private static String publicBody(CaseMoved event) {
        return switch (event.to()) {
            case ACCEPTED -> event.action() == CaseAction.ESCALATE ? "已上报" + event.facts().level().label() + "办理" : "已受理，正在安排办理";
            case IN_PROGRESS -> "正在办理";
            case RESOLVED -> "已办结，待核查";
            case VERIFIED -> "已核查，即将答复您";
            case REPLIED -> TimelineNotes.replied(event.note());
            case CLOSED -> event.action() == CaseAction.MERGE ? "与同一问题合并办理，进展将继续告诉您" : "已结案，感谢您的参与";
            case REJECTED -> "不予受理：" + (event.note() == null ? "" : event.note());
            case REOPENED -> "已按您的评价重新办理";
            default -> event.to().label();
        };
    }

    private static String time(java.time.Instant instant) {
        return instant.atZone(Beijing.ZONE).format(TIME);
    }
}
