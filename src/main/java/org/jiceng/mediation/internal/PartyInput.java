package org.jiceng.mediation.internal;

import java.util.Objects;
import org.jiceng.BadInputException;
import org.jiceng.Input;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.mediation.MediatorKind;
import org.jiceng.mediation.PartyRole;
import org.jiceng.people.Phone;
import org.springframework.stereotype.Component;

/** Checks parties and mediators before anything is written. */
@Component
class PartyInput {

    record Party(String name, PartyRole role, boolean organisation, String contact, Long residentUserId) {
    }

    record Mediator(String name, MediatorKind kind, String organisation) {
    }

    private final IdentityApi identity;

    PartyInput(IdentityApi identity) {
        this.identity = identity;
    }

    Party party(Requests.NewParty p) {
        if (p == null) {
            throw new BadInputException("当事人不能为空");
        }
        String name = Input.text(p.name(), "name", "当事人姓名或单位名称", 1, 60);
        PartyRole role = Input.oneOf(PartyRole.class, p.role(), "role", "当事人身份", PartyRole::label, null);
        boolean organisation = Boolean.TRUE.equals(p.organisation());
        String contact = p.contact() == null || p.contact().isBlank() ? null : Phone.parse(p.contact()).value();
        Long resident = p.residentUserId();
        if (p.residentUsername() != null && !p.residentUsername().isBlank()) {
            long found = identity.findByUsername(p.residentUsername().strip()).filter(u -> u.has(Role.RESIDENT))
                    .map(u -> u.id()).orElseThrow(() -> new BadInputException(
                            "居民账号“" + p.residentUsername().strip() + "”不存在或不是群众账号"));
            if (resident != null && !Objects.equals(resident, found)) {
                throw new BadInputException("residentUserId 与居民账号“" + p.residentUsername().strip() + "”不一致");
            }
            resident = found;
        } else if (resident != null && identity.findById(resident).filter(u -> u.has(Role.RESIDENT)).isEmpty()) {
            throw new BadInputException("residentUserId " + resident + " 不是群众账号");
        }
        if (organisation && resident != null) {
            throw new BadInputException("单位当事人不能关联居民账号");
        }
        return new Party(name, role, organisation, contact, resident);
    }

    Mediator mediator(Requests.NewMediator m) {
        if (m == null) {
            throw new BadInputException("调解员不能为空");
        }
        return new Mediator(Input.text(m.name(), "name", "调解员姓名", 1, 60),
                Input.oneOf(MediatorKind.class, m.kind(), "kind", "调解员类别", MediatorKind::label, null),
                Input.text(m.organisation(), "organisation", "调解员所在单位", 1, 100));
    }
}
