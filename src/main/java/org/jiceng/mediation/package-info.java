/**
 * Mediation of disputes (矛盾纠纷调解, DESIGN §3; seeds 001 and 003): disputes with their parties, a mediator
 * team per dispute (司法所, lawyers, community police, community workers, party volunteers), sessions in person
 * or online (指尖上的移动调解室), escalation 网格 → 村 → 乡镇调解中心 → 县联合调处中心, the outcome — an agreement
 * (调解协议书, also as PDF) or a referral to 诉讼/仲裁/信访 — follow-up visits, and the figures of 不上交.
 * A dispute may start from a case of the case loop and then closes it through {@link org.jiceng.cases.CasesApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "矛盾纠纷调解")
package org.jiceng.mediation;
