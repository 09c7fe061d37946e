package org.jiceng.volunteer.internal.store;

/** A good of a community's 爱心超市: its price in points and the units in stock. */
public record GoodView(long id, String communityCode, String name, long price, int stock, boolean active, int version) {
}
