package org.jiceng;

/**
 * The county a territory code lies in: its first six digits, the key the distributed tables are split by
 * (docs/scale.md). A row stays in the county it was written in, so a change that would carry it, or tie it, to
 * another county is refused before it reaches the keys.
 */
public final class County {

    private County() {
    }

    /** The county of a code of six digits or more. */
    public static String of(String territoryCode) {
        if (territoryCode == null || territoryCode.length() < 6) {
            throw new IllegalArgumentException("区划代码不足 6 位，不能确定所在县：" + territoryCode);
        }
        return territoryCode.substring(0, 6);
    }

    /** Whether two codes of six digits or more lie in one county. */
    public static boolean same(String territoryCode, String other) {
        return of(territoryCode).equals(of(other));
    }
}
