package org.jiceng.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case's text as everyone who may read the case sees it, for the search index: the description, the address and
 * the notes the reporter and followers are told (replies, rejections, merges), never the internal notes; and the
 * facts a reader's rights turn on (public, reporter, the departments whistled to it). Read by the system, no person.
 */
public record CaseText(long id, String number, String territoryCode, String categoryName, String description,
                       String address, List<String> publicNotes, boolean publicCase, Long reporterId,
                       List<Long> unitIds, Instant receivedAt, CaseState state) {
}
