/**
 * Party work (DESIGN §7): party organisations of every kind as a tree attached to territory nodes, members
 * linked to residents of the people register, the 三长制 and 双楼长 posts and grid workers, and 双报到 of
 * in-service units and members with their community. Everything is read within a {@link org.jiceng.Scope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "党组织与党员")
package org.jiceng.party;
