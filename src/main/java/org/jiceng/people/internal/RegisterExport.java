package org.jiceng.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
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
    private final PeopleAccess access;
    private final AccessLog log;

    RegisterExport(HouseholdRepository households, TagCatalog tags, AuditTrail audit, PeopleAccess access, AccessLog log) {
        this.households = households;
        this.tags = tags;
        this.audit = audit;
        this.access = access;
        this.log = log;
    }

    public void template(OutputStream out) throws IOException {
        RegisterWorkbooks.writeTemplate(out, tags.namesByCode().values());
    }

    /** Checks the role and scope first: call before the response is committed. */
    public void checkMayExport(CurrentUser user, String prefix) {
        if (!access.mayExport(user, prefix)) {
            throw new ForbiddenException("区域 " + prefix + " 不在您的辖区内");
        }
    }

    /** Writes the workbook; the access log gets the export with the rows written, even if the download broke off. */
    public void export(CurrentUser user, String prefix, OutputStream out) throws IOException {
        checkMayExport(user, prefix);
        Map<String, String> tagNames = tags.namesByCode();
        audit.record(user, "户籍台账导出", "区域 " + prefix + "（身份证号码和电话已脱敏）");
        int[] rows = {0};
        try {
            RegisterWorkbooks.writeExport(out, tagNames.values(), row -> households.forEachRegisterRow(prefix,
                    access.exportScope(user), r -> {
                        List<String> names = new ArrayList<>();
                        r.tags().forEach(code -> names.add(tagNames.getOrDefault(code, code)));
                        row.accept(List.of(r.territoryCode(), r.address(), r.building() == null ? "" : r.building(),
                                r.name(), r.relation(), r.idNumberMasked(), r.phoneMasked() == null ? "" : r.phoneMasked(),
                                String.join("、", names)));
                        rows[0]++;
                    }));
        } finally {
            log.record(user.username(), AccessKind.EXPORT, prefix, "户籍台账 Excel（号码已脱敏）", null, rows[0]);
        }
    }
}
