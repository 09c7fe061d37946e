package org.jiceng.deliberation;

import java.time.OffsetDateTime;
import java.util.List;

/** A resolution (决议) of a meeting, the topic it settles, the cases opened to carry it out, its notice. */
public record ResolutionView(long id, long meetingId, String territoryCode, Long topicId, String text,
                             String decidedBy, OffsetDateTime decidedAt, List<Long> caseIds, Long noticeId) {

    public ResolutionView {
        caseIds = List.copyOf(caseIds);
    }
}
