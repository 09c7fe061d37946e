package org.jiceng.territory.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import org.jiceng.CsvRows;

/**
 * Streams the rows of NBS division files one at a time, checking each as it goes: the header, the number
 * of fields, the code's digits and length for the level, a non-empty name, the redundant ancestor columns
 * against the code's prefix, and duplicate codes across all the sources. Any problem is a
 * {@link DivisionFormatException} naming file, line and field. Only the codes seen are remembered (in a
 * {@link CodeIndex}), never the rows, so the whole country reads in constant memory apart from that.
 * <p>
 * Sources are read province first, so a row's parent, if it is in the files at all, has been read before
 * it: a parent not seen by then is an {@link OutsideParent}, which the database must supply.
 */
public final class DivisionReader implements Closeable {

    /** Progress is reported every this many rows of a file, and at its end. */
    public static final int PROGRESS_EVERY = 100_000;

    private final List<DivisionSource> sources;
    private final ImportProgress progress;
    private final CodeIndex seen = new CodeIndex();
    private final Map<String, OutsideParent> outside = new LinkedHashMap<>();
    private int sourceIndex = -1;
    private Reader reader;
    private CsvRows csv;
    private List<String> header;
    private int[] columnOf;
    private long rowsInFile;

    public DivisionReader(List<DivisionSource> sources, ImportProgress progress) {
        this.sources = sources.stream().sorted(Comparator.comparing(DivisionSource::level)).toList();
        this.progress = progress;
    }

    /** Reads everything into a list: for tests and small files, not for the country. */
    public static List<DivisionRow> readAll(List<DivisionSource> sources) throws IOException {
        List<DivisionRow> rows = new ArrayList<>();
        try (DivisionReader reader = new DivisionReader(sources, ImportProgress.NONE)) {
            for (DivisionRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The next row, checked, or null when every source has been read. */
    public DivisionRow next() throws IOException {
        while (true) {
            if (csv == null && !openNext()) {
                return null;
            }
            List<String> record = nextRecord();
            if (record == null) {
                progress.rowsRead(source().name(), rowsInFile, true);
                closeCurrent();
                continue;
            }
            DivisionRow row = new RowCheck(source(), csv.line(), header, columnOf).check(record);
            long firstSeen = seen.putIfAbsent(row.code(), sourceIndex, csv.line());
            if (firstSeen >= 0) {
                throw duplicate(row.code(), firstSeen);
            }
            if (row.parentCode() != null && seen.find(row.parentCode()) < 0) {
                outside.merge(row.parentCode(), new OutsideParent(row.parentCode(), sourceIndex, csv.line(), 1),
                        (first, next) -> new OutsideParent(first.code(), first.source(), first.line(), first.rows() + 1));
            }
            if (++rowsInFile % PROGRESS_EVERY == 0) {
                progress.rowsRead(source().name(), rowsInFile, false);
            }
            return row;
        }
    }

    /** The source the last row came from. */
    public DivisionSource source() {
        return sources.get(sourceIndex);
    }

    /** The index in {@link #sources()} of the last row's source. */
    public int sourceIndex() {
        return sourceIndex;
    }

    /** The line (1-based, the header being line 1) the last row started on. */
    public long line() {
        return csv == null ? 0 : csv.line();
    }

    /** The sources in the order they are read: by level, province first. */
    public List<DivisionSource> sources() {
        return sources;
    }

    /** The parents referred to so far that are not in the files, in the order first referred to. */
    public List<OutsideParent> outsideParents() {
        return List.copyOf(outside.values());
    }

    private boolean openNext() throws IOException {
        if (sourceIndex + 1 >= sources.size()) {
            return false;
        }
        sourceIndex++;
        DivisionSource source = source();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        reader = new InputStreamReader(source.openDecompressed(), decoder);
        csv = CsvRows.strict(reader);
        rowsInFile = 0;
        readHeader(source);
        return true;
    }

    private void readHeader(DivisionSource source) throws IOException {
        List<String> expected = source.level().columns();
        String wanted = String.join(",", expected);
        List<String> first = nextRecord();
        if (first == null) {
            throw new DivisionFormatException(source.name(), 1, null, "文件为空，缺少表头“" + wanted + "”");
        }
        header = first.stream().map(String::strip).toList();
        if (!header.isEmpty() && RowCheck.isDigits(header.getFirst())) {
            throw new DivisionFormatException(source.name(), 1, null, "缺少表头，第一行应为“" + wanted + "”");
        }
        // columns are found by name, so a file whose columns were reordered still reads correctly
        columnOf = new int[expected.size()];
        for (int i = 0; i < expected.size(); i++) {
            columnOf[i] = header.indexOf(expected.get(i));
        }
        boolean complete = header.size() == expected.size() && header.stream().distinct().count() == header.size()
                && java.util.Arrays.stream(columnOf).allMatch(index -> index >= 0);
        if (!complete) {
            throw new DivisionFormatException(source.name(), 1, null, "表头应为“" + wanted + "”（"
                    + source.level().label() + "区划），实际为“" + String.join(",", header) + "”");
        }
    }

    private List<String> nextRecord() throws IOException {
        String name = source().name();
        try {
            return csv.next();
        } catch (CsvRows.Malformed e) {
            String field = header != null && e.field() >= 0 && e.field() < header.size()
                    ? header.get(e.field()) : null;
            throw new DivisionFormatException(name, e.line(), field, e.getMessage());
        } catch (CharacterCodingException e) {
            throw new DivisionFormatException(name, "不是有效的 UTF-8 文本，请以 UTF-8 编码保存后重试");
        } catch (ZipException | EOFException e) {
            throw new DivisionFormatException(name, "不是完整有效的 gzip 文件（" + e.getMessage() + "）");
        }
    }

    private DivisionFormatException duplicate(String code, long firstSeen) {
        int firstSource = CodeIndex.source(firstSeen);
        String where = firstSource == sourceIndex ? "" : sources.get(firstSource).name() + " ";
        return new DivisionFormatException(source().name(), csv.line(), "code",
                "编码 " + code + " 重复，已出现在" + where + "第 " + CodeIndex.line(firstSeen) + " 行");
    }

    private void closeCurrent() throws IOException {
        Reader current = reader;
        CsvRows rows = csv;
        reader = null;
        csv = null;
        header = null;
        if (rows != null) {
            rows.close();
        }
        if (current != null) {
            current.close();
        }
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
    }
}
