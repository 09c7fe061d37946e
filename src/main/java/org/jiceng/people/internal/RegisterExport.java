package org.jiceng.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;
import org.jiceng.identity.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The register as a workbook in the import template's layout, and the empty template. ID and phone numbers
 * are exported masked: a file of full numbers would reveal a whole area at once, outside the access log that
 * every single reveal goes through.
 */
@Component
public class RegisterExport {

    private final HouseholdRepository households;
    private final TagCatalog tags;
    private final AuditTrail audit;

    RegisterExport(HouseholdRepository households, TagCatalog tags, AuditTrail audit) {
        this.households = households;
        this.tags = tags;
        this.audit = audit;
    }

    public void template(OutputStream out) throws IOException {
        RegisterWorkbooks.writeTemplate(out, tags.namesByCode().values());
    }

    /** Checks the role and scope first: call before the response is committed. */
    public void checkMayExport(CurrentUser user, String prefix) {
        if (!user.hasAny(Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN, Role.AUDITOR)) {
            throw new ForbiddenException("只有网格员、村、乡镇、县级工作人员和纪检巡察人员可以导出户籍台账");
        }
        if (user.scope().narrowedTo(prefix).isEmpty()) {
            throw new ForbiddenException("区域 " + prefix + " 不在您的辖区内");
        }
    }

    public void export(CurrentUser user, String prefix, OutputStream out) throws IOException {
        checkMayExport(user, prefix);
        Map<String, String> tagNames = tags.namesByCode();
        audit.record(user, "户籍台账导出", "区域 " + prefix + "（身份证号码和电话已脱敏）");
        RegisterWorkbooks.writeExport(out, tagNames.values(), row -> households.forEachRegisterRow(prefix, user.scope(),
                r -> {
                    List<String> names = new ArrayList<>();
                    r.tags().forEach(code -> names.add(tagNames.getOrDefault(code, code)));
                    row.accept(List.of(r.territoryCode(), r.address(), r.building() == null ? "" : r.building(),
                            r.name(), r.relation(), r.idNumberMasked(), r.phoneMasked() == null ? "" : r.phoneMasked(),
                            String.join("、", names)));
                }));
    }
}
