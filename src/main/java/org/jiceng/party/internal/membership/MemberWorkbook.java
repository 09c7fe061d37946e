package org.jiceng.party.internal.membership;

import static org.jiceng.Action.EXPORT;
import static org.jiceng.Action.IMPORT;
import static org.jiceng.Resource.PARTY_FILE;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.XlsxSheet;
import org.jiceng.party.MemberView;
import org.jiceng.party.internal.MemberAdmission;
import org.jiceng.party.internal.PartyService;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members in and out of Excel. The import registers every row or none, listing the problems by row; the export
 * carries the import's columns, so it serves as the template, and ID and phone numbers only masked, as the
 * register shows them.
 */
@Service
public class MemberWorkbook {

    public static final List<String> COLUMNS = List.of("居民编号", "党组织编号", "入党日期", "党员类别", "在职党员", "工作单位",
            "党员中心户");
    static final int MAX_ROWS = 2000;
    static final int MAX_EXPORT = 20_000;

    private final PartyService party;
    private final MemberAdmission admission;
    private final ObjectProvider<PeopleApi> people;

    MemberWorkbook(PartyService party, MemberAdmission admission, ObjectProvider<PeopleApi> people) {
        this.party = party;
        this.admission = admission;
        this.people = people;
    }

    public record Imported(int rows, List<Long> created) {
    }

    @Transactional
    public Imported importRows(CurrentUser user, InputStream file) {
        MembershipAccess.where(user, PARTY_FILE, IMPORT);
        Workbook book;
        try {
            book = WorkbookFactory.create(file);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("file", "无法读取该文件，请上传 Excel（.xlsx）文件，可先导出一份作为模板");
        }
        try (book) {
            Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
            if (sheet == null || sheet.getRow(0) == null) {
                throw new BadInputException("file", "工作表为空：第一行须为表头 " + String.join("、", COLUMNS));
            }
            Map<String, Integer> columns = org.jiceng.XlsxRows.header(sheet.getRow(0), COLUMNS);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new BadInputException("file", "一次最多导入 " + MAX_ROWS + " 行，请分批导入");
            }
            List<String> problems = new ArrayList<>();
            List<Long> created = new ArrayList<>();
            int rows = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = new HashMap<>();
                COLUMNS.forEach(c -> cells.put(c, org.jiceng.XlsxRows.text(row, columns.get(c))));
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows++;
                try {
                    created.add(admission.admit(new MemberAdmission.Request(number(cells.get("居民编号"), "居民编号"),
                            number(cells.get("党组织编号"), "党组织编号"), cells.get("入党日期"), status(cells.get("党员类别")),
                            yes(cells.get("党员中心户"), "党员中心户"), yes(cells.get("在职党员"), "在职党员"),
                            cells.get("工作单位")), user));
                } catch (BadInputException | ConflictException | ForbiddenException | NotFoundException e) {
                    problems.add("第 " + (r + 1) + " 行：" + e.getMessage());
                }
            }
            if (rows == 0) {
                throw new BadInputException("file", "表中没有数据行");
            }
            if (!problems.isEmpty()) {
                // the exception rolls back the rows already written: an import is all or nothing
                throw new BadInputException("file", "导入未写入任何数据，请改正后重新上传：" + String.join("；",
                        problems.subList(0, Math.min(50, problems.size())))
                        + (problems.size() > 50 ? "；另有 " + (problems.size() - 50) + " 处问题" : ""));
            }
            return new Imported(rows, created);
        } catch (IOException e) {
            throw new BadInputException("file", "无法读取该文件");
        }
    }

    /** The members under {@code territory}, in the import's columns and then what is shown, ID and phone masked. */
    public XlsxSheet export(CurrentUser user, String territory) {
        Scope scope = MembershipAccess.where(user, PARTY_FILE, EXPORT);
        if (territory != null && !territory.isBlank()) {
            if (!territory.strip().matches("[0-9]{6,15}")) {
                throw new BadInputException("territory", "区划代码须为 6 到 15 位数字");
            }
            scope = scope.narrowedTo(territory.strip());
            if (scope.isEmpty()) {
                throw new ForbiddenException("区域 " + territory.strip() + " 不在您的辖区内");
            }
        }
        List<MemberView> members = new ArrayList<>();
        String after = null;
        do {
            Page<MemberView> page = party.members(scope, after, Page.MAX_LIMIT);
            members.addAll(page.items());
            after = page.next();
            if (members.size() > MAX_EXPORT) {
                throw new BadInputException("territory", "超过 " + MAX_EXPORT + " 名党员，请选择更小的区划导出");
            }
        } while (after != null);
        List<String> headings = new ArrayList<>(COLUMNS);
        headings.addAll(List.of("党员编号", "姓名", "所在党组织", "区划代码", "身份证号", "联系电话"));
        XlsxSheet sheet = new XlsxSheet("党员名册", headings);
        PeopleApi register = people.getIfAvailable();
        for (MemberView m : members) {
            ResidentView resident = register == null ? null : register.resident(m.residentId(), Scope.everything())
                    .orElse(null);
            sheet.row(m.residentId(), m.organisationId(), m.joinedOn().toString(), m.status().label(),
                    m.inService() ? "是" : "否", m.employer(), m.centralHousehold() ? "是" : "否", m.id(), m.name(),
                    m.organisationName(), m.territoryCode(), resident == null ? null : resident.idNumber(),
                    resident == null ? null : resident.phone());
        }
        if (register != null) {
            register.recordBulkAccess(user, "党员名册导出", territory == null || territory.isBlank() ? "" : territory.strip(),
                    members.size());
        }
        return sheet;
    }



    private static Long number(String text, String column) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(column + "须为数字");
        }
    }

    /** 正式党员 / 预备党员 as the export writes them, or the code; blank lets the probation rule decide. */
    private static String status(String text) {
        return switch (text == null ? "" : text) {
            case "正式党员" -> "FULL";
            case "预备党员" -> "PROBATIONARY";
            default -> text;
        };
    }

    private static Boolean yes(String text, String column) {
        return switch (text == null ? "" : text) {
            case "", "否" -> false;
            case "是" -> true;
            default -> throw new BadInputException(column + "应填“是”或“否”");
        };
    }
}
