package org.jiceng.party.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.party.AnniversaryView;
import org.jiceng.party.MemberView;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.OrganisationYearFacts;
import org.jiceng.party.PartyApi;
import org.jiceng.party.PostView;
import org.springframework.stereotype.Service;

/** The party facade, and the reads of the party pages and API; every read takes a {@link Scope}. */
@Service
public class PartyService implements PartyApi {

    private final OrganisationRepository organisations;
    private final MemberRepository members;
    private final PostRepository posts;
    private final OrganisationYearRepository years;
    private final Clock clock;

    PartyService(OrganisationRepository organisations, MemberRepository members, PostRepository posts,
                 OrganisationYearRepository years, Clock clock) {
        this.clock = clock;
        this.years = years;
        this.organisations = organisations;
        this.members = members;
        this.posts = posts;
    }

    @Override
    public Optional<OrganisationView> organisation(long id, Scope scope) {
        return organisations.find(id, scope);
    }

    @Override
    public Optional<MemberView> member(long id, Scope scope) {
        return members.find(id, scope);
    }

    @Override
    public Optional<MemberView> memberOfResident(long residentId, Scope scope) {
        return members.findByResident(residentId, scope);
    }

    @Override
    public List<AnniversaryView> anniversariesThisWeek(Scope scope) {
        return anniversaries(scope, Beijing.today(clock), null, Integer.MAX_VALUE - 1).items();
    }

    @Override
    public List<PostView> posts(String territoryPrefix, Scope scope) {
        return posts.within(scope.narrowedTo(territoryPrefix), 0, Integer.MAX_VALUE);
    }

    @Override
    public List<OrganisationView> organisations(String territoryPrefix, Scope scope) {
        return organisations.within(scope.narrowedTo(territoryPrefix), 0, Integer.MAX_VALUE);
    }

    @Override
    public OrganisationYearFacts yearFacts(long organisationId, int year) {
        return years.facts(organisationId, year);
    }

    public Page<PostView> posts(Scope scope, String after, int limit) {
        return Page.byId(posts.within(scope, Cursor.idAbove(after), limit + 1), limit, PostView::id);
    }

    public Map<String, Long> postCountsByVillage(Scope scope) {
        return posts.countsByVillage(scope);
    }

    /** The tops of the tree inside the scope: the county committee for the county, a town's 党委 for a town … */
    public List<OrganisationView> roots(Scope scope) {
        return organisations.roots(scope);
    }

    public List<OrganisationView> children(long parentId, Scope scope) {
        return organisations.children(parentId, scope);
    }

    public Map<Long, Long> childCounts(List<OrganisationView> parents, Scope scope) {
        return organisations.childCounts(parents.stream().map(OrganisationView::id).toList(), scope);
    }

    public List<OrganisationView> ancestors(long id, Scope scope) {
        return organisations.ancestors(id, scope);
    }

    public Page<OrganisationView> organisations(Scope scope, String after, int limit) {
        return Page.byId(organisations.within(scope, Cursor.idAbove(after), limit + 1), limit, OrganisationView::id);
    }

    public Page<MemberView> members(Scope scope, String after, int limit) {
        return Page.byId(members.within(scope, Cursor.idAbove(after), limit + 1), limit, MemberView::id);
    }

    public Page<MemberView> membersOf(long organisationId, Scope scope, String after, int limit) {
        return Page.byId(members.inOrganisation(organisationId, scope, Cursor.idAbove(after), limit + 1), limit,
                MemberView::id);
    }

    public long memberCount(long organisationId, Scope scope) {
        return members.countInOrganisation(organisationId, scope);
    }

    /**
     * The 入党生日 of the week of {@code today}, by date and then member id: one indexed lookup per day of
     * the week, the rule of {@link JoinAnniversary} having the last word on each row.
     */
    public Page<AnniversaryView> anniversaries(Scope scope, LocalDate today, String after, int limit) {
        Cursor.DayId cursor = Cursor.dayId(after);
        LocalDate monday = JoinAnniversary.mondayOf(today);
        List<AnniversaryView> found = new ArrayList<>();
        for (LocalDate day = monday; day.isBefore(monday.plusDays(7)) && found.size() <= limit; day = day.plusDays(1)) {
            if (cursor != null && day.isBefore(cursor.day())) {
                continue;
            }
            long afterId = cursor != null && day.equals(cursor.day()) ? cursor.id() : 0;
            LocalDate celebrated = day;
            members.joinedOnMonthDays(JoinAnniversary.monthDaysCelebratedOn(day), day.withDayOfYear(1), scope,
                            afterId, limit + 1 - found.size())
                    .forEach(m -> JoinAnniversary.inWeekOf(m.joinedOn(), today)
                            .filter(a -> a.date().equals(celebrated))
                            .ifPresent(a -> found.add(new AnniversaryView(m, a.date(), a.years()))));
        }
        return Page.of(found, limit, a -> Cursor.of(a.date(), a.member().id()));
    }
}
