package org.jiceng.mediation.internal;

import java.util.List;

/**
 * The JSON bodies of {@code /api/v1/disputes} (the pages post the same fields). Enumerations travel as names
 * (e.g. {@code "NEIGHBOUR"}) so a wrong one is answered in Chinese with the choices; times are ISO-8601.
 * {@code version}, when given, must be the version read (else 409).
 */
public final class Requests {

    private Requests() {
    }

    /** A new dispute; {@code territoryCode} may be left out when it starts from a case ({@code caseId}). */
    public record NewDispute(String title, String summary, String type, String risk, String level, String territoryCode,
                             Long caseId, List<NewParty> parties, List<NewMediator> mediators) {
        public NewDispute {
            parties = parties == null ? List.of() : parties;
            mediators = mediators == null ? List.of() : mediators;
        }
    }

    /**
     * A party: a person or an organisation ({@code organisation: true}), on one side ({@code APPLICANT} 申请人 /
     * {@code RESPONDENT} 被申请人), with an optional phone. A signed-in resident is linked by {@code residentUsername}
     * (checked) or {@code residentUserId}; they then see the dispute.
     */
    public record NewParty(String name, String role, Boolean organisation, String contact, Long residentUserId,
                           String residentUsername, Integer version) {
    }

    public record NewMediator(String name, String kind, String organisation, Integer version) {
    }

    /** A session; {@code heldAt} defaults to now and may not lie in the future. */
    public record NewSession(String heldAt, String mode, String place, String notes, Integer version) {
    }

    public record Escalation(String reason, Integer version) {
    }

    /** The 调解协议书: {@code facts} default to the dispute's summary; {@code terms} are required. */
    public record NewAgreement(String facts, String terms, String performance, Integer version) {
    }

    /** Mediation failed: where the parties are guided ({@code LAWSUIT}, {@code ARBITRATION}, {@code PETITION}) and why. */
    public record NewReferral(String referral, String reason, Integer version) {
    }

    public record NewFollowUp(String visitedAt, Boolean fulfilled, String notes, Integer version) {
    }
}
