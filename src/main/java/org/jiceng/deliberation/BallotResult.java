package org.jiceng.deliberation;

/**
 * The count of a ballot and what it decided (DESIGN §9 {@code ballots/{id}/result}). Areas are square metres
 * with two decimals, as text; for a household ballot they are null and "owners" are households. While a
 * secret ballot is open only participation is shown: the choices stay sealed until it closes.
 */
public record BallotResult(long ballotId, String title, BallotKind kind, BallotMatter matter, String status,
                           boolean sealed, boolean quorumMet, boolean passed,
                           String totalArea, String participatingArea, String approvingArea, String opposingArea,
                           String abstainingArea,
                           long totalOwners, long participatingOwners, Long approvingOwners, Long opposingOwners,
                           Long abstainingOwners,
                           Threshold quorum, Threshold approval, String law, String reason) {

    /**
     * A threshold as a fraction ("2/3"), whether its boundary counts, its legal wording ("三分之二以上"), what it is
     * a share of, and whether the area and the head count met it (null where not applicable or sealed).
     */
    public record Threshold(String fraction, boolean inclusive, String text, String of, Boolean areaMet,
                            Boolean ownersMet) {
    }
}
