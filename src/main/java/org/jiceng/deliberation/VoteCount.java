package org.jiceng.deliberation;

/**
 * The sums a decision is taken on: the whole roll and the votes by choice, areas in hundredths of a square
 * metre (exact), voters as owners or households. Household ballots carry no area (all zero).
 */
public record VoteCount(long totalArea, long totalVoters, long yesArea, long yesVoters, long noArea, long noVoters,
                        long abstainArea, long abstainVoters) {

    public VoteCount {
        if (totalArea < 0 || totalVoters < 0 || yesArea < 0 || yesVoters < 0 || noArea < 0 || noVoters < 0
                || abstainArea < 0 || abstainVoters < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (Math.addExact(Math.addExact(yesArea, noArea), abstainArea) > totalArea
                || yesVoters + noVoters + abstainVoters > totalVoters) {
            throw new IllegalArgumentException("more votes than the roll holds");
        }
    }

    public long participatingArea() {
        return yesArea + noArea + abstainArea;
    }

    public long participatingVoters() {
        return yesVoters + noVoters + abstainVoters;
    }

    /** The same count with one more voter of {@code area} choosing {@code choice}. */
    public VoteCount plus(VoteChoice choice, long area) {
        return switch (choice) {
            case YES -> new VoteCount(totalArea, totalVoters, yesArea + area, yesVoters + 1, noArea, noVoters,
                    abstainArea, abstainVoters);
            case NO -> new VoteCount(totalArea, totalVoters, yesArea, yesVoters, noArea + area, noVoters + 1,
                    abstainArea, abstainVoters);
            case ABSTAIN -> new VoteCount(totalArea, totalVoters, yesArea, yesVoters, noArea, noVoters,
                    abstainArea + area, abstainVoters + 1);
        };
    }
}
