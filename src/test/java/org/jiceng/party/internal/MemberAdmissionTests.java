package org.jiceng.party.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.party.OrganisationKind;
import org.jiceng.party.OrganisationLevel;
import org.jiceng.party.OrganisationView;
import org.jiceng.people.PeopleApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** Without the people module running, registering a member is refused in Chinese and nothing is written. */
class MemberAdmissionTests {

    static final CurrentUser VILLAGE_OFFICIAL = new CurrentUser(1, "shequ", "堂琅社区两委",
            List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, "530326001001", null)));

    @Test
    @SuppressWarnings("unchecked")
    void withoutThePeopleRegisterAMemberCannotBeRegistered() {
        OrganisationRepository organisations = mock(OrganisationRepository.class);
        when(organisations.find(anyLong(), any())).thenReturn(Optional.of(new OrganisationView(7, 6L,
                "堂琅社区第1网格党小组", OrganisationLevel.GROUP, OrganisationKind.GRID_GROUP, null, "530326001001001",
                LocalDate.of(2021, 7, 1), null, 0)));
        MemberRepository members = mock(MemberRepository.class);
        ObjectProvider<PeopleApi> none = mock(ObjectProvider.class);
        MemberAdmission admission = new MemberAdmission(organisations, members, none, Beijing.systemClock());

        assertThatThrownBy(() -> admission.admit(new MemberAdmission.Request(12L, 7L, "2010-07-01", null, null, null,
                null), VILLAGE_OFFICIAL))
                .isInstanceOf(BadInputException.class).hasMessageContaining("人口模块尚未启用");
        verifyNoInteractions(members);
    }
}
