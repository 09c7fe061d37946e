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

    /** Set while {@link CaseReplay} publishes the events of lives it tells of itself, with what it knows in memory. */
    private static final ThreadLocal<Boolean> REPLAYING = new ThreadLocal<>();

    static void replaying(boolean on) {
        if (on) {
            REPLAYING.set(Boolean.TRUE);
        } else {
            REPLAYING.remove();
        }
    }

    @EventListener
    void on(CaseMoved event) {
        if (REPLAYING.get() != null) {
            return;
        }
        CaseFacts f = event.facts();
        CaseView now = event.action() == CaseAction.DISPATCH ? cases.findAny(f.caseId()).orElseThrow().view() : null;
        String dispatcher = switch (event.action()) {
            case RETURN, EXTEND, RESOLVE -> cases.findAny(f.caseId()).map(CaseRepository.Stored::dispatcherTerritory).orElse(null);
            default -> null;
        };
        tell(event, now, dispatcher, event.isPublic() ? cases.audience(f.caseId()) : List.of(), null);
    }

    /**
     * The messages of a move: {@code now} is the case after it (read for a dispatch: the assisting units and the due
     * time), {@code dispatcher} who whistled it, {@code audience} who is told of public changes; {@code at} the
     * instant the messages carry (null: the clock's).
     */
    void tell(CaseMoved event, CaseView now, String dispatcher, List<Long> audience, java.time.Instant at) {
        CaseFacts f = event.facts();
        String key = "moved:" + f.caseId() + ":" + event.action().path() + ":" + event.at().toEpochMilli();
        String node = f.level().nodeOf(f.territoryCode());
        String note = event.note() == null ? "" : "：" + event.note();
        Post post = (user, territory, unit, kind, title, body) -> {
            if (at == null) {
                inbox.post(key, user, territory, unit, f.caseId(), kind, title, body);
            } else {
                inbox.post(at, key, user, territory, unit, f.caseId(), kind, title, body);
            }
        };
        switch (event.action()) {
            case DISPATCH -> {
                String body = "请在 " + time(now.checkInDueAt().toInstant()) + " 前报到" + note;
                post.post(null, null, f.leadUnitId(), "WHISTLE", "吹哨派遣（主办）" + f.number(), body);
                now.assistUnitIds().forEach(unit ->
                        post.post(null, null, unit, "WHISTLE", "吹哨派遣（协办）" + f.number(), body));
            }
            case RETURN, EXTEND, RESOLVE -> post.post(null, dispatcher == null ? node : dispatcher, null,
                    event.action() == CaseAction.RESOLVE ? "VERIFY" : "DECIDE",
                    event.action().label() + " " + f.number(), event.action() == CaseAction.RESOLVE ? "请核查" + note : note.isEmpty() ? "请处理" : note.substring(1));
            case ESCALATE -> post.post(null, node, null, "NEW", "上报待办 " + f.number(), note.isEmpty() ? "请处理" : note.substring(1));
            case REOPEN -> post.post(null, f.leadUnitId() == null ? node : null, f.leadUnitId(), "REOPEN",
                    "重新办理 " + f.number(), "反映人评价为未解决或不满意");
            default -> {
            }
        }
        if (event.isPublic()) {
            String title = "您反映的问题 " + f.number() + " " + event.to().label();
            String body = publicBody(event);
            audience.forEach(user -> post.post(user, null, null, "PROGRESS", title, body));
            webhook.enqueue(key, f, event.to(), TimelineNotes.sentence(title) + body);
        }
    }

    private interface Post {
        void post(Long user, String territory, Long unit, String kind, String title, String body);
    }

    @EventListener
    void on(SupervisionRaised event) {
        if (REPLAYING.get() == null) {
            tell(event, null);
        }
    }

    /** The superior's message of a missed deadline, carrying {@code at} (null: the clock's instant). */
    void tell(SupervisionRaised event, java.time.Instant at) {
        CaseFacts f = event.facts();
        String what = event.kind().label();
        String key = "supervise:" + f.caseId() + ":" + event.kind() + ":" + event.dueAt().toEpochMilli();
        String title = "督办：" + f.number() + " " + event.kind().overdueLabel();
        String body = what + "时限 " + time(event.dueAt()) + " 已过，请督促办理";
        if (at == null) {
            inbox.post(key, null, event.superiorTerritory(), null, f.caseId(), "SUPERVISE", title, body);
        } else {
            inbox.post(at, key, null, event.superiorTerritory(), null, f.caseId(), "SUPERVISE", title, body);
        }
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
