@org.springframework.modulith.ApplicationModule(displayName = "协商议事")
package org.jiceng.deliberation;
