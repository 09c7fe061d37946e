package org.jiceng.services.internal.request;

import java.time.OffsetDateTime;
import java.util.List;

/** What the API and pages show of requests. */
public final class RequestViews {

    private RequestViews() {
    }

    /** A request in a list, or at the head of its page. */
    public record Summary(long id, String villageCode, long itemId, int itemVersion, String itemName, boolean bundle,
                          long residentId, String residentName, String channel, String channelName, Long agentUserId,
                          String agentName, OffsetDateTime askedAt, String status, String statusName, String note,
                          String satisfaction, String ratingComment, Boolean ratedByAgent, int version) {
    }

    /** One item of a request. {@code overdue}: handed over and past its deadline. */
    public record Line(long id, int position, long itemId, int itemVersion, String itemName, Long officeUnitId,
                       String officeName, int timeLimitDays, List<String> materials, List<String> checked,
                       String state, String stateName, OffsetDateTime handedOverAt, OffsetDateTime dueAt,
                       boolean provisional, String returnReason, String result, String resultNote,
                       OffsetDateTime decidedAt, OffsetDateTime endedAt, boolean overdue, int version) {
    }

    public record Event(OffsetDateTime at, Long lineId, String by, String kind, String note) {
    }

    /** A request with its lines, photos (ids) and timeline; {@code steps} the steps the reader may take now. */
    public record Detail(Summary request, List<Line> lines, List<Long> photos, List<Event> timeline,
                         boolean mayRate) {
    }

    /** A line due or late, for the agent's and the town's lists. */
    public record DueLine(long requestId, long lineId, String villageCode, String residentName, String itemName,
                          String officeName, String state, String stateName, OffsetDateTime dueAt, boolean overdue) {
    }
}
