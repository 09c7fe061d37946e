package org.jiceng.territory.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jiceng.territory.Level;

/**
 * The five levels of the NBS statistical codes and the CSV file that holds each. Every column after
 * {@code name} names an ancestor's code; the first of them is the parent. They are redundant (each is a
 * prefix of {@code code}) and are checked rather than trusted.
 */
public enum DivisionLevel {
    PROVINCE(Level.PROVINCE, "provinces", "省级", List.of("code", "name")),
    CITY(Level.CITY, "cities", "地级", List.of("code", "name", "provinceCode")),
    AREA(Level.COUNTY, "areas", "县级", List.of("code", "name", "cityCode", "provinceCode")),
    STREET(Level.TOWN, "streets", "乡级", List.of("code", "name", "areaCode", "provinceCode", "cityCode")),
    VILLAGE(Level.VILLAGE, "villages", "村级", List.of("code", "name", "streetCode", "provinceCode", "cityCode", "areaCode"));

    private final int number;
    private final String fileBase;
    private final int codeLength;
    private final String label;
    private final List<String> columns;

    /** Number and code length come from the territory {@link Level}: the file format only adds names and columns. */
    DivisionLevel(Level level, String fileBase, String label, List<String> columns) {
        this.number = level.number();
        this.fileBase = fileBase;
        this.codeLength = level.codeLength();
        this.label = label;
        this.columns = columns;
    }

    /** 1 (province) to 5 (village), as stored in {@code territory.division.level}. */
    public int number() {
        return number;
    }

    public String fileBase() {
        return fileBase;
    }

    public int codeLength() {
        return codeLength;
    }

    public String label() {
        return label;
    }

    /** The header of the file, in the NBS export's order. */
    public List<String> columns() {
        return columns;
    }

    public Optional<DivisionLevel> parent() {
        return number == 1 ? Optional.empty() : Optional.of(values()[number - 2]);
    }

    /** The code length an ancestor column ({@code provinceCode}, {@code cityCode}, …) must have. */
    static int codeLengthOfColumn(String column) {
        return switch (column) {
            case "provinceCode" -> PROVINCE.codeLength;
            case "cityCode" -> CITY.codeLength;
            case "areaCode" -> AREA.codeLength;
            case "streetCode" -> STREET.codeLength;
            default -> throw new IllegalArgumentException(column);
        };
    }

    public static DivisionLevel ofNumber(int number) {
        if (number < 1 || number > 5) {
            throw new IllegalArgumentException("level " + number);
        }
        return values()[number - 1];
    }

    /**
     * The level a file holds, from its name: {@code villages.csv} or {@code villages.csv.gz} (any case, any
     * folder). Nothing else is guessed, so a stray file in a directory is never imported by accident.
     */
    public static Optional<DivisionLevel> fromFileName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        for (DivisionLevel level : values()) {
            if (name.equals(level.fileBase + ".csv") || name.equals(level.fileBase + ".csv.gz")) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }
}
