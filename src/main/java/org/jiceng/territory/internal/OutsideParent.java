package org.jiceng.territory.internal;

/**
 * A parent code that rows refer to but that the files read do not contain: it must already be in the
 * database. {@code source} and {@code line} are those of the first row referring to it.
 */
public record OutsideParent(String code, int source, long line, long rows) {
}
