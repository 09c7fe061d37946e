package org.jiceng.party.web;

/** The forms of the membership pages, bound as petclinic binds them; the services check what they hold. */
final class MembershipForms {

    private MembershipForms() {
    }

    record TransferForm(Long toOrganisationId, String toOutside, String reason) {
    }

    record AffiliationForm(Long organisationId, String since) {
    }

    record FlowingForm(String whereabouts, String phone, String since, String until) {
    }

    record MigrantForm(String name, String homeOrganisation, Long localOrganisationId, String whereabouts, String phone,
                       String since, String until) {
    }

    record CentralForm(String householdIds) {
    }

    record MoveForm(Integer version, String letterNumber, String note) {
    }
}
