/**
 * Deliberation (协商议事, DESIGN §5): topics raised by residents and members that go through the six steps of
 * 六步议事 (收集→确定→协商→决议→执行→评议), the meetings where they are discussed (民情晨会, 院坝会, 楼宇会,
 * 听证会, the monthly 楼长日) with their agenda, attendance, minutes and resolutions, the cases opened to carry
 * a resolution out, each community's public notice board (公示), and ballots: one household one vote, and owners'
 * votes under Civil Code art. 278 (exact fractions, secret ballots, receipts). Everything is read within a
 * {@link org.jiceng.Scope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "协商议事")
package org.jiceng.deliberation;
