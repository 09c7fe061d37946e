package org.jiceng.people.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jiceng.BadInputException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx file with POI's event (SAX) API, one row at a time, so a big file never
 * sits in memory as a workbook. Each cell comes as the text Excel stored and whether it was a number: an ID
 * number typed into a numeric cell has already lost its last digits, and the caller must say so.
 */
final class XlsxRows {

    /** A row as Excel numbers it (1 for the first); {@code texts[i]} is column i's value, "" when empty. */
    record SheetRow(int number, String[] texts, boolean[] numeric) {

        boolean blank() {
            return Arrays.stream(texts).allMatch(String::isBlank);
        }
    }

    @FunctionalInterface
    interface RowHandler {
        /** Returns false to stop reading. */
        boolean row(SheetRow row);
    }

    private XlsxRows() {
    }

    /** Refuses, in Chinese, a file that is not an Excel workbook (.xlsx) with at least one sheet. */
    static void check(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            if (!new XSSFReader(pkg).getSheetsData().hasNext()) {
                throw new BadInputException("该 Excel 文件中没有工作表");
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw unreadable();
        }
    }

    /** Reads the first {@code width} columns of every row of the first sheet, in order, until the handler stops. */
    static void read(Path file, int width, RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = sharedStrings(pkg);
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, width, handler));
                parser.parse(new InputSource(sheet));
            }
        } catch (Stop stop) {
            // the handler has seen enough
        } catch (HandlerFailure failure) {
            throw failure.failure();
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw unreadable();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The workbook's shared strings as plain text, phonetic runs left out. POI's own table answers rich-text
     * objects, whose creation costs more than the rest of the reading together.
     */
    private static List<String> sharedStrings(OPCPackage pkg) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = part.getInputStream()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new DefaultHandler() {
                    private final StringBuilder text = new StringBuilder();
                    private boolean inText;
                    private boolean inPhonetic;

                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        switch (SheetHandler.name(localName, qName)) {
                            case "si" -> text.setLength(0);
                            case "rPh" -> inPhonetic = true;
                            case "t" -> inText = !inPhonetic;
                            default -> {
                            }
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (inText) {
                            text.append(ch, start, length);
                        }
                    }

                    @Override
                    public void endElement(String uri, String localName, String qName) {
                        switch (SheetHandler.name(localName, qName)) {
                            case "si" -> strings.add(text.toString());
                            case "rPh" -> inPhonetic = false;
                            case "t" -> inText = false;
                            default -> {
                            }
                        }
                    }
                });
                parser.parse(new InputSource(in));
            }
        }
        return strings;
    }

    private static BadInputException unreadable() {
        return new BadInputException("无法读取该文件：请上传用 Excel 或 WPS 保存的 .xlsx 工作簿（旧版 .xls 请先“另存为” .xlsx）");
    }

    private static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    /** What the handler threw (a database error, say), carried through the parser untouched. */
    private static final class HandlerFailure extends SAXException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException failure() {
            return (RuntimeException) getCause();
        }
    }

    /** The SpreadsheetML of one sheet: {@code <row r="2"><c r="A2" t="s"><v>0</v></c>…</row>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final List<String> strings;
        private final int width;
        private final RowHandler handler;
        private final StringBuilder text = new StringBuilder();
        private int rowNumber;
        private String[] texts;
        private boolean[] numeric;
        private int column;
        private int nextColumn;
        private String type;
        private boolean collecting;

        SheetHandler(List<String> strings, int width, RowHandler handler) {
            this.strings = strings;
            this.width = width;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    texts = new String[width];
                    Arrays.fill(texts, "");
                    numeric = new boolean[width];
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? nextColumn : columnOf(ref);
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    text.setLength(0);
                }
                case "v" -> collecting = true;
                case "t" -> collecting = "inlineStr".equals(type);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    if (column < width) {
                        boolean isNumber = (type == null || "n".equals(type)) && !text.isEmpty();
                        texts[column] = "s".equals(type) && !text.isEmpty()
                                ? strings.get(Integer.parseInt(text.toString().strip()))
                                : text.toString();
                        numeric[column] = isNumber;
                    }
                }
                case "row" -> {
                    boolean more;
                    try {
                        more = handler.row(new SheetRow(rowNumber, texts, numeric));
                    } catch (RuntimeException e) {
                        throw new HandlerFailure(e);
                    }
                    if (!more) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        private static String name(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            return qName.substring(qName.indexOf(':') + 1);
        }

        /** "AB12" → 27 (zero-based column of the cell reference). */
        static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
