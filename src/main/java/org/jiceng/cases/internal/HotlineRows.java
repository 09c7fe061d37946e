package org.jiceng.cases.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.BadInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads hotline 12345 work orders from CSV (UTF-8, or GB18030 as Excel saves it in China; a header row with our
 * field names or their Chinese names) or JSON (an array of objects, or {@code {"orders": [...]}}). Rows are
 * numbered as a spreadsheet shows them: in CSV the header is row 1, in JSON the first order is row 1.
 * Whole-file problems (too big, no header, not JSON) are a 400; row problems are the import's to report.
 */
public final class HotlineRows {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;

    /** Our field names, each with the names a hotline export or a clerk may use instead. */
    static final Map<String, List<String>> FIELDS = fields();

    /**
     * One order as read: its row number, its fields by our names (blank values left out) and, when the row
     * cannot be read at all (a JSON order that is no object), why.
     */
    public record Row(int number, Map<String, String> values, String problem) {
        String get(String field) {
            return values.get(field);
        }
    }

    private HotlineRows() {
    }

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("orderId", List.of("工单编号", "工单号", "order_id"));
        fields.put("receivedAt", List.of("受理时间", "来电时间", "received_at"));
        fields.put("categoryCode", List.of("分类代码", "category_code"));
        fields.put("categoryName", List.of("分类名称", "诉求分类", "category_name"));
        fields.put("content", List.of("诉求内容", "工单内容", "description"));
        fields.put("lat", List.of("纬度", "latitude"));
        fields.put("lon", List.of("经度", "lng", "long", "longitude"));
        fields.put("territoryCode", List.of("区划代码", "网格代码", "territory_code"));
        fields.put("address", List.of("地址", "事发地址"));
        fields.put("callerName", List.of("来电人", "来电人姓名", "caller_name"));
        fields.put("urgent", List.of("是否紧急", "紧急"));
        return fields;
    }

    /** Our name for a column or JSON key, or null for one we do not read (e.g. a caller's phone: never imported). */
    static String fieldOf(String name) {
        String clean = name.strip().replace("\uFEFF", "");
        for (Map.Entry<String, List<String>> field : FIELDS.entrySet()) {
            if (field.getKey().equalsIgnoreCase(clean)
                    || field.getValue().stream().anyMatch(alias -> alias.equalsIgnoreCase(clean))) {
                return field.getKey();
            }
        }
        return null;
    }

    public static List<Row> csv(byte[] content) {
        checkSize(content);
        List<List<String>> records = org.jiceng.CsvRows.lenientRecords(decode(content));
        if (records.isEmpty()) {
            throw new BadInputException("文件是空的：第 1 行应为表头（orderId, receivedAt, categoryCode, content, …）");
        }
        List<String> header = records.getFirst().stream().map(HotlineRows::fieldOf).toList();
        if (!header.contains("orderId")) {
            throw new BadInputException("表头（第 1 行）缺少工单编号列 orderId（或“工单编号”）；可下载模板对照");
        }
        checkCount(records.size() - 1);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < Math.min(header.size(), record.size()); c++) {
                if (header.get(c) != null && !record.get(c).isBlank()) {
                    values.putIfAbsent(header.get(c), record.get(c).strip());
                }
            }
            rows.add(new Row(i + 1, values, null));
        }
        return checkNotEmpty(rows);
    }

    public static List<Row> json(byte[] content, JsonMapper mapper) {
        checkSize(content);
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JacksonException e) {
            throw new BadInputException("内容不是有效的 JSON：应为工单数组，或 {\"orders\": [...]}");
        }
        JsonNode orders = root != null && root.isObject() ? root.get("orders") : root;
        if (orders == null || !orders.isArray()) {
            throw new BadInputException("JSON 应为工单数组，或 {\"orders\": [...]}");
        }
        checkCount(orders.size());
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode order : orders) {
            number++;
            Map<String, String> values = new LinkedHashMap<>();
            String problem = order.isObject() ? null : "每条工单须为一个 JSON 对象";
            if (order.isObject()) {
                for (Map.Entry<String, JsonNode> property : order.properties()) {
                    String field = fieldOf(property.getKey());
                    JsonNode value = property.getValue();
                    if (field == null || value == null || value.isNull()) {
                        continue;
                    }
                    if (!value.isValueNode()) {
                        problem = "字段 " + field + " 须为文字、数字或 true/false";
                    } else if (!value.asString().isBlank()) {
                        values.putIfAbsent(field, value.asString().strip());
                    }
                }
            }
            rows.add(new Row(number, values, problem));
        }
        return checkNotEmpty(rows);
    }

    /** UTF-8 when the bytes are UTF-8 (a BOM dropped), otherwise GB18030, which Excel uses for CSV in China. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static void checkSize(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new BadInputException("文件超过 10 MB 的上限，请拆分后分批导入");
        }
    }

    private static void checkCount(int count) {
        if (count > MAX_ROWS) {
            throw new BadInputException("一次最多导入 " + MAX_ROWS + " 条工单，本次有 " + count + " 条，请拆分后分批导入");
        }
    }

    private static List<Row> checkNotEmpty(List<Row> rows) {
        if (rows.isEmpty()) {
            throw new BadInputException("文件中没有工单");
        }
        return rows;
    }
}
