package org.jiceng.party.web;

import static org.jiceng.Resource.PARTY_FILE;
import static org.jiceng.Resource.PARTY_ORG;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationLevel;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.PartyAccess;
import org.jiceng.party.internal.PartyService;
import org.jiceng.party.internal.organisation.OrganisationRecords;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the 组织建设 page of one organisation: its facts, place in the tree, committee, history and the forms the
 * person may use, each form kept as typed when the page comes back with a refusal.
 */
@Component
class OrganisationPageModel {

    static final int HISTORY_ON_PAGE = 20;

    private final PartyService party;
    private final OrganisationRecords records;

    OrganisationPageModel(PartyService party, OrganisationRecords records) {
        this.party = party;
        this.records = records;
    }

    record ChildForm(String name, String level, String kind, String focus, String territoryCode, String establishedOn) {
    }

    record ChangeForm(Integer version, String name, String focus, String parentId) {
    }

    record MergeForm(Integer version, String survivorId) {
    }

    record DissolveForm(Integer version, String moveTo, String dissolvedOn) {
    }

    record ElectForm(Integer version, String startsOn, String endsOn, String secretary, String deputies, String members) {
    }

    record UnitForm(String unitName, String duty, String joinedOn) {
    }

    record MeetingForm(String heldOn, String topic, String attendees, String decisions) {
    }

    OrganisationView existing(long id, CurrentUser user) {
        return party.organisation(id, PartyAccess.organisations(user))
                .orElseThrow(() -> new NotFoundException("党组织 " + id + " 不存在或不在您的辖区内"));
    }

    /** The page of {@code id}; {@code open} names the form to show opened (the one just refused), or null. */
    String page(long id, CurrentUser user, Model model, String open) {
        OrganisationView o = existing(id, user);
        Scope scope = PartyAccess.organisations(user);
        List<OrganisationView> children = party.children(id, scope);
        List<OrganisationView> siblings = o.parentId() == null ? List.of() : party.children(o.parentId(), scope).stream()
                .filter(s -> s.id() != id && s.active()).toList();
        model.addAttribute("organisation", o);
        model.addAttribute("ancestors", party.ancestors(id, scope));
        model.addAttribute("children", children);
        model.addAttribute("childCounts", party.childCounts(children, scope));
        model.addAttribute("committee", records.committee(user, id));
        model.addAttribute("history", records.history(user, id, null, HISTORY_ON_PAGE).items());
        boolean grand = o.kind() == OrganisationKind.GRAND;
        model.addAttribute("grand", grand);
        if (grand) {
            model.addAttribute("units", records.units(user, id));
            model.addAttribute("meetings", records.meetings(user, id));
        }
        Target here = Target.at(o.territoryCode());
        model.addAttribute("mayCreate", o.active() && AccessPolicy.allows(user, PARTY_ORG, Action.CREATE, here));
        model.addAttribute("mayUpdate", o.active() && AccessPolicy.allows(user, PARTY_ORG, Action.UPDATE, here));
        model.addAttribute("mayAct", o.active() && AccessPolicy.allows(user, PARTY_ORG, Action.ACT, here));
        model.addAttribute("open", open);
        model.addAttribute("levels", levelsUnder(o.level()));
        model.addAttribute("kinds", kinds());
        model.addAttribute("mergeChoices", choices(siblings.stream().filter(s -> s.level() == o.level()).toList()));
        model.addAttribute("moveToChoices", choices(siblings));
        if (!model.containsAttribute("childForm")) {
            model.addAttribute("childForm", new ChildForm(null, null, OrganisationKind.ESTABLISHED.name(), null,
                    o.territoryCode(), null));
        }
        if (!model.containsAttribute("changeForm")) {
            model.addAttribute("changeForm", new ChangeForm(o.version(), o.name(), o.focus(),
                    o.parentId() == null ? null : String.valueOf(o.parentId())));
        }
        model.addAttribute("mergeForm", model.containsAttribute("mergeForm") ? model.getAttribute("mergeForm")
                : new MergeForm(o.version(), null));
        model.addAttribute("dissolveForm", model.containsAttribute("dissolveForm") ? model.getAttribute("dissolveForm")
                : new DissolveForm(o.version(), null, null));
        model.addAttribute("electForm", model.containsAttribute("electForm") ? model.getAttribute("electForm")
                : new ElectForm(o.version(), null, null, null, null, null));
        model.addAttribute("unitForm", model.containsAttribute("unitForm") ? model.getAttribute("unitForm")
                : new UnitForm(null, null, null));
        model.addAttribute("meetingForm", model.containsAttribute("meetingForm") ? model.getAttribute("meetingForm")
                : new MeetingForm(null, null, null, null));
        return "party/organisation/manage";
    }

    /** The start page: the tops of the tree the person sees, and Excel in and out where they may. */
    String start(CurrentUser user, Model model) {
        Scope scope = PartyAccess.organisations(user);
        List<OrganisationView> roots = party.roots(scope);
        model.addAttribute("roots", roots);
        model.addAttribute("rootCounts", party.childCounts(roots, scope));
        model.addAttribute("mayExport", AccessPolicy.mayAtAll(user, PARTY_FILE, Action.EXPORT));
        model.addAttribute("mayImport", AccessPolicy.mayAtAll(user, PARTY_FILE, Action.IMPORT));
        return "party/organisation/start";
    }

    static Map<String, String> levelsUnder(OrganisationLevel parent) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (OrganisationLevel level : OrganisationLevel.values()) {
            if (org.jiceng.party.internal.organisation.OrganisationRules.holds(parent, level)) {
                levels.put(level.name(), level.label());
            }
        }
        return levels;
    }

    static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            kinds.put(kind.name(), kind.label());
        }
        return kinds;
    }

    private static Map<String, String> choices(List<OrganisationView> organisations) {
        Map<String, String> choices = new LinkedHashMap<>();
        organisations.forEach(o -> choices.put(String.valueOf(o.id()), o.name() + "（" + o.level().label() + "）"));
        return choices;
    }

    /** A number typed in a form: null when blank, a refusal naming the field when not a number. */
    static Long number(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, label + "须填写组织编号（数字）");
        }
    }

    /** Names typed in one box, separated by 、 , ， ; or spaces. */
    static List<String> names(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("[、,，;；\\s]+"));
    }
}
