package org.jiceng.services.internal.request;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents a 代办员 or a village's or town's staff may file a request for, found by the first characters of
 * the name: only in the territory where the policy lets the person ask for others, masked as the register masks
 * them, each with the household's address so that two people of one name can be told apart.
 */
@Service
public class ResidentChoices {

    /** How many residents one search shows: enough for a common surname and given name, few enough for a phone. */
    public static final int SHOWN = 10;
    /** Names are searched from their second character on: one character would list half a village. */
    public static final int SHORTEST = 2;
    private static final int LONGEST = 20;
    private static final String REASON = "代办：选择代为申请的居民";

    private final PeopleApi people;

    ResidentChoices(PeopleApi people) {
        this.people = people;
    }

    /** One resident to choose: numbers masked, the address of the household (or blank when none is recorded). */
    public record Choice(long id, String name, String idNumber, String phone, String address) {
    }

    /** Whether the person may ask for someone else at all: the form shows the name box only to them. */
    public boolean mayChoose(CurrentUser user) {
        return !scope(user).isEmpty();
    }

    /**
     * The residents whose names start with {@code query} ({@value #SHORTEST} or more characters), up to
     * {@value #SHOWN}, and first of all the resident {@code chosen} before, if still in reach, so a new search
     * does not lose the choice. A person with no territory to ask in (a resident, a department) is refused.
     */
    @Transactional
    public List<Choice> find(CurrentUser user, String query, Long chosen) {
        Scope scope = scope(user);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(Resource.SERVICE_REQUEST, Action.CREATE);
        }
        String name = query == null ? "" : query.strip();
        if (name.length() > LONGEST) {
            throw new BadInputException("q", "姓名最多 " + LONGEST + " 个字");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException("q", "姓名不能含有控制字符");
        }
        List<ResidentView> found = new ArrayList<>();
        Optional<ResidentView> before = chosen == null ? Optional.empty() : people.resident(chosen, scope);
        before.ifPresent(found::add);
        if (name.codePointCount(0, name.length()) >= SHORTEST) {
            for (ResidentView r : people.residentsNamed(user, name, scope, SHOWN, REASON)) {
                if (before.map(b -> b.id() != r.id()).orElse(true)) {
                    found.add(r);
                }
            }
        }
        Map<Long, String> addresses = new HashMap<>();
        List<Choice> choices = new ArrayList<>();
        for (ResidentView r : found.subList(0, Math.min(found.size(), SHOWN + 1))) {
            String address = r.householdId() == null ? "" : addresses.computeIfAbsent(r.householdId(),
                    id -> people.household(id, scope).map(ResidentChoices::address).orElse(""));
            choices.add(new Choice(r.id(), r.name(), blank(r.idNumber()), blank(r.phone()), address));
        }
        return choices;
    }

    private static Scope scope(CurrentUser user) {
        return AccessPolicy.scope(user, Resource.SERVICE_REQUEST, Action.CREATE);
    }

    private static String address(HouseholdView household) {
        String address = blank(household.address());
        String building = blank(household.buildingName());
        return building.isEmpty() || address.contains(building) ? address
                : address.isEmpty() ? building : address + "（" + building + "）";
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
