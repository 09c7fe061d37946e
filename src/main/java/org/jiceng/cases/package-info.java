/**
 * Cases (诉求闭环, DESIGN §4). So far: the official working-day calendar that case deadlines are counted on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "诉求闭环")
package org.jiceng.cases;
