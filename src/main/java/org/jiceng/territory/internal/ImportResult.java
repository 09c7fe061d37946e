package org.jiceng.territory.internal;

import java.time.Duration;

/** What an import did: {@code read} = {@code inserted} + {@code updated} + {@code unchanged}. */
public record ImportResult(long read, long inserted, long updated, long unchanged, Duration took) {
}
