package org.jiceng.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.cases.internal.CaseAccess;
import org.jiceng.cases.internal.CaseExport;
import org.jiceng.cases.internal.CaseFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The desk's list as an Excel 台账: {@code GET /cases/desk.xlsx} and {@code GET /api/v1/cases.xlsx} take the
 * list's own parameters (bound by {@link CaseListQuery}, so a filter the list learns the export learns too), and
 * answer 诉求台账-&lt;territory&gt;-&lt;Beijing date&gt;.xlsx. A REST controller so that the API's path is in the
 * OpenAPI document (and so in the authorisation matrix); both write the file to the response themselves.
 */
@RestController
class CaseExportController {

    private final CaseExport export;
    private final Clock clock;

    CaseExportController(CaseExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @Guard(resource = Resource.CASE, action = Action.EXPORT)
    @GetMapping("/cases/desk.xlsx")
    void desk(CaseListQuery query, CurrentUser user, HttpServletResponse response) throws IOException {
        write(query, user, response);
    }

    @Guard(resource = Resource.CASE, action = Action.EXPORT)
    @GetMapping("/api/v1/cases.xlsx")
    void api(CaseListQuery query, CurrentUser user, HttpServletResponse response) throws IOException {
        write(query, user, response);
    }

    private void write(CaseListQuery query, CurrentUser user, HttpServletResponse response) throws IOException {
        CaseExport.checkMayExport(user);
        CaseFilter filter = query.filter();
        try (XlsxSheet sheet = export.sheet(user, filter)) {
            response.setContentType(XlsxSheet.CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment(
                    "诉求台账-" + place(filter, user) + "-" + Beijing.today(clock) + ".xlsx"));
            sheet.writeTo(response.getOutputStream());
        }
    }

    /** The territory asked for, else the first the user reads cases in, else their home. */
    private static String place(CaseFilter filter, CurrentUser user) {
        if (filter.territory() != null) {
            return filter.territory();
        }
        var scope = CaseAccess.readScope(user);
        return scope.isEmpty() ? user.homeTerritory() : scope.prefixes().getFirst();
    }
}
