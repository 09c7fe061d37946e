package org.jiceng;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV reader (RFC 4180 on FastCSV): comma-separated, fields optionally in double quotes, a doubled
 * quote inside quotes is one quote, quoted fields may hold commas and line breaks; lines end in LF, CRLF or
 * CR; a leading byte-order mark (as spreadsheet programs write one) is skipped. Two readings:
 * <ul>
 * <li>{@link #strict(Reader)} for files that must be exact (the NBS divisions): blank lines are skipped, and a
 * quote inside an unquoted field or anything but a comma or a line end after a closing quote is refused;</li>
 * <li>{@link #lenient(Reader)} for what spreadsheets export (hotline orders): such quotes are kept as text
 * and a blank line is an empty record, so records count as a spreadsheet's rows do.</li>
 * </ul>
 * Both refuse a quote that is never closed (FastCSV alone would take the rest of the file as the field: the
 * quotes read are counted against those the fields account for to tell).
 */
public final class CsvRows implements Closeable {

    /** A syntax error: the line the record starts on (1-based) and the 0-based field, -1 when not known. */
    public static final class Malformed extends Exception {
        private final long line;
        private final int field;

        Malformed(long line, int field, String message) {
            super(message, null, false, false);
            this.line = line;
            this.field = field;
        }

        public long line() {
            return line;
        }

        public int field() {
            return field;
        }
    }

    private static final String UNQUOTED_QUOTE = "未加引号的字段中不能出现引号";
    private static final String UNCLOSED = "引号没有闭合";
    private static final String AFTER_CLOSING = "右引号后应为逗号或行尾";

    private final QuoteCounting in;
    private final Records handler;
    private final CsvReader<List<String>> reader;
    private final CloseableIterator<List<String>> records;

    private CsvRows(Reader source, boolean strict) {
        this.in = new QuoteCounting(source);
        this.handler = new Records(strict);
        this.reader = CsvReader.builder().skipEmptyLines(strict).allowExtraFields(true).allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(!strict).build(handler, in);
        this.records = reader.iterator();
    }

    public static CsvRows strict(Reader in) {
        return new CsvRows(in, true);
    }

    public static CsvRows lenient(Reader in) {
        return new CsvRows(in, false);
    }

    /**
     * Every record of a text read {@link #lenient(Reader) leniently}; a quote never closed is a
     * {@link BadInputException} naming the line.
     */
    public static List<List<String>> lenientRecords(String text) {
        List<List<String>> all = new ArrayList<>();
        try (CsvRows rows = lenient(new StringReader(text))) {
            for (List<String> record = rows.next(); record != null; record = rows.next()) {
                all.add(List.copyOf(record));
            }
        } catch (Malformed e) {
            throw new BadInputException("CSV 第 " + e.line() + " 行附近的" + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string cannot fail to read
        }
        return all;
    }

    /** The next record's fields (a reused list: copy what you keep), or null at the end of the input. */
    public List<String> next() throws IOException, Malformed {
        try {
            if (records.hasNext()) {
                List<String> record = records.next();
                if (handler.unquotedQuoteAt >= 0) {
                    throw new Malformed(handler.line, handler.unquotedQuoteAt, UNQUOTED_QUOTE);
                }
                return record;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            // in strict mode the parser refuses only text after a closing quote, and fails on a field too long
            // for its buffer, which in practice is a quote left open in a large file
            boolean open = e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("buffer size");
            throw new Malformed(handler.line, handler.fields.size(), open ? UNCLOSED : AFTER_CLOSING);
        }
        if (in.quotes != handler.quotes) {
            throw new Malformed(handler.line, handler.lastFieldIndex, UNCLOSED);
        }
        return null;
    }

    /** The line the last record returned by {@link #next()} started on (1-based, physical lines). */
    public long line() {
        return handler.line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Builds each record into one reused list, counting the quotes its fields stand for. */
    private static final class Records extends AbstractBaseCsvCallbackHandler<List<String>> {
        private final boolean strict;
        private final List<String> fields = new ArrayList<>(8);
        long line;
        long quotes;
        int lastFieldIndex = -1;
        int unquotedQuoteAt = -1;

        Records(boolean strict) {
            this.strict = strict;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            fields.clear();
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
            int inside = 0;
            for (int i = offset, end = offset + length; i < end; i++) {
                if (buf[i] == '"') {
                    inside++;
                }
            }
            if (quoted) {
                quotes += 2 + 2L * inside; // opening, closing, and each quote doubled inside
            } else {
                quotes += inside;
                if (strict && inside > 0 && unquotedQuoteAt < 0) {
                    unquotedQuoteAt = index;
                }
            }
            lastFieldIndex = index;
            fields.add(new String(buf, offset, length));
        }

        @Override
        protected List<String> buildRecord() {
            return fields;
        }
    }

    /** Skips a leading byte-order mark and counts the quotes read, to tell a quote left open. */
    private static final class QuoteCounting extends FilterReader {
        long quotes;
        private boolean started;

        QuoteCounting(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && !started) {
                started = true;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buffer, offset, length);
                    }
                }
            }
            for (int i = offset, end = offset + Math.max(n, 0); i < end; i++) {
                if (buffer[i] == '"') {
                    quotes++;
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0];
        }
    }
}
