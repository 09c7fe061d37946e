package org.jiceng.territory;

/** One administrative division; {@code parentCode} is null for a province. */
public record DivisionView(String code, String name, Level level, String parentCode) {
}
