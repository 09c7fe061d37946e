package org.jiceng.cases;

import java.time.OffsetDateTime;

/** A message in a person's inbox: new work for staff, news of their case for a reporter, a supervision notice. */
public record InboxMessage(long id, Long caseId, String kind, String title, String body, OffsetDateTime createdAt,
                           boolean read) {
}
