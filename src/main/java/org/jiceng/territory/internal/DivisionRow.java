package org.jiceng.territory.internal;

/** One administrative division as read from an NBS file; {@code parentCode} is null for a province. */
public record DivisionRow(String code, String name, int level, String parentCode) {
}
