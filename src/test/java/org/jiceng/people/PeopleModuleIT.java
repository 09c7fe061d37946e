package org.jiceng.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.people.internal.RegisterExport;
import org.jiceng.support.FakeIdentity;
import org.jiceng.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * The people module alone, with territory and accounts in memory ({@link FakeIdentity}): the demo register of
 * 堂琅社区 is generated with masked ID numbers, and its export is told to the identity module's audit trail.
 */
@ModuleTest(extraIncludes = {"platform", "territory"})
@Import(FakeIdentity.class)
class PeopleModuleIT {

    static final String TANGLANG = "530326001001";
    static final CurrentUser SHEQU = new CurrentUser(1, "shequ", "堂琅社区两委",
            List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, TANGLANG, null)));

    final PeopleApi people;
    final RegisterExport export;
    final FakeIdentity identity;

    PeopleModuleIT(PeopleApi people, RegisterExport export, FakeIdentity identity) {
        this.people = people;
        this.export = export;
        this.identity = identity;
    }

    @Test
    void theCommunitysRegisterIsExportedMaskedAndTheExportAudited() throws Exception {
        List<ResidentSummary> residents = new ArrayList<>();
        people.forEachResident(TANGLANG, residents::add);
        assertThat(residents).isNotEmpty().allMatch(r -> r.territoryCode().startsWith(TANGLANG));
        ResidentView first = people.resident(residents.getFirst().id(), SHEQU.scope()).orElseThrow();
        assertThat(first.idNumber()).contains("*");

        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        export.export(SHEQU, TANGLANG, workbook);

        assertThat(workbook.size()).isPositive();
        assertThat(identity.audited).contains("shequ 户籍台账导出 区域 " + TANGLANG + "（身份证号码和电话已脱敏）");
    }
}
