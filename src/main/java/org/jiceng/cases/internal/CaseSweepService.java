package org.jiceng.cases.internal;

import org.jiceng.cases.CaseSweeps;
import org.springframework.stereotype.Service;

/** The sweeps the scheduler runs, offered to whoever replays time. */
@Service
class CaseSweepService implements CaseSweeps {

    private final SupervisionService supervision;
    private final AutoCloser autoCloser;

    CaseSweepService(SupervisionService supervision, AutoCloser autoCloser) {
        this.supervision = supervision;
        this.autoCloser = autoCloser;
    }

    @Override
    public int supervise() {
        return supervision.sweep();
    }

    @Override
    public int closeUnrated() {
        return autoCloser.sweep();
    }
}
