/**
 * Volunteers (志愿服务, DESIGN §7; seeds 000, 002–004): teams of a community, volunteers linked to the register,
 * activities with capacity, waiting lists and QR check-in and check-out, confirmed hours turned into points by
 * rules on an append-only points ledger, the 爱心超市 where points buy goods, the 时间银行 of hours served and
 * withdrawn, monthly honour lists (红榜, and a 黑榜 only with a recorded decision and an appeal), and claims (认领)
 * of green spaces and the 微心愿 the party module's needs list publishes through
 * {@link org.jiceng.party.CoBuildingApi}. 双报到 service hours arrive as {@link org.jiceng.party.ServiceRecorded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "志愿服务")
package org.jiceng.volunteer;
