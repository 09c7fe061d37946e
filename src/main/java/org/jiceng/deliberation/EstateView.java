package org.jiceng.deliberation;

/** A residential estate (小区) with its owners' roll: units, owners as art. 9 counts them, exclusive area ("1234.56" m²). */
public record EstateView(long id, String territoryCode, String name, int units, int owners, String totalArea) {
}
