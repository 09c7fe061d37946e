/**
 * Territory: administrative divisions (NBS codes), grids (网格) with their polygons, point → grid, and the
 * handling units (departments) that live at territory nodes. Divisions are public reference data (GB/T
 * 2260, published by the NBS); grids and units are read within a {@link org.jiceng.Scope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政区划与网格")
package org.jiceng.territory;
