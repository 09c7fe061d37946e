package org.jiceng.people.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.people.internal.HouseholdImports;
import org.jiceng.people.internal.PeopleAccess;
import org.jiceng.people.internal.RegisterExport;
import org.jiceng.territory.TerritoryApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The Excel import pages: the upload form and the job page, which polls its progress every second. */
@Controller
class HouseholdImportPageController {

    private final HouseholdImports imports;
    private final RegisterExport export;
    private final TerritoryApi territory;
    private final PeopleAccess access;

    HouseholdImportPageController(HouseholdImports imports, RegisterExport export, TerritoryApi territory,
                                  PeopleAccess access) {
        this.imports = imports;
        this.export = export;
        this.territory = territory;
        this.access = access;
    }

    @Guard(resource = Resource.REGISTER_FILE, action = Action.IMPORT)
    @GetMapping("/people/import")
    String form(CurrentUser user, Model model) {
        HouseholdImports.requireEditor(user);
        String home = access.importScope(user).prefixes().getFirst();
        model.addAttribute("territory", home);
        model.addAttribute("place", home.length() == 15
                ? territory.grid(home, access.importScope(user)).map(g -> g.name()).orElse(home)
                : territory.division(home).map(d -> d.name()).orElse(home));
        model.addAttribute("canExport", access.mayExport(user, home));
        return "people/import";
    }

    @Guard(resource = Resource.REGISTER_FILE, action = Action.IMPORT)
    @PostMapping("/people/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user, Model model,
                  HttpServletResponse response) throws IOException {
        try {
            UUID id = HouseholdImportApiController.start(imports, file, user);
            return "redirect:/people/import/" + id;
        } catch (BadInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            return form(user, model);
        }
    }

    @Guard(resource = Resource.REGISTER_FILE, action = Action.IMPORT)
    @GetMapping("/people/import/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType(HouseholdImportApiController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("户籍台账导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        export.template(response.getOutputStream());
    }

    @Guard(resource = Resource.REGISTER_FILE, action = Action.IMPORT)
    @GetMapping("/people/import/{jobId}")
    String job(@PathVariable String jobId, CurrentUser user, Model model) {
        model.addAttribute("job", HouseholdImportApiController.job(imports, jobId, user));
        return "people/import-job";
    }

    /** The progress block alone, for htmx to swap in; once the job has finished it stops asking. */
    @Guard(resource = Resource.REGISTER_FILE, action = Action.IMPORT)
    @GetMapping("/people/import/{jobId}/progress")
    String progress(@PathVariable String jobId, CurrentUser user, Model model) {
        model.addAttribute("job", HouseholdImportApiController.job(imports, jobId, user));
        return "people/import-job :: progress";
    }
}
