package org.jiceng.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.people.IdNumber;

/** Register workbooks made in memory for the tests: rows of strings, and doubles for numeric cells. */
public final class TestWorkbooks {

    public static final List<Object> HEADER = List.copyOf(RegisterColumn.titles());

    private static final java.util.concurrent.atomic.AtomicInteger NEXT =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(20_000_000));

    private TestWorkbooks() {
    }

    /** Writes the rows (the first usually {@link #HEADER}) into the first sheet of a new .xlsx file. */
    public static Path xlsx(Path dir, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("户籍登记");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            Path file = Files.createTempFile(dir, "register-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid ID number of 会泽县 born on {@code birth}, with sequence {@code seq} (odd: a man). */
    public static String id(LocalDate birth, int seq) {
        String first17 = "530326" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /**
     * A valid ID number no other call in this run gives, and no demo resident holds (the demo register never
     * hands out sequences 900–999): for tests sharing one database. Born 1930–1969: {@code PeopleApiIT.newIdNumber}
     * uses sequences 9xx too, for people born from 1980 on, and the random start must never reach those.
     */
    public static String uniqueId() {
        int n = NEXT.getAndIncrement();
        return id(LocalDate.of(1930, 1, 1).plusDays((n / 100) % 14_600), 900 + n % 100);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheck(String id) {
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        return id.substring(0, 17) + wrong;
    }
}
