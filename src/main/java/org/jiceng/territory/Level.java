package org.jiceng.territory;

/** Levels of the territory tree, by code length (DESIGN §2). */
public enum Level {
    PROVINCE(2, "省"), CITY(4, "市"), COUNTY(6, "县"), TOWN(9, "乡镇(街道)"), VILLAGE(12, "村(社区)"), GRID(15, "网格");

    private final int codeLength;
    private final String label;

    Level(int codeLength, String label) {
        this.codeLength = codeLength;
        this.label = label;
    }

    public int codeLength() {
        return codeLength;
    }

    public String label() {
        return label;
    }

    /** 1 for provinces … 5 for villages, 6 for grids: the number stored in the database. */
    public int number() {
        return ordinal() + 1;
    }

    public static Level ofNumber(int number) {
        return values()[number - 1];
    }

    /** The level a code of this length names, or {@code null} for a malformed code. */
    public static Level ofCode(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        for (Level level : values()) {
            if (level.codeLength == code.length()) {
                return level;
            }
        }
        return null;
    }

    public Level child() {
        return this == GRID ? null : values()[ordinal() + 1];
    }
}
