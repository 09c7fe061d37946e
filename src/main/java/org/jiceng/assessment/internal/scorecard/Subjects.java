package org.jiceng.assessment.internal.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.PartyApi;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Component;

/**
 * Who is assessed: a town (9-digit code), a village (12) or a party organisation ("P" and its id, which lies at its
 * organisation's territory). Names and places come from the territory and party modules' public APIs.
 */
@Component
public class Subjects {

    public record Subject(String code, String name, String territory) {
    }

    private final TerritoryApi territory;
    private final PartyApi party;

    Subjects(TerritoryApi territory, PartyApi party) {
        this.territory = territory;
        this.party = party;
    }

    public Optional<Subject> find(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        if (subject.matches("P[0-9]{1,18}")) {
            return party.organisation(Long.parseLong(subject.substring(1)), Scope.everything())
                    .filter(o -> o.territoryCode() != null && o.territoryCode().length() >= 6)
                    .map(o -> new Subject(subject, o.name(), o.territoryCode()));
        }
        if (subject.matches("[0-9]{9}|[0-9]{12}")) {
            return territory.division(subject).map(d -> new Subject(subject, d.name(), d.code()));
        }
        return Optional.empty();
    }

    public Optional<String> territoryOf(String subject) {
        return find(subject).map(Subject::territory);
    }

    public String name(String code) {
        return territory.division(code).map(DivisionView::name).orElse(code);
    }

    /**
     * The places ranked under {@code parent}: a county's towns or, with {@code villages}, its villages; a town's
     * villages.
     */
    public List<Subject> under(String parent, boolean villages) {
        List<Subject> places = new ArrayList<>();
        List<DivisionView> children = territory.children(parent, null, 1000);
        if (parent.length() == 6 && villages) {
            for (DivisionView town : children) {
                territory.children(town.code(), null, 1000).forEach(v -> places.add(new Subject(v.code(), v.name(), v.code())));
            }
        } else {
            children.forEach(d -> places.add(new Subject(d.code(), d.name(), d.code())));
        }
        return places;
    }

    static String organisationName(OrganisationView o) {
        return o.name();
    }
}
