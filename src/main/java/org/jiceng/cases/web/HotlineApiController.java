package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.cases.internal.HotlineImport;
import org.jiceng.cases.internal.HotlineRows;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/hotline/orders}: hotline 12345 work orders as {@code text/csv}, {@code application/json}
 * or a multipart {@code file}; answers what was filed, what existed and every bad row (docs/hotline-import.md).
 */
@RestController
@RequestMapping("/api/v1/hotline/orders")
class HotlineApiController {

    private final HotlineImport imports;
    private final JsonMapper json;

    HotlineApiController(HotlineImport imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @Guard(resource = Resource.HOTLINE_ORDER, action = Action.IMPORT)
    @PostMapping(consumes = {"text/csv", "application/csv", "text/plain"})
    HotlineImport.Result csv(HttpServletRequest request, CurrentUser user) throws IOException {
        HotlineImport.scopeOf(user);
        return imports.importOrders(user, HotlineRows.csv(body(request.getInputStream())));
    }

    @Guard(resource = Resource.HOTLINE_ORDER, action = Action.IMPORT)
    @PostMapping(consumes = "application/json")
    HotlineImport.Result json(HttpServletRequest request, CurrentUser user) throws IOException {
        HotlineImport.scopeOf(user);
        return imports.importOrders(user, HotlineRows.json(body(request.getInputStream()), json));
    }

    @Guard(resource = Resource.HOTLINE_ORDER, action = Action.IMPORT)
    @PostMapping(consumes = "multipart/form-data")
    HotlineImport.Result file(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user)
            throws IOException {
        HotlineImport.scopeOf(user);
        return imports.importOrders(user, rows(file, json));
    }

    @Guard(resource = Resource.HOTLINE_ORDER, action = Action.IMPORT)
    @PostMapping
    HotlineImport.Result other(CurrentUser user) {
        HotlineImport.scopeOf(user);
        throw new BadInputException("请以 text/csv、application/json 或 multipart/form-data（字段 file）提交工单");
    }

    /** The rows of an uploaded file: JSON by its name or type, CSV otherwise. */
    static List<HotlineRows.Row> rows(MultipartFile file, JsonMapper json) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadInputException("请选择要上传的工单文件（CSV 或 JSON）");
        }
        if (file.getSize() > HotlineRows.MAX_BYTES) {
            throw new BadInputException("文件超过 10 MB 的上限，请拆分后分批导入");
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = body(in);
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
        boolean isJson = name.endsWith(".json") || String.valueOf(file.getContentType()).contains("json");
        return isJson ? HotlineRows.json(content, json) : HotlineRows.csv(content);
    }

    /** At most the limit and one byte more, so a larger body is refused without reading it all. */
    static byte[] body(InputStream in) throws IOException {
        byte[] content = in.readNBytes(HotlineRows.MAX_BYTES + 1);
        if (content.length > HotlineRows.MAX_BYTES) {
            throw new BadInputException("文件超过 10 MB 的上限，请拆分后分批导入");
        }
        return content;
    }
}
