package org.jiceng;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reading the rows of an uploaded sheet, for every import: columns found by their header (in any order, extra
 * columns ignored, missing ones named in Chinese), cells read as the text a person sees, a date cell as
 * "yyyy-MM-dd" whatever its display format. The writing side is {@link XlsxSheet}.
 */
public final class XlsxRows {

    private static final DataFormatter FORMAT = new DataFormatter();

    private XlsxRows() {
    }

    /** The column of each header of the first row; refuses a sheet missing any of {@code required}. */
    public static Map<String, Integer> header(Row row, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        if (row != null) {
            for (Cell cell : row) {
                columns.put(FORMAT.formatCellValue(cell).strip(), cell.getColumnIndex());
            }
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException("file", "表头缺少列：" + String.join("、", missing) + "（第一行须为 "
                    + String.join("、", required) + "）");
        }
        return columns;
    }

    /** The cell's text as shown, stripped; a date cell as its ISO date; "" for no row, column or cell. */
    public static String text(Row row, Integer column) {
        Cell cell = cellOf(row, column);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return FORMAT.formatCellValue(cell).strip();
    }

    /**
     * As {@link #text}, but a number cell as its plain decimal value rather than as displayed (an amount shown
     * "1,234.5" reads "1234.5"), for amounts that must be read exactly to the fen.
     */
    public static String exact(Row row, Integer column) {
        Cell cell = cellOf(row, column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return text(row, column);
    }

    private static Cell cellOf(Row row, Integer column) {
        return row == null || column == null ? null : row.getCell(column);
    }
}
