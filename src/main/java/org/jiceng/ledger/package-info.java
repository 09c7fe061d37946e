/**
 * The transparent ledger (公开账本, DESIGN §6; seed 000's 物业费公示 and 双密码 共有基金, seeds 000–003's village
 * 三资): accounts of estates and village collectives, an append-only double-entry journal in fen whose entries
 * each carry the SHA-256 of their predecessor, vouchers, two-key approval of payments, budgets, dividends and the
 * monthly statements an estate's owners and a village's residents read down to every entry. A question about a
 * line of a statement enters the case loop through {@link org.jiceng.cases.CasesApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公开账本")
package org.jiceng.ledger;
