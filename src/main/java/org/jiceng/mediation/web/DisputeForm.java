package org.jiceng.mediation.web;

import static org.jiceng.mediation.web.DisputePageController.blank;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiceng.mediation.internal.Requests;
import org.springframework.validation.Errors;

/**
 * The form that registers a dispute (登记矛盾纠纷): where, what, the applicant and the respondent, and a first
 * mediator. Every value comes back on an error, parties included; the service checks it all.
 */
record DisputeForm(Long caseId, String territoryCode, String title, String summary, String type, String risk,
                   String level, String applicant, String applicantContact, String applicantUsername,
                   String respondent, String respondentContact, Boolean respondentOrganisation,
                   String mediator, String mediatorKind, String mediatorOrganisation) {

    private static final Pattern PARTY = Pattern.compile("parties\\[(\\d+)]\\.(\\w+)");
    private static final Pattern MEDIATOR = Pattern.compile("mediators\\[0]\\.(\\w+)");

    static DisputeForm empty(Long caseId) {
        return new DisputeForm(caseId, null, null, null, null, "GREEN", null, null, null, null, null, null, false,
                null, null, null);
    }

    /** What the browser checks too: a dispute not taken over from a case needs its own title and summary. */
    void checkShape(Errors errors) {
        if (caseId == null && blank(title) == null) {
            errors.rejectValue("title", "required", "请填写纠纷名称");
        }
        if (caseId == null && blank(summary) == null) {
            errors.rejectValue("summary", "required", "请填写纠纷概况");
        }
    }

    /** The form's field for a field of the request the service names ({@code parties[1].contact} → respondentContact). */
    String formField(String requestField) {
        Matcher party = PARTY.matcher(requestField);
        if (party.matches()) {
            boolean first = party.group(1).equals("0");
            String side = first && blank(applicant) != null ? "applicant" : "respondent";
            return switch (party.group(2)) {
                case "name" -> side;
                case "contact" -> side + "Contact";
                case "residentUsername" -> side.equals("applicant") ? "applicantUsername" : null;
                case "organisation" -> side.equals("respondent") ? "respondentOrganisation" : null;
                default -> null;
            };
        }
        Matcher mediatorField = MEDIATOR.matcher(requestField);
        if (mediatorField.matches()) {
            String property = mediatorField.group(1);
            return "mediator" + (property.equals("name") ? "" : Character.toUpperCase(property.charAt(0)) + property.substring(1));
        }
        return requestField;
    }

    Requests.NewDispute request() {
        List<Requests.NewParty> parties = new ArrayList<>();
        if (blank(applicant) != null) {
            parties.add(new Requests.NewParty(applicant, "APPLICANT", false, applicantContact, null,
                    blank(applicantUsername), null));
        }
        if (blank(respondent) != null) {
            parties.add(new Requests.NewParty(respondent, "RESPONDENT", Boolean.TRUE.equals(respondentOrganisation),
                    respondentContact, null, null, null));
        }
        List<Requests.NewMediator> team = blank(mediator) == null ? List.of()
                : List.of(new Requests.NewMediator(mediator, mediatorKind, mediatorOrganisation, null));
        return new Requests.NewDispute(blank(title), blank(summary), type, risk, blank(level), blank(territoryCode),
                caseId, parties, team);
    }
}
