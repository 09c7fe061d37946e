package org.jiceng.party.internal.duty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A community's campaign and, in the order they signed, the members who signed first (我是党员我先签). */
public record CampaignView(long id, String communityCode, String title, String description, LocalDate startsOn,
                           LocalDate endsOn, List<Signature> signatures) {

    public record Signature(long memberId, String holderName, OffsetDateTime signedAt) {
    }
}
