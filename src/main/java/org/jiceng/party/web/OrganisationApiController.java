package org.jiceng.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.internal.organisation.OrganisationChanges;
import org.jiceng.party.internal.organisation.OrganisationRecords;
import org.jiceng.party.internal.organisation.OrganisationWorkbook;
import org.jiceng.party.web.PartyJson.Organisation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Party organisations built and changed under {@code /api/v1/party/organisations}: create, rename/move/refocus
 * (PATCH, naming the version read), merge, dissolve, the elected committee, the history of changes, a 大党委's
 * member units and 联席会议, and the organisations in and out of Excel. Outside the caller's scope: 404.
 */
@RestController
@RequestMapping("/api/v1/party")
class OrganisationApiController {

    private final OrganisationChanges changes;
    private final OrganisationRecords records;
    private final OrganisationWorkbook workbook;

    OrganisationApiController(OrganisationChanges changes, OrganisationRecords records, OrganisationWorkbook workbook) {
        this.changes = changes;
        this.records = records;
        this.workbook = workbook;
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.CREATE)
    @PostMapping("/organisations")
    ResponseEntity<Organisation> create(@RequestBody OrganisationChanges.Create request, CurrentUser user) {
        OrganisationView o = changes.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/party/organisations/" + o.id())).body(Organisation.of(o));
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.UPDATE)
    @PatchMapping("/organisations/{id}")
    Organisation change(@PathVariable long id, @RequestBody OrganisationChanges.Change request, CurrentUser user) {
        return Organisation.of(changes.change(user, id, request));
    }

    /** Merges this organisation into {@code survivorId}; it is dissolved, citing the survivor. */
    @Guard(resource = Resource.PARTY_ORG, action = Action.ACT)
    @PostMapping("/organisations/{id}/merge")
    Organisation merge(@PathVariable long id, @RequestBody OrganisationChanges.Merge request, CurrentUser user) {
        return Organisation.of(changes.merge(user, id, request));
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.ACT)
    @PostMapping("/organisations/{id}/dissolve")
    Organisation dissolve(@PathVariable long id, @RequestBody OrganisationChanges.Dissolve request, CurrentUser user) {
        return Organisation.of(changes.dissolve(user, id, request));
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/organisations/{id}/committee")
    OrganisationRecords.Committee committee(@PathVariable long id, CurrentUser user) {
        return records.committee(user, id);
    }

    /** Records an election (换届): the term and the 书记, 副书记 and 委员; earlier committees stay in the record. */
    @Guard(resource = Resource.PARTY_ORG, action = Action.UPDATE)
    @PostMapping("/organisations/{id}/committee")
    ResponseEntity<OrganisationRecords.Committee> elect(@PathVariable long id,
                                                        @RequestBody OrganisationRecords.Elect request, CurrentUser user) {
        return ResponseEntity.status(201).body(records.elect(user, id, request));
    }

    /** Every change of the organisation, newest first. */
    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/organisations/{id}/history")
    Page<OrganisationRecords.Event> history(@PathVariable long id, @RequestParam(required = false) String after,
                                            @RequestParam(required = false) Integer limit, CurrentUser user) {
        return records.history(user, id, after, Page.limit(limit));
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/organisations/{id}/units")
    Page<OrganisationRecords.MemberUnit> units(@PathVariable long id, CurrentUser user) {
        return new Page<>(records.units(user, id), null);
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.UPDATE)
    @PostMapping("/organisations/{id}/units")
    ResponseEntity<OrganisationRecords.MemberUnit> addUnit(@PathVariable long id,
                                                           @RequestBody OrganisationRecords.NewUnit request, CurrentUser user) {
        return ResponseEntity.status(201).body(records.addUnit(user, id, request));
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.READ)
    @GetMapping("/organisations/{id}/joint-meetings")
    Page<OrganisationRecords.JointMeeting> meetings(@PathVariable long id, CurrentUser user) {
        return new Page<>(records.meetings(user, id), null);
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.UPDATE)
    @PostMapping("/organisations/{id}/joint-meetings")
    ResponseEntity<OrganisationRecords.JointMeeting> addMeeting(@PathVariable long id,
                                                                @RequestBody OrganisationRecords.NewMeeting request,
                                                                CurrentUser user) {
        return ResponseEntity.status(201).body(records.addMeeting(user, id, request));
    }

    @Guard(resource = Resource.PARTY_FILE, action = Action.EXPORT)
    @GetMapping("/organisations.xlsx")
    void export(@RequestParam(required = false) String territory, CurrentUser user, HttpServletResponse response)
            throws IOException {
        try (XlsxSheet sheet = workbook.export(user, territory)) {
            response.setContentType(XlsxSheet.CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment("党组织.xlsx"));
            sheet.writeTo(response.getOutputStream());
        }
    }

    /** Creates the organisations of the file's rows: all of them, or none with every problem named by its row. */
    @Guard(resource = Resource.PARTY_FILE, action = Action.IMPORT)
    @PostMapping(path = "/organisations.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<OrganisationWorkbook.Imported> importRows(@RequestParam("file") MultipartFile file, CurrentUser user)
            throws IOException {
        if (file.isEmpty()) {
            throw new BadInputException("file", "上传的文件是空的");
        }
        return ResponseEntity.status(201).body(workbook.importRows(user, file.getInputStream()));
    }
}
