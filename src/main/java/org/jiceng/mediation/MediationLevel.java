package org.jiceng.mediation;

/**
 * Where a dispute is mediated, lowest first: 微事不出格、小事不出村、大事不出乡、矛盾不上交 (seed 003). Escalation goes
 * one step up; the county's joint centre (县社会矛盾纠纷联合调处中心) is the top.
 */
public enum MediationLevel {
    GRID("网格调解"),
    VILLAGE("村(社区)调解委员会"),
    TOWN("乡镇(街道)矛盾调解中心"),
    COUNTY("县矛盾纠纷联合调处中心");

    private final String label;

    MediationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isTop() {
        return this == COUNTY;
    }

    /** The next level up; the county has none. */
    public java.util.Optional<MediationLevel> up() {
        return isTop() ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }
}
