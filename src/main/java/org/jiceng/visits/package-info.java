/**
 * Visits and care (走访关怀, DESIGN §7; seeds 000–003): the 包保 chains that make someone responsible for every
 * household (county leader → town, town cadre → village, village committee member → group or courtyard, party
 * member → household chief, household chief → about ten households), visit logs of the five kinds of 五包五访
 * and the weekly 走院子 rounds, care plans (一人一策) for special-population households with visit frequencies,
 * 防返贫 monitoring of household income, sweeps (全覆盖排查) with the 明白卡 each household receives, and the
 * coverage figures of all of it. A visit's finding opens a case through {@link org.jiceng.cases.CasesApi} or a
 * dispute through {@link org.jiceng.mediation.DisputesApi}. Households come from the register through
 * {@link org.jiceng.people.PeopleApi} into this module's own projection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "走访关怀")
package org.jiceng.visits;
