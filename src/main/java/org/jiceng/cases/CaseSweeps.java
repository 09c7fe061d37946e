package org.jiceng.cases;

/**
 * The case loop's background sweeps, run on demand by the clock in force: for code that replays time (the demo
 * year), which must see deadlines missed and replies left unrated at the instants they were.
 */
public interface CaseSweeps {

    /** 督办: raises what is newly overdue and settles what is done; answers how many items were raised. */
    int supervise();

    /** Closes replies nobody rated within the waiting time; answers how many were closed. */
    int closeUnrated();
}
