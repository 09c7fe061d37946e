package org.jiceng.cases;

/** The level a case is handled at (分级办理): 小事不出网格、大事不出村、难事不出乡. */
public enum CaseLevel {
    GRID("网格", 15),
    VILLAGE("村(社区)", 12),
    TOWN("乡镇(街道)", 9),
    COUNTY("县", 6);

    private final String label;
    private final int codeLength;

    CaseLevel(String label, int codeLength) {
        this.label = label;
        this.codeLength = codeLength;
    }

    public String label() {
        return label;
    }

    /** The territory node at this level that holds {@code territoryCode} (a grid or village code). */
    public String nodeOf(String territoryCode) {
        return territoryCode.substring(0, Math.min(codeLength, territoryCode.length()));
    }

    /** The next level up, for escalation; the county has none. */
    public CaseLevel up() {
        return this == COUNTY ? COUNTY : values()[ordinal() + 1];
    }
}
