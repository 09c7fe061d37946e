package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.cases.internal.HotlineImport;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** The hotline import page for town staff: upload a CSV or JSON file, see what was filed and every bad row. */
@Controller
class HotlinePageController {

    static final String TEMPLATE = "cases/hotline-orders-sample.csv";
    /** The Chinese column names the result table shows beside the field names the API answers. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("orderId", "工单编号"),
            Map.entry("receivedAt", "受理时间"), Map.entry("categoryCode", "分类代码"),
            Map.entry("categoryName", "分类名称"), Map.entry("content", "诉求内容"),
            Map.entry("lat", "纬度"), Map.entry("lon", "经度"),
            Map.entry("territoryCode", "区划代码"), Map.entry("address", "地址"),
            Map.entry("callerName", "来电人"), Map.entry("urgent", "是否紧急"),
            Map.entry("row", "整行"));

    private final HotlineImport imports;
    private final JsonMapper json;

    HotlinePageController(HotlineImport imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @Guard(resource = Resource.HOTLINE_ORDER, action = Action.IMPORT)
    @GetMapping("/hotline/import")
    String form(CurrentUser user) {
        HotlineImport.scopeOf(user);
        return "cases/hotline-import";
    }

    @Guard(resource = Resource.HOTLINE_ORDER, action = Action.IMPORT)
    @PostMapping("/hotline/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user, Model model,
                  HttpServletResponse response) throws IOException {
        HotlineImport.scopeOf(user);
        try {
            model.addAttribute("result", imports.importOrders(user, HotlineApiController.rows(file, json)));
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("labels", LABELS);
        } catch (BadInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        }
        return "cases/hotline-import";
    }

    @Guard(resource = Resource.HOTLINE_ORDER, action = Action.IMPORT)
    @GetMapping("/hotline/import/template.csv")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("12345工单导入模板.csv", StandardCharsets.UTF_8).build().toString());
        try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
            // a byte-order mark, so that Excel opens the UTF-8 file with its Chinese intact
            response.getOutputStream().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            in.transferTo(response.getOutputStream());
        }
    }
}
