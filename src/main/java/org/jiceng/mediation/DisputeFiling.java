package org.jiceng.mediation;

/**
 * A dispute found in a grid (矛盾纠纷排查) as its registrar enters it: what it is, how risky, where, and the two
 * sides by name (no contact details).
 */
public record DisputeFiling(String title, String summary, DisputeType type, RiskLevel risk, String territoryCode,
                            String applicant, String respondent) {
}
