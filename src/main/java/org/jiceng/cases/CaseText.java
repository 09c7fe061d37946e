package org.jiceng.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case's text as everyone who may read the case sees it, for the search index: the description, the address and
 * the notes the reporter and followers are told (replies, rejections, merges), never the internal notes; and the
 * facts a reader's rights turn on (public, reporter, the departments whistled to it). Read by the system, no person.
 * {@code reporterName} is there to be taken out of the text (the index never shows or finds a reporter by name).
 */
public record CaseText(long id, String number, String territoryCode, String categoryName, String description,
                       String address, List<String> publicNotes, boolean publicCase, Long reporterId,
                       List<Long> unitIds, Instant receivedAt, CaseState state, String reporterName) {

    public CaseText(long id, String number, String territoryCode, String categoryName, String description,
                    String address, List<String> publicNotes, boolean publicCase, Long reporterId,
                    List<Long> unitIds, Instant receivedAt, CaseState state) {
        this(id, number, territoryCode, categoryName, description, address, publicNotes, publicCase, reporterId,
                unitIds, receivedAt, state, null);
    }
}
