package org.jiceng.cases.internal;

import org.jiceng.cases.InboxNotice;
import org.jiceng.cases.PersonalNotice;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts other modules' {@link InboxNotice}s and {@link PersonalNotice}s in the inbox, in the publisher's transaction like the case messages. */
@Component
class InboxNotices {

    private final InboxService inbox;

    InboxNotices(InboxService inbox) {
        this.inbox = inbox;
    }

    @EventListener
    void on(InboxNotice notice) {
        inbox.post(notice.sourceKey(), null, notice.territoryCode(), notice.unitId(), null, notice.kind(), notice.title(),
                notice.body());
    }

    @EventListener
    void on(PersonalNotice notice) {
        inbox.post(notice.sourceKey(), notice.userId(), null, null, null, notice.kind(), notice.title(), notice.body());
    }
}
