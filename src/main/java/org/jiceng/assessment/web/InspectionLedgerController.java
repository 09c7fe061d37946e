package org.jiceng.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.assessment.internal.inspection.FindingLedger;
import org.jiceng.assessment.internal.inspection.LedgerFiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The ledger of findings per unit (整改台账) as a page, and as Excel and PDF for those who may export it. */
@Controller
class InspectionLedgerController {

    private final FindingLedger ledger;
    private final LedgerFiles files;

    InspectionLedgerController(FindingLedger ledger, LedgerFiles files) {
        this.ledger = ledger;
        this.files = files;
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/assessment/inspections/ledger")
    String page(CurrentUser user, Model model) {
        model.addAttribute("ledger", ledger.ledger(user, Action.READ));
        model.addAttribute("mayExport", AccessPolicy.mayAtAll(user, Resource.INSPECTION, Action.EXPORT));
        return "assessment/inspection/ledger";
    }

    @Guard(resource = Resource.INSPECTION, action = Action.EXPORT)
    @GetMapping("/assessment/inspections/ledger.xlsx")
    void xlsx(CurrentUser user, HttpServletResponse response) throws IOException {
        FindingLedger.Ledger answer = ledger.ledger(user, Action.EXPORT);
        response.setContentType(XlsxSheet.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment("巡察整改台账-" + answer.on() + ".xlsx"));
        files.xlsx(answer, response.getOutputStream());
    }

    @Guard(resource = Resource.INSPECTION, action = Action.EXPORT)
    @GetMapping("/assessment/inspections/ledger.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user) {
        FindingLedger.Ledger answer = ledger.ledger(user, Action.EXPORT);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment("巡察整改台账-" + answer.on() + ".pdf"))
                .body(files.pdf(answer));
    }
}
