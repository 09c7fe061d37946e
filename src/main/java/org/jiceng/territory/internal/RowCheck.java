package org.jiceng.territory.internal;

import java.util.List;

/**
 * The checks of one data line of a division file, given where its columns are. Separate from the reader
 * so that every rule and its message sit together.
 */
record RowCheck(DivisionSource source, long line, List<String> header, int[] columnOf) {

    DivisionRow check(List<String> record) {
        DivisionLevel level = source.level();
        if (record.size() != header.size()) {
            throw new DivisionFormatException(source.name(), line, null,
                    "应有 " + header.size() + " 个字段，实际为 " + record.size() + " 个");
        }
        String code = record.get(columnOf[0]);
        if (code.length() != level.codeLength() || !isDigits(code)) {
            throw problem("code", "应为 " + level.codeLength() + " 位数字，实际为“" + code + "”");
        }
        String name = record.get(columnOf[1]).strip();
        if (name.isEmpty()) {
            throw problem("name", "名称不能为空");
        }
        String parentCode = null;
        List<String> columns = level.columns();
        for (int i = 2; i < columns.size(); i++) {
            String column = columns.get(i);
            String value = record.get(columnOf[i]);
            int length = DivisionLevel.codeLengthOfColumn(column);
            if (value.length() != length || !isDigits(value)) {
                throw problem(column, "应为 " + length + " 位数字，实际为“" + value + "”");
            }
            if (!code.startsWith(value)) {
                throw problem(column, "应为编码 " + code + " 的前 " + length + " 位“" + code.substring(0, length)
                        + "”，实际为“" + value + "”");
            }
            if (i == 2) {
                parentCode = value; // the first ancestor column is the parent (see DivisionLevel)
            }
        }
        return new DivisionRow(code, name, level.number(), parentCode);
    }

    static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private DivisionFormatException problem(String field, String message) {
        return new DivisionFormatException(source.name(), line, field, message);
    }
}
