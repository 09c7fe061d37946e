package org.jiceng.party.internal.membership;

import static org.jiceng.Action.READ;
import static org.jiceng.Action.UPDATE;
import static org.jiceng.Resource.PARTY_MEMBER;
import static org.jiceng.Resource.PARTY_ORG;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.PartyApi;
import org.jiceng.party.internal.membership.AffiliationRepository.Affiliation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member belongs to one organisation and may also join functional, temporary or joint ones (隆德's 功能型党小组,
 * a 临时党支部 of a project): an affiliation from a date until a date, its history kept.
 */
@Service
public class Affiliations {

    /** The kinds one joins beside one's own organisation: one's 建制性 branch and grid group are the organisation. */
    static final Set<OrganisationKind> JOINABLE = Set.of(OrganisationKind.FUNCTIONAL, OrganisationKind.TEMPORARY,
            OrganisationKind.JOINT);

    private final PartyApi party;
    private final AffiliationRepository affiliations;
    private final Clock clock;

    Affiliations(PartyApi party, AffiliationRepository affiliations, Clock clock) {
        this.party = party;
        this.affiliations = affiliations;
        this.clock = clock;
    }

    public record Request(Long organisationId, String since) {
    }

    public record Ending(String until) {
    }

    public List<Affiliation> of(long memberId, CurrentUser user) {
        MemberView member = MembershipAccess.member(party, memberId, MembershipAccess.where(user, PARTY_MEMBER, READ));
        return affiliations.ofMember(county(member), memberId);
    }

    @Transactional
    public Affiliation join(long memberId, Request request, CurrentUser user) {
        MemberView member = MembershipAccess.member(party, memberId, MembershipAccess.where(user, PARTY_MEMBER, UPDATE));
        long organisationId = Input.id(request.organisationId(), "organisationId", "党组织编号");
        OrganisationView organisation = MembershipAccess.organisation(party, organisationId,
                AccessPolicy.scope(user, PARTY_ORG, READ));
        if (!JOINABLE.contains(organisation.kind())) {
            throw new BadInputException("organisationId", "“" + organisation.name() + "”是" + organisation.kind().label()
                    + "党组织：党员另行参加的只能是功能型、临时或联合党组织，本人所在组织请用组织关系转接");
        }
        if (!organisation.active()) {
            throw new BadInputException("organisationId", "“" + organisation.name() + "”已撤销，不能再参加");
        }
        if (organisationId == member.organisationId()) {
            throw new BadInputException("organisationId", "“" + organisation.name() + "”就是该党员所在的党组织");
        }
        LocalDate since = Input.date(request.since(), "since", "参加日期", Beijing.today(clock));
        if (since.isAfter(Beijing.today(clock))) {
            throw new BadInputException("since", "参加日期（since）不能晚于今天");
        }
        if (affiliations.isOpen(county(member), memberId, organisationId)) {
            throw new ConflictException(member.name() + " 已参加“" + organisation.name() + "”");
        }
        long id = affiliations.insert(county(member), memberId, organisationId, since);
        return affiliations.find(county(member), memberId, id).orElseThrow();
    }

    @Transactional
    public Affiliation leave(long memberId, long affiliationId, Ending ending, CurrentUser user) {
        MemberView member = MembershipAccess.member(party, memberId, MembershipAccess.where(user, PARTY_MEMBER, UPDATE));
        Affiliation affiliation = affiliations.find(county(member), memberId, affiliationId)
                .orElseThrow(() -> new NotFoundException("参加记录 " + affiliationId + " 不存在"));
        LocalDate until = Input.date(ending == null ? null : ending.until(), "until", "退出日期", Beijing.today(clock));
        if (until.isBefore(affiliation.since())) {
            throw new BadInputException("until", "退出日期（until）不能早于参加日期 " + affiliation.since());
        }
        if (!affiliations.end(county(member), affiliationId, until)) {
            throw new ConflictException("该党员已于 " + affiliation.until() + " 退出“" + affiliation.organisationName() + "”");
        }
        return affiliations.find(county(member), memberId, affiliationId).orElseThrow();
    }

    static String county(MemberView member) {
        return member.territoryCode().substring(0, 6);
    }
}
