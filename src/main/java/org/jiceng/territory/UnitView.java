package org.jiceng.territory;

/** A handling unit such as a county department (县直部门), at its territory node. */
public record UnitView(long id, String name, String kind, String territoryCode) {
}
