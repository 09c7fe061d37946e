package org.jiceng.mediation.web;

import org.springframework.ui.Model;

/** The forms of one dispute's page, each kept as typed when its step is refused. */
final class DisputeStepForms {

    private DisputeStepForms() {
    }

    record PartyForm(String role, String name, Boolean organisation, String contact, String residentUsername,
                     Integer version) {
    }

    record MediatorForm(String name, String kind, String organisation, Integer version) {
    }

    record SessionForm(String mode, String heldAt, String place, String notes, Integer version) {
    }

    record AgreementForm(String facts, String terms, String performance, Integer version) {
    }

    record ReferralForm(String referral, String reason, Integer version) {
    }

    record EscalationForm(String reason, Integer version) {
    }

    record FollowUpForm(Boolean fulfilled, String notes, Integer version) {
    }

    /** Empty forms for the page, but for the one that came back refused. */
    static void addEmpty(Model model) {
        add(model, "partyForm", new PartyForm("APPLICANT", null, false, null, null, null));
        add(model, "mediatorForm", new MediatorForm(null, null, null, null));
        add(model, "sessionForm", new SessionForm(null, null, null, null, null));
        add(model, "agreementForm", new AgreementForm(null, null, null, null));
        add(model, "referralForm", new ReferralForm(null, null, null));
        add(model, "escalationForm", new EscalationForm(null, null));
        add(model, "followUpForm", new FollowUpForm(true, null, null));
    }

    private static void add(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
