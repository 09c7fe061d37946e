package org.jiceng.deliberation;

/**
 * What a {@link VoteRule} decided on a {@link VoteCount}: the quorum and the approval, each by area (owners'
 * ballots only, else null) and by head count, and a Chinese sentence saying why it passed or failed.
 */
public record VoteOutcome(boolean quorumMet, boolean passed, Boolean quorumAreaMet, boolean quorumVotersMet,
                          Boolean approvalAreaMet, boolean approvalVotersMet, String reason) {
}
