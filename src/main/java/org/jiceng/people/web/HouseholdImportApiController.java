package org.jiceng.people.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.people.internal.HouseholdImports;
import org.jiceng.people.internal.RegisterExport;
import org.jiceng.territory.Level;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel import (an asynchronous job) and export of the household register, under {@code /api/v1/households}. */
@RestController
@RequestMapping("/api/v1/households")
class HouseholdImportApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HouseholdImports imports;
    private final RegisterExport export;

    HouseholdImportApiController(HouseholdImports imports, RegisterExport export) {
        this.imports = imports;
        this.export = export;
    }

    @Guard(resource = Resource.REGISTER_FILE, action = Action.IMPORT)
    @PostMapping("/import")
    ResponseEntity<Map<String, UUID>> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                                             CurrentUser user) throws IOException {
        UUID id = start(imports, file, user);
        return ResponseEntity.accepted().location(URI.create("/api/v1/households/import/" + id)).body(Map.of("jobId", id));
    }

    @Guard(resource = Resource.REGISTER_FILE, action = Action.IMPORT)
    @GetMapping("/import/{jobId}")
    HouseholdImports.JobView job(@PathVariable String jobId, CurrentUser user) {
        return job(imports, jobId, user);
    }

    @Guard(resource = Resource.REGISTER_FILE, action = Action.EXPORT)
    @GetMapping("/export")
    void export(@RequestParam String territory, CurrentUser user, HttpServletResponse response) throws IOException {
        if (Level.ofCode(territory) == null) {
            throw new BadInputException("territory 须为区划或网格代码前缀（2–15 位数字）");
        }
        export.checkMayExport(user, territory);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("户籍台账-" + territory + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        export.export(user, territory, response.getOutputStream());
    }

    static UUID start(HouseholdImports imports, MultipartFile file, CurrentUser user) throws IOException {
        if (file == null) {
            throw new BadInputException("请以 multipart/form-data 上传 Excel 文件（.xlsx），字段名为 file");
        }
        try (InputStream content = file.getInputStream()) {
            return imports.start(user, file.getOriginalFilename(), file.getSize(), content);
        }
    }

    static HouseholdImports.JobView job(HouseholdImports imports, String jobId, CurrentUser user) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("导入任务 " + jobId + " 不存在");
        }
        return imports.job(id, user).orElseThrow(() -> new NotFoundException("导入任务 " + jobId + " 不存在或您无权查看"));
    }
}
