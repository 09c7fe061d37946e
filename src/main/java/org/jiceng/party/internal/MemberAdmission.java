package org.jiceng.party.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.Action;
import org.jiceng.Input;
import org.jiceng.Resource;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.party.MemberStatus;
import org.jiceng.party.OrganisationView;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a resident of the people register as a party member. The register is optional: until the
 * people module is running, registration is refused with a message saying so, and the rest of party works.
 */
@Service
public class MemberAdmission {

    static final LocalDate PARTY_FOUNDED = LocalDate.of(1921, 7, 1);
    static final int EMPLOYER_MAX = 100;

    private final OrganisationRepository organisations;
    private final MemberRepository members;
    private final ObjectProvider<PeopleApi> people;
    private final Clock clock;

    MemberAdmission(OrganisationRepository organisations, MemberRepository members, ObjectProvider<PeopleApi> people,
                    Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        this.members = members;
        this.people = people;
    }

    /** The request as the API receives it: dates and the status as text, so each mistake gets its own message. */
    public record Request(Long residentId, Long organisationId, String joinedOn, String status,
                          Boolean centralHousehold, Boolean inService, String employer) {
    }

    @Transactional
    public long admit(Request request, CurrentUser user) {
        Scope scope = PartyAccess.where(user, Resource.PARTY_MEMBER, Action.CREATE);
        LocalDate today = Beijing.today(clock);
        long residentId = Input.id(request.residentId(), "residentId", "居民编号");
        long organisationId = Input.id(request.organisationId(), "organisationId", "党组织编号");
        LocalDate joinedOn = Input.date(request.joinedOn(), "joinedOn", "入党日期", null);
        if (joinedOn.isAfter(today)) {
            throw new BadInputException("入党日期 " + joinedOn + " 不能晚于今天");
        }
        if (joinedOn.isBefore(PARTY_FOUNDED)) {
            throw new BadInputException("入党日期 " + joinedOn + " 早于建党日期 1921-07-01，请核对");
        }
        MemberStatus status = status(request.status(), joinedOn, today);
        boolean inService = Boolean.TRUE.equals(request.inService());
        String employer = employer(request.employer(), inService);

        enrolling(organisations, organisationId, scope);
        ResidentView resident = resident(residentId, scope);
        if (resident.birthDate() != null && joinedOn.isBefore(resident.birthDate().plusYears(18))) {
            // the date of the eighteenth birthday would hand a party organiser the birth date the register masks
            throw new BadInputException("入党须年满十八周岁：该居民在入党日期时未满十八周岁，请核对入党日期");
        }
        if (members.residentIsMember(residentId)) {
            throw new BadInputException("居民 " + resident.name() + " 已登记为党员，一名居民只能登记一次");
        }
        long id;
        try {
            id = members.insert(new MemberRepository.NewMember(residentId, resident.name(), resident.territoryCode(),
                    organisationId, joinedOn, status, Boolean.TRUE.equals(request.centralHousehold()), inService,
                    employer));
        } catch (DuplicateKeyException e) {
            throw new BadInputException("居民 " + resident.name() + " 已登记为党员，一名居民只能登记一次");
        }
        return id;
    }

    /** An organisation inside the scope that members may be enrolled in: an active branch or group. */
    static OrganisationView enrolling(OrganisationRepository organisations, long organisationId, Scope scope) {
        OrganisationView organisation = organisations.find(organisationId, scope)
                .orElseThrow(() -> new NotFoundException("党组织 " + organisationId + " 不存在或不在您的辖区内"));
        if (!organisation.level().enrolsMembers()) {
            throw new BadInputException("党员须编入党支部或党小组，“" + organisation.name() + "”是"
                    + organisation.level().label());
        }
        if (!organisation.active()) {
            throw new BadInputException("“" + organisation.name() + "”已于 " + organisation.dissolvedOn() + " 撤销，不能再编入党员");
        }
        return organisation;
    }

    private ResidentView resident(long residentId, Scope scope) {
        PeopleApi register = people.getIfAvailable();
        if (register == null) {
            throw new BadInputException("人口模块尚未启用，暂时无法核对居民信息、登记党员");
        }
        return register.resident(residentId, scope)
                .orElseThrow(() -> new NotFoundException("居民 " + residentId + " 不存在或不在您的辖区内"));
    }

    /** The status must agree with the probation rule; left out, the rule decides. */
    private static MemberStatus status(String text, LocalDate joinedOn, LocalDate today) {
        MemberStatus expected = Probation.statusOn(joinedOn, today);
        if (text == null || text.isBlank()) {
            return expected;
        }
        MemberStatus status = Input.oneOf(MemberStatus.class, text, "status", "党员类别", MemberStatus::label, null);
        if (status == MemberStatus.FULL && expected == MemberStatus.PROBATIONARY) {
            throw new BadInputException("预备期为一年：入党日期 " + joinedOn + " 至今未满一年，应登记为预备党员，"
                    + Probation.fullOn(joinedOn) + " 起为正式党员");
        }
        if (status == MemberStatus.PROBATIONARY && expected == MemberStatus.FULL) {
            throw new BadInputException("预备期为一年：入党日期 " + joinedOn + " 已满一年，应登记为正式党员");
        }
        return status;
    }

    /** The employer an in-service member must name and no one else may, stripped. */
    static String employer(String employer, boolean inService) {
        String value = employer == null ? "" : employer.strip();
        if (inService && value.isEmpty()) {
            throw new BadInputException("在职党员须填写工作单位 employer");
        }
        if (!inService && !value.isEmpty()) {
            throw new BadInputException("只有在职党员（inService 为 true）才填写工作单位");
        }
        if (org.jiceng.Text.length(value) > EMPLOYER_MAX) {
            throw new BadInputException("工作单位不能超过 " + EMPLOYER_MAX + " 个字");
        }
        return inService ? value : null;
    }
}
