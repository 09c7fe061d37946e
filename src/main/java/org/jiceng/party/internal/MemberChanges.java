package org.jiceng.party.internal;

import org.jiceng.Action;
import org.jiceng.Input;
import org.jiceng.Resource;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.party.MemberView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a member's record: the organisation they belong to (组织关系转接), 党员中心户, in service and the
 * employer. Optimistic: the change names the version it was made on, and a record changed meanwhile is a
 * conflict rather than a silent overwrite.
 */
@Service
public class MemberChanges {

    private final OrganisationRepository organisations;
    private final MemberRepository members;

    MemberChanges(OrganisationRepository organisations, MemberRepository members) {
        this.organisations = organisations;
        this.members = members;
    }

    public record Request(Integer version, Long organisationId, Boolean centralHousehold, Boolean inService,
                          String employer) {
    }

    @Transactional
    public MemberView change(long id, Request request, CurrentUser user) {
        Scope scope = PartyAccess.where(user, Resource.PARTY_MEMBER, Action.UPDATE);
        MemberView member = members.find(id, scope)
                .orElseThrow(() -> new NotFoundException("党员 " + id + " 不存在或不在您的辖区内"));
        if (request.version() == null) {
            throw new BadInputException("version", "请填写 version（读取党员记录时得到的版本号），以免覆盖他人的修改");
        }
        long organisationId = request.organisationId() == null ? member.organisationId()
                : Input.id(request.organisationId(), "organisationId", "党组织编号");
        if (organisationId != member.organisationId()) {
            MemberAdmission.enrolling(organisations, organisationId, scope);
        }
        boolean inService = request.inService() == null ? member.inService() : request.inService();
        String employer = MemberAdmission.employer(request.employer() == null && inService == member.inService()
                ? member.employer() : request.employer(), inService);
        boolean central = request.centralHousehold() == null ? member.centralHousehold() : request.centralHousehold();
        if (!members.update(id, request.version(), organisationId, central, inService, employer)) {
            throw new OptimisticLockingFailureException("member " + id + " changed since version " + request.version());
        }
        return members.find(id, scope).orElseThrow();
    }
}
