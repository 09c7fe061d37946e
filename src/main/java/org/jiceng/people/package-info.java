/**
 * People: buildings and courtyards (楼栋/院落), households (户) and residents (居民) of the register, their
 * tags (独居老人, 低保户 …) and moves. ID and phone numbers are encrypted at rest, searched by blind index,
 * masked everywhere, and revealed only on a logged request (PIPL).
 */
@org.springframework.modulith.ApplicationModule(displayName = "人口与户籍")
package org.jiceng.people;
