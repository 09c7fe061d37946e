/**
 * Demo data (演示数据): a year of life in the demo county, generated on the first start in demo mode by driving the
 * other modules through their public APIs, so that every generated record is one live users could have made.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据")
package org.jiceng.demo;
