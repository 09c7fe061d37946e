package org.jiceng.mediation;

import java.time.OffsetDateTime;
import java.util.List;

/** A dispute with its parties, mediator team, sessions, agreement, follow-up visits and history. */
public record DisputeDetail(DisputeView dispute, List<Party> parties, List<Mediator> mediators,
                            List<Session> sessions, Agreement agreement, List<FollowUp> followUps, List<Step> steps) {

    public DisputeDetail {
        parties = List.copyOf(parties);
        mediators = List.copyOf(mediators);
        sessions = List.copyOf(sessions);
        followUps = List.copyOf(followUps);
        steps = List.copyOf(steps);
    }

    /** A party; the contact is always masked ({@code 138****1234}); {@code residentUserId} links a resident's account. */
    public record Party(long id, String name, PartyRole role, boolean organisation, String contact, Long residentUserId) {
    }

    /** A member of the mediator team; not necessarily a user of the system. */
    public record Mediator(long id, String name, MediatorKind kind, String organisation) {
    }

    public record Session(long id, OffsetDateTime heldAt, SessionMode mode, String place, String notes, String recordedBy) {
    }

    /** The agreed terms (调解协议书): facts and disputed matters, what was agreed, how and by when it is performed. */
    public record Agreement(String facts, String terms, String performance, OffsetDateTime agreedAt, String recordedBy) {
    }

    /** A follow-up visit (回访) after the agreement: whether it has been carried out. */
    public record FollowUp(long id, OffsetDateTime visitedAt, boolean fulfilled, String notes, String visitedBy) {
    }

    /** One entry of the append-only history: who did what, and how state and level changed. */
    public record Step(OffsetDateTime at, String actor, String action, DisputeState fromState, DisputeState toState,
                       MediationLevel fromLevel, MediationLevel toLevel, String note) {
    }

    public List<Party> applicants() {
        return parties.stream().filter(p -> p.role() == PartyRole.APPLICANT).toList();
    }

    public List<Party> respondents() {
        return parties.stream().filter(p -> p.role() == PartyRole.RESPONDENT).toList();
    }
}
