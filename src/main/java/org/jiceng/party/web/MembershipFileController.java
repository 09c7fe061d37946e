package org.jiceng.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.party.internal.membership.MemberWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The members' roll as Excel: {@code GET} exports (ID and phone numbers masked), {@code POST} imports all or none. */
@RestController
class MembershipFileController {

    private final MemberWorkbook workbook;

    MembershipFileController(MemberWorkbook workbook) {
        this.workbook = workbook;
    }

    @Guard(resource = Resource.PARTY_FILE, action = Action.EXPORT)
    @GetMapping("/api/v1/party/members.xlsx")
    void export(@RequestParam(required = false) String territory, CurrentUser user, HttpServletResponse response)
            throws IOException {
        try (XlsxSheet sheet = workbook.export(user, territory)) {
            response.setContentType(XlsxSheet.CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment("党员名册.xlsx"));
            sheet.writeTo(response.getOutputStream());
        }
    }

    @Guard(resource = Resource.PARTY_FILE, action = Action.IMPORT)
    @PostMapping(path = "/api/v1/party/members.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    MemberWorkbook.Imported importRows(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        if (file.isEmpty()) {
            throw new BadInputException("file", "上传的文件是空的");
        }
        return workbook.importRows(user, file.getInputStream());
    }
}
